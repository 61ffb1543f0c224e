// Every template printed for the sample community 友好社区 and read back: the PDF text layer, its
// pages and fonts, the scale bar against the map, the staff photos, residents' data.
#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <set>

#include "analysis/issue_table.h"
#include "print/print_request.h"
#include "print/sheet_output.h"
#include "print_test_support.h"
#include "store/layer_reader.h"

using namespace ga;
using namespace ga::print;
using namespace ga::print::testing;

namespace {

class PrintSample : public ::testing::Test {
protected:
    QTemporaryDir dir;

    void SetUp() override {
        GA_REQUIRE_SAMPLE();
        ASSERT_TRUE(dir.isValid());
    }
    const PrintSource& source() const { return *sample().source; }
    std::string path(const char* name) const { return dir.filePath(QString::fromUtf8(name)).toStdString(); }

    std::vector<Sheet> sheets(PrintRequest r) const {
        auto s = planSheets(source(), r);
        EXPECT_TRUE(s) << (s ? "" : s.error().message);
        return s ? std::move(*s) : std::vector<Sheet>{};
    }
    OutputReport write(const std::string& out, const std::vector<Sheet>& s, PrintOptions o = {}) const {
        const SheetPainter painter(source().sharedModel(), source().style(), o);
        auto r = writeSheets(out, s, painter, 150);
        EXPECT_TRUE(r) << (r ? "" : r.error().message);
        return r ? *r : OutputReport{};
    }
    static PrintRequest grid(TemplateId t, std::optional<PaperSize> paper = {}) {
        PrintRequest r;
        r.code = kGrid009;
        r.templateId = t;
        r.paper = paper;
        return r;
    }
    static PrintRequest overview() {
        PrintRequest r;
        r.target = Target::Overview;
        return r;
    }
};

// A line of pdfinfo's output ("Pages:", "Page size:").
QString pdfInfo(const std::string& pdf, const QString& key) {
    const QString info = runTool(QStringLiteral("pdfinfo"), {QString::fromStdString(pdf)}).value_or(QString());
    for (const QString& line : info.split(QLatin1Char('\n')))
        if (line.startsWith(key)) return line.mid(key.size()).trimmed();
    return {};
}

}  // namespace

