// Printouts over the project's basemap: a copy of the sample with a green orthophoto made with
// GDAL under it. The map is printed over the imagery, the footer credits it, the imagery is kept
// at a printable resolution, and --no-basemap (PrintOptions::basemaps) leaves it out.
#include <gtest/gtest.h>

#include <QImage>
#include <QRegularExpression>
#include <filesystem>

#include "../io/basemap_fixtures.h"
#include "print/print_request.h"
#include "print/sheet_output.h"
#include "print_test_support.h"
#include "store/basemap_settings.h"

using namespace ga;
using namespace ga::print;
using namespace ga::print::testing;
namespace fs = std::filesystem;

namespace {

constexpr const char* kCredit = "© 测试县自然资源局 2025年影像";

class PrintBasemap : public ::testing::Test {
protected:
    QTemporaryDir dir;
    std::optional<store::Project> project;
    std::optional<PrintSource> source;

    void SetUp() override {
        GA_REQUIRE_SAMPLE();
        ASSERT_TRUE(dir.isValid());
        const fs::path copy = path("youhao.sqlite");
        fs::copy_file(GA_YOUHAO_PROJECT, copy);
        auto p = store::Project::open(copy.string());
        ASSERT_TRUE(p) << p.error().message;
        project.emplace(std::move(*p));
        // An orthophoto of 2 m cells over the whole sample, green everywhere.
        const geo::Box box = sample().source->model().fullExtent();
        ga::testing::RasterSpec spec;
        spec.x0 = box.minx - 100;
        spec.y0 = box.maxy + 100;
        spec.cell = 2;
        spec.width = static_cast<int>((box.maxx - box.minx + 200) / spec.cell);
        spec.height = static_cast<int>((box.maxy - box.miny + 200) / spec.cell);
        spec.epsg = project->settings().srid;
        const fs::path tif = path("ortho.tif");
        ga::testing::writeGeoTiff(tif, spec, [](double, double) { return ga::testing::kGreen; });
        store::BasemapSetting b;
        b.name = "影像";
        b.source = tif.string();
        b.attribution = kCredit;
        ASSERT_TRUE(store::addBasemap(*project, b, "测试员"));
        auto s = PrintSource::load(*project);
        ASSERT_TRUE(s) << s.error().message;
        source.emplace(std::move(*s));
    }

    fs::path path(const char* name) const { return fs::path(dir.filePath(QString::fromUtf8(name)).toStdString()); }

    std::vector<Sheet> gridSheet() const {
        PrintRequest r;
        r.code = kGrid009;
        r.templateId = TemplateId::Notice;
        r.paper = PaperSize::A4;
        auto s = planSheets(*source, r);
        EXPECT_TRUE(s) << (s ? "" : s.error().message);
        return s ? std::move(*s) : std::vector<Sheet>{};
    }
    SheetPainter painter(bool basemaps) const {
        PrintOptions o;
        o.basemaps = basemaps;
        return SheetPainter(source->sharedModel(), source->style(), o, {}, source->basemaps());
    }
};

// Share of the map frame's pixels that are the orthophoto's green (plain or under the veil).
double greenShare(const QImage& page, const QRectF& mapMm, int dpi) {
    const double k = dpi / 25.4;
    const QRect r = QRectF(mapMm.topLeft() * k, mapMm.size() * k).toAlignedRect().intersected(page.rect());
    long green = 0, all = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = page.pixelColor(x, y);
            green += c.green() > c.red() + 50 && c.green() > c.blue() + 50;
            ++all;
        }
    return all ? double(green) / double(all) : 0;
}

}  // namespace

TEST_F(PrintBasemap, TheMapIsPrintedOverTheBasemapUnlessLeftOut) {
    ASSERT_EQ(source->basemaps().size(), 1u);
    EXPECT_TRUE(source->basemapProblems().empty());
    const std::vector<Sheet> s = gridSheet();
    ASSERT_EQ(s.size(), 1u);
    constexpr int kDpi = 60;
    const SheetPainter with = painter(true), without = painter(false);
    const QRectF map = with.plan(s.front(), kDpi).map.rect;
    auto over = renderSheetImage(s.front(), with, kDpi);
    auto plain = renderSheetImage(s.front(), without, kDpi);
    ASSERT_TRUE(over) << over.error().message;
    ASSERT_TRUE(plain) << plain.error().message;
    // Most of the frame shows the imagery between buildings and under the veil; none without it.
    EXPECT_GT(greenShare(*over, map, kDpi), 0.3);
    EXPECT_LT(greenShare(*plain, map, kDpi), 0.01);
}

TEST_F(PrintBasemap, TheFooterCreditsTheBasemapOnlyWhenItIsPrinted) {
    GA_REQUIRE_POPPLER();
    const std::vector<Sheet> s = gridSheet();
    ASSERT_TRUE(writeSheets(path("over.pdf").string(), s, painter(true), 150));
    ASSERT_TRUE(writeSheets(path("plain.pdf").string(), s, painter(false), 150));
    const QString credit = QString::fromUtf8(kCredit).remove(QLatin1Char(' '));
    const auto text = [](const fs::path& pdf) { return pdfText(pdf.string()).remove(QRegularExpression(QStringLiteral("\\s"))); };
    EXPECT_TRUE(text(path("over.pdf")).contains(credit)) << text(path("over.pdf")).toStdString();
    EXPECT_FALSE(text(path("plain.pdf")).contains(credit));
}

TEST_F(PrintBasemap, ThePdfCarriesTheImageryAtAPrintableResolution) {
    GA_REQUIRE_POPPLER();
    if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty()) GTEST_SKIP() << "pdfimages not found";
    const std::vector<Sheet> s = gridSheet();
    const SheetPainter with = painter(true);
    // At 600 dpi the map alone would be ~4,500 px wide; the imagery stays near 150 dpi.
    constexpr int kDpi = 600;
    ASSERT_TRUE(writeSheets(path("fine.pdf").string(), s, with, kDpi));
    const QString list =
        runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), QString::fromStdString(path("fine.pdf").string())})
            .value_or(QString());
    const double mapMm = with.plan(s.front(), kDpi).map.rect.width();
    int widest = 0;
    for (const QString& line : list.split(QLatin1Char('\n')).mid(2)) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() > 4) widest = std::max(widest, f[3].toInt());
    }
    EXPECT_GT(widest, 0) << list.toStdString();
    EXPECT_LE(widest, static_cast<int>(mapMm / 25.4 * 150 * 1.05) + 2) << list.toStdString();
}