TEST_F(PrintSample, EveryTemplateReadsBackItsNamesFromThePdf) {
    GA_REQUIRE_POPPLER();
    const struct {
        const char* file;
        PrintRequest request;
    } runs[] = {{"notice.pdf", grid(TemplateId::Notice)}, {"wall.pdf", grid(TemplateId::WallMap)}, {"overview.pdf", overview()}};
    for (const auto& run : runs) {
        write(path(run.file), sheets(run.request));
        const QString text = pdfText(path(run.file));
        SCOPED_TRACE(run.file);
        // Community, grid and road names, as set and as the map's labels.
        for (const char* name : {"友好社区", "友好社区第九网格", "人民路", "网格", "示意图", "数据来源"})
            EXPECT_TRUE(text.contains(QString::fromUtf8(name))) << name << "\n" << text.toStdString();
        // No Kangxi radicals (U+2F00–2FDF) or CJK radical supplements (U+2E80–2EFF) in place of 网 格 人.
        static const QRegularExpression radicals(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"));
        EXPECT_FALSE(text.contains(radicals)) << text.toStdString();
    }
    const QString wall = pdfText(path("wall.pdf"));
    EXPECT_TRUE(wall.contains(QStringLiteral("东风巷")));  // the grid's lane, labelled on the map
    EXPECT_TRUE(wall.contains(QStringLiteral("0513-80001234")));  // the community's service phone
    EXPECT_TRUE(wall.contains(QStringLiteral("黄飞伟")));  // the grid leader
    const QString overviewText = pdfText(path("overview.pdf"));
    for (int i = 1; i <= 12; ++i)
        EXPECT_TRUE(overviewText.contains(QStringLiteral("3206230010010%1").arg(i, 2, 10, QLatin1Char('0')))) << i;
}

TEST_F(PrintSample, TheIssueHeatmapIsDrawnWhenAskedFor) {
    GA_REQUIRE_POPPLER();
    auto table = analysis::IssueTable::load(*sample().project, false);
    ASSERT_TRUE(table) << table.error().message;
    const auto issues = std::make_shared<const analysis::IssueTable>(std::move(*table));
    PrintOptions heat;
    heat.heatmap = true;
    const std::vector<Sheet> s = sheets(overview());
    const SheetPainter with(source().sharedModel(), source().style(), heat, issues);
    ASSERT_TRUE(writeSheets(path("heat.pdf"), s, with, 100));
    write(path("plain.pdf"), s);
    EXPECT_TRUE(pdfText(path("heat.pdf")).contains(QStringLiteral("事件密度")));
    EXPECT_FALSE(pdfText(path("plain.pdf")).contains(QStringLiteral("事件密度")));
    // Without the issues the heatmap cannot be drawn: an error, not a map without it.
    const SheetPainter without(source().sharedModel(), source().style(), heat);
    EXPECT_FALSE(writeSheets(path("none.pdf"), s, without, 100));
}

TEST_F(PrintSample, PdfPagesHaveTheExactPaperSizeAndEmbedTheirFonts) {
    GA_REQUIRE_POPPLER();
    // Qt writes the page box in whole points: A3 (841.89 x 1190.55 pt) comes out as 842 x 1191,
    // 0.04 mm off, which readers still call A3.
    write(path("a3.pdf"), sheets(grid(TemplateId::Notice, PaperSize::A3)));
    EXPECT_EQ(pdfInfo(path("a3.pdf"), QStringLiteral("Page size:")), QStringLiteral("842 x 1191 pts (A3)"));
    write(path("a0.pdf"), sheets(grid(TemplateId::WallMap, PaperSize::A0)));
    EXPECT_EQ(pdfInfo(path("a0.pdf"), QStringLiteral("Page size:")), QStringLiteral("3370 x 2384 pts (A0)"));
    const QString fonts = runTool(QStringLiteral("pdffonts"), {QString::fromStdString(path("a3.pdf"))}).value_or(QString());
    const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(rows.isEmpty()) << fonts.toStdString();
    for (const QString& row : rows) {
        EXPECT_TRUE(row.contains(QStringLiteral("WenQuanYi"))) << row.toStdString();
        EXPECT_TRUE(row.contains(QStringLiteral(" yes "))) << "not embedded: " << row.toStdString();
    }
}

TEST_F(PrintSample, NoResidentDataOnAnyPrintout) {
    GA_REQUIRE_POPPLER();
    // Everything printed: each template, the atlas with its cover, issues and organisations drawn.
    PrintRequest atlas;
    atlas.target = Target::Atlas;
    atlas.cover = true;
    atlas.paper = PaperSize::A4;
    PrintOptions everything;
    everything.issues = true;
    write(path("atlas.pdf"), sheets(atlas), everything);
    write(path("notice.pdf"), sheets(grid(TemplateId::Notice)), everything);
    write(path("wall.pdf"), sheets(grid(TemplateId::WallMap)), everything);
    write(path("overview.pdf"), sheets(overview()), everything);
    QString printed;
    for (const char* f : {"atlas.pdf", "notice.pdf", "wall.pdf", "overview.pdf"}) printed += pdfText(path(f));
    ASSERT_GT(printed.size(), 1000);

    // Names printed for what they are (staff, organisations, roads, compounds, grids) may contain
    // or equal a resident's name (季斌 in 季斌文): they are taken out of the text before it is
    // searched. Everything of the registers must then be absent.
    std::vector<QString> public_;
    auto addPublic = [&](store::Layer layer, const char* field) {
        auto reader = store::LayerReader::create(*sample().project, layer, store::Masking::Masked);
        ASSERT_TRUE(reader);
        const auto& cols = reader->columns();
        const size_t i = static_cast<size_t>(std::find(cols.begin(), cols.end(), field) - cols.begin());
        store::ReadRow row;
        while (reader->next(row).value_or(false))
            if (i < row.values.size() && row.values[i] && !row.values[i]->empty())
                public_.push_back(QString::fromStdString(*row.values[i]));
    };
    addPublic(store::Layer::Staff, "name");
    addPublic(store::Layer::Organisations, "name");
    addPublic(store::Layer::Roads, "name");
    addPublic(store::Layer::Compounds, "name");
    addPublic(store::Layer::Water, "name");
    addPublic(store::Layer::Grids, "name");
    addPublic(store::Layer::Communities, "name");
    std::sort(public_.begin(), public_.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QString rest = printed;
    for (const QString& p : public_) rest.replace(p, QStringLiteral("|"));
    auto reader = store::LayerReader::create(*sample().project, store::Layer::Households, store::Masking::Unmasked);
    ASSERT_TRUE(reader) << reader.error().message;
    const auto& cols = reader->columns();
    auto column = [&](const char* name) {
        return static_cast<size_t>(std::find(cols.begin(), cols.end(), name) - cols.begin());
    };
    const size_t name = column("name"), id = column("id_number"), phone = column("phone"), address = column("address");
    ASSERT_LT(std::max({name, id, phone, address}), cols.size());
    store::ReadRow row;
    size_t residents = 0, checked = 0;
    std::vector<std::string> leaked;
    while (reader->next(row).value_or(false)) {
        ++residents;
        for (size_t c : {name, id, phone, address}) {
            if (!row.values[c] || row.values[c]->empty()) continue;
            ++checked;
            if (rest.contains(QString::fromStdString(*row.values[c]))) leaked.push_back(*row.values[c]);
        }
    }
    EXPECT_EQ(residents, 4101u);
    EXPECT_GT(checked, 3 * 4000u);
    EXPECT_TRUE(leaked.empty()) << leaked.size() << " resident values printed: " << fmt::format("{}", fmt::join(leaked, " "));
    // The test can fail: the staff's own phones are printed and found.
    EXPECT_TRUE(printed.contains(QStringLiteral("13900009203")));
}

TEST_F(PrintSample, TheScaleBarMeasuresTheMap) {
    for (const PrintRequest& r : {grid(TemplateId::WallMap, PaperSize::A3), grid(TemplateId::Notice, PaperSize::A4), overview()}) {
        const std::vector<Sheet> s = sheets(r);
        ASSERT_EQ(s.size(), 1u);
        const SheetPainter painter(source().sharedModel(), source().style());
        const int dpi = 200;
        auto image = renderSheetImage(s.front(), painter, dpi);
        ASSERT_TRUE(image) << image.error().message;
        const SheetReport plan = painter.plan(s.front(), dpi);
        const double pxPerMm = dpi / 25.4;
        // The map's scale from what the renderer draws: its extent over the frame's width on paper.
        const double metresPerPx = plan.map.view.extent().width() / (plan.map.rect.width() * pxPerMm);
        EXPECT_NEAR(metresPerPx * pxPerMm * 1000, plan.map.scaleDenominator, plan.map.scaleDenominator * 1e-6);
        // The bar as drawn: black and white parts in one row; find its dark outline's ends.
        const QRectF area(plan.layout.scaleBar.topLeft() * pxPerMm, plan.layout.scaleBar.size() * pxPerMm);
        int bestRow = -1, bestLeft = 0, bestRight = 0;
        for (int y = static_cast<int>(area.top()); y < static_cast<int>(area.bottom()); ++y) {
            int left = -1, right = -1, dark = 0;
            for (int x = static_cast<int>(area.left()); x < static_cast<int>(area.right()); ++x)
                if (image->pixelColor(x, y).lightness() < 60) {
                    if (left < 0) left = x;
                    right = x;
                    ++dark;
                }
            // The bar's row: the longest dark span in which about half the pixels are dark.
            if (left >= 0 && right - left > bestRight - bestLeft && dark > (right - left) / 3 && dark < (right - left) * 0.8) {
                bestRow = y;
                bestLeft = left;
                bestRight = right;
            }
        }
        ASSERT_GE(bestRow, 0) << "no scale bar found";
        const double measuredMetres = (bestRight - bestLeft + 1) * metresPerPx;
        EXPECT_NEAR(measuredMetres, plan.scaleBar.metres, plan.scaleBar.metres * 0.015)
            << "bar " << plan.scaleBar.metres << " m at 1:" << plan.map.scaleDenominator;
    }
}

TEST_F(PrintSample, AMissingPhotoGetsAPlaceholderAndAWarning) {
    auto content = source().gridSheet(TemplateId::Notice, kGrid009);
    ASSERT_TRUE(content) << content.error().message;
    ASSERT_EQ(content->staff.size(), 3u);
    EXPECT_EQ(content->staff[0].role, QStringLiteral("网格长"));
    EXPECT_FALSE(content->staff[0].photo.isNull());
    EXPECT_FALSE(content->staff[1].photo.isNull());
    EXPECT_TRUE(content->staff[2].photo.isNull());
    ASSERT_EQ(content->warnings.size(), 1u);
    EXPECT_NE(content->warnings[0].find("吴英花"), std::string::npos);
    EXPECT_NE(content->warnings[0].find("placeholder"), std::string::npos);
    auto other = source().gridSheet(TemplateId::Notice, "320623001001001");
    ASSERT_TRUE(other);
    EXPECT_TRUE(other->warnings.empty());
}

TEST_F(PrintSample, AnAtlasHasOnePagePerGridAndACoverOnlyWhenAsked) {
    GA_REQUIRE_POPPLER();
    PrintRequest atlas;
    atlas.target = Target::Atlas;
    atlas.code = "320623001001";
    atlas.paper = PaperSize::A4;
    write(path("plain.pdf"), sheets(atlas));
    EXPECT_EQ(pdfInfo(path("plain.pdf"), QStringLiteral("Pages:")), QStringLiteral("12"));
    atlas.cover = true;
    const std::vector<Sheet> withCover = sheets(atlas);
    write(path("cover.pdf"), withCover);
    EXPECT_EQ(pdfInfo(path("cover.pdf"), QStringLiteral("Pages:")), QStringLiteral("13"));
    ASSERT_EQ(withCover.front().content.grids.size(), 12u);
    EXPECT_EQ(withCover.front().content.grids.front().page, 2);
    EXPECT_EQ(withCover.front().content.grids.back().page, 13);
    // Page 1 is the cover, page 2 the first grid.
    const QString first = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                                                QStringLiteral("2"), QString::fromStdString(path("cover.pdf")),
                                                                QStringLiteral("-")})
                              .value_or(QString());
    EXPECT_TRUE(first.contains(QStringLiteral("友好社区第一网格"))) << first.toStdString();
}

TEST_F(PrintSample, PngIsRgbAtTheChosenResolution) {
    const std::vector<Sheet> s = sheets(grid(TemplateId::Notice, PaperSize::A4));
    const SheetPainter painter(source().sharedModel(), source().style());
    auto r = writePngs(std::vector<std::string>{path("n.png")}, s, painter, 100);
    ASSERT_TRUE(r) << r.error().message;
    QImageReader reader(QString::fromStdString(path("n.png")));
    EXPECT_EQ(reader.size(), QSize(827, 1169));  // 210 x 297 mm at 100 dpi
    const QImage image = reader.read();
    EXPECT_FALSE(image.hasAlphaChannel());
    // The PNG header says colour type 2: RGB, 8 bits per channel, no alpha.
    QFile f(QString::fromStdString(path("n.png")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(26);
    EXPECT_EQ(static_cast<int>(head[24]), 8);
    EXPECT_EQ(static_cast<int>(head[25]), 2);
    EXPECT_NEAR(image.dotsPerMeterX(), 100 / 0.0254, 1);
    // Every pixel as drawn: the rows' filters and the bands deflated apart decode back exactly.
    auto drawn = renderSheetImage(s.front(), painter, 100);
    ASSERT_TRUE(drawn);
    EXPECT_EQ(image.convertToFormat(QImage::Format_RGB32), *drawn);
}

TEST_F(PrintSample, AtlasPngsAreNamedByGridAndCancellingLeavesNone) {
    PrintRequest atlas;
    atlas.target = Target::Atlas;
    atlas.paper = PaperSize::A4;
    const std::vector<Sheet> s = sheets(atlas);
    const auto paths = outputPaths(path("atlas.png"), FileFormat::Png, s);
    ASSERT_EQ(paths.size(), 12u);
    EXPECT_EQ(QFileInfo(QString::fromStdString(paths[8])).fileName(), QStringLiteral("atlas-320623001001009.png"));
    const SheetPainter painter(source().sharedModel(), source().style());
    std::stop_source stop;
    size_t reported = 0;
    auto r = writeSheets(path("atlas.png"), s, painter, 30, [&](size_t done, size_t) {
        reported = done;
        if (done == 3) stop.request_stop();
    }, stop.get_token());
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_TRUE(r->cancelled);
    EXPECT_EQ(reported, 3u);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' ')).toStdString();
}

TEST_F(PrintSample, BadRequestsAreRefusedAndWriteNothing) {
    PrintRequest unknown = grid(TemplateId::WallMap);
    unknown.code = "320623001001099";
    const auto noGrid = planSheets(source(), unknown);
    ASSERT_FALSE(noGrid);
    EXPECT_NE(noGrid.error().message.find("320623001001099"), std::string::npos);
    PrintRequest wrongTemplate = grid(TemplateId::Overview);
    EXPECT_FALSE(planSheets(source(), wrongTemplate));
    PrintRequest noCommunity = overview();
    noCommunity.code = "999999999999";
    EXPECT_FALSE(planSheets(source(), noCommunity));
    const std::vector<Sheet> s = sheets(grid(TemplateId::Notice, PaperSize::A4));
    const SheetPainter painter(source().sharedModel(), source().style());
    const auto missingFolder = writeSheets(path("no/such/folder/x.pdf"), s, painter, 150);
    ASSERT_FALSE(missingFolder);
    EXPECT_NE(missingFolder.error().message.find("does not exist"), std::string::npos);
    EXPECT_FALSE(writeSheets(path("x.svg"), s, painter, 150));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_F(PrintSample, ACancelledPdfLeavesNoFile) {
    const std::vector<Sheet> s = sheets(grid(TemplateId::Notice, PaperSize::A4));
    const SheetPainter painter(source().sharedModel(), source().style());
    std::stop_source stop;
    stop.request_stop();
    auto r = writePdf(path("c.pdf"), s, painter, 150, {}, stop.get_token());
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->cancelled);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
