#include "render/map_renderer.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QPdfWriter>
#include <cmath>

#include "../model/map_test_project.h"

using namespace ga;
using ga::testing::kX0;
using ga::testing::kY0;
using render::MapRenderer;
using render::MapStyle;
using render::MapView;

namespace {

class MapRendererTest : public ::testing::Test {
protected:
    std::unique_ptr<ga::testing::MapTestProject> t;
    std::shared_ptr<const model::MapModel> model;

    void SetUp() override {
        t = std::make_unique<ga::testing::MapTestProject>(
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        t->createSample();
        auto m = model::MapModel::load(*t->project);
        ASSERT_TRUE(m) << m.error().message;
        model = std::make_shared<const model::MapModel>(std::move(*m));
    }

    static MapView view(double x, double y, double mpp, QSizeF size = {800, 600}) {
        MapView v;
        v.centre = {kX0 + x, kY0 + y};
        v.metresPerPixel = mpp;
        v.size = size;
        return v;
    }

    render::RenderedImage draw(const MapStyle& style, const MapView& v, const render::RenderOptions& o = {}) {
        MapRenderer r(model, style);
        auto img = r.renderImage(v, o);
        EXPECT_TRUE(img) << (img ? "" : img.error().message);
        return img ? std::move(*img) : render::RenderedImage{};
    }

    static std::vector<const render::PlacedLabel*> ofKind(const render::RenderResult& r, render::LabelKind k) {
        std::vector<const render::PlacedLabel*> out;
        for (const auto& l : r.labels)
            if (l.kind == k) out.push_back(&l);
        return out;
    }

    static QString textOf(const render::PlacedLabel& l) {
        QString s;
        for (const auto& p : l.parts) s += p.text;
        return s;
    }
};

// The colour a fill of `c` at opacity `a` gives over `bg`.
QColor blended(QColor c, double a, QColor bg) {
    auto mix = [&](int f, int b) { return static_cast<int>(std::lround(f * a + b * (1 - a))); };
    return QColor(mix(c.red(), bg.red()), mix(c.green(), bg.green()), mix(c.blue(), bg.blue()));
}

void expectColourNear(QColor got, QColor want, const char* what) {
    EXPECT_NEAR(got.red(), want.red(), 3) << what;
    EXPECT_NEAR(got.green(), want.green(), 3) << what;
    EXPECT_NEAR(got.blue(), want.blue(), 3) << what;
}

}  // namespace

TEST_F(MapRendererTest, EachGridShowsItsStatusColourAtItsCentre) {
    MapStyle s = MapStyle::defaults();
    s.order = {store::Layer::Grids};
    const MapView v = view(300, 200, 1, {600, 400});
    render::RenderOptions o;
    o.labels = false;
    o.attribution = false;
    const auto img = draw(s, v, o);
    const double a = s.layer(store::Layer::Grids).opacity;
    const struct {
        double x;
        RangeStatus status;
        const char* name;
    } grids[] = {{100, RangeStatus::Under, "under"}, {300, RangeStatus::In, "in"}, {500, RangeStatus::Over, "over"}};
    for (const auto& g : grids) {
        const QPointF px = v.toScreen({kX0 + g.x, kY0 + 200});
        expectColourNear(img.image.pixelColor(px.toPoint()), blended(s.statusColour(g.status), a, s.background),
                         g.name);
    }
    const QColor under = img.image.pixelColor(v.toScreen({kX0 + 100, kY0 + 200}).toPoint());
    const QColor over = img.image.pixelColor(v.toScreen({kX0 + 500, kY0 + 200}).toPoint());
    EXPECT_GT(under.blue(), under.red());
    EXPECT_GT(over.red(), over.blue());
}

TEST_F(MapRendererTest, FadingOutsideTheFocusGridLightensOnlyItsSurroundings) {
    const MapView v = view(300, 200, 1, {600, 400});
    render::RenderOptions o;
    o.labels = false;
    o.attribution = false;
    o.focusGrid = model->gridByCode("320623001001002");
    ASSERT_TRUE(o.focusGrid);
    const auto plain = draw(MapStyle::defaults(), v, o);
    o.fadeOutsideFocus = 0.5;
    const auto faded = draw(MapStyle::defaults(), v, o);
    const QPoint inside = v.toScreen({kX0 + 300, kY0 + 120}).toPoint();
    const QPoint outside = v.toScreen({kX0 + 500, kY0 + 120}).toPoint();
    EXPECT_EQ(faded.image.pixelColor(inside), plain.image.pixelColor(inside));
    const QColor before = plain.image.pixelColor(outside), after = faded.image.pixelColor(outside);
    EXPECT_NEAR(after.red(), (before.red() + 255) / 2.0, 2);
    EXPECT_NEAR(after.blue(), (before.blue() + 255) / 2.0, 2);
}

TEST_F(MapRendererTest, NoLabelIsPlacedInBoxesKeptClear) {
    const MapView v = view(300, 200, 0.8);
    const auto all = draw(MapStyle::defaults(), v);
    ASSERT_FALSE(all.result.labels.empty());
    // Keep the left half clear: every label left there moves or goes.
    render::RenderOptions o;
    const QRectF left(0, 0, v.size.width() / 2, v.size.height());
    o.keepClear = {left};
    const auto some = draw(MapStyle::defaults(), v, o);
    ASSERT_FALSE(some.result.labels.empty());
    for (const auto& l : some.result.labels)
        for (const QRectF& b : l.boxes) EXPECT_FALSE(b.intersects(left)) << textOf(l).toStdString();
}

TEST_F(MapRendererTest, PlacedLabelsNeverOverlapAtAnyScale) {
    for (double mpp : {0.2, 0.35, 0.6, 1.0, 2.0}) {
        const auto img = draw(MapStyle::defaults(), view(300, 200, mpp));
        const auto& labels = img.result.labels;
        EXPECT_FALSE(labels.empty()) << mpp;
        for (size_t i = 0; i < labels.size(); ++i)
            for (size_t j = i + 1; j < labels.size(); ++j)
                for (const QRectF& a : labels[i].boxes)
                    for (const QRectF& b : labels[j].boxes)
                        ASSERT_FALSE(a.intersects(b)) << "scale " << mpp << ": " << textOf(labels[i]).toStdString()
                                                      << " overlaps " << textOf(labels[j]).toStdString();
    }
}

TEST_F(MapRendererTest, GridLabelsGiveNameCodeAndHouseholds) {
    const auto img = draw(MapStyle::defaults(), view(300, 200, 0.6, {1200, 900}));
    const auto grids = ofKind(img.result, render::LabelKind::Grid);
    ASSERT_EQ(grids.size(), 3u);
    bool found = false;
    for (const auto* l : grids) {
        if (l->parts[0].text != QStringLiteral("二网格")) continue;
        found = true;
        ASSERT_EQ(l->parts.size(), 3u);
        EXPECT_EQ(l->parts[1].text, QStringLiteral("320623001001002"));
        EXPECT_EQ(l->parts[2].text, QStringLiteral("400户"));
    }
    EXPECT_TRUE(found);
}

TEST_F(MapRendererTest, RoadNamesFollowTheirRoads) {
    const MapView v = view(300, 200, 0.5, {1400, 1000});
    const auto img = draw(MapStyle::defaults(), v);
    std::map<QString, int> seen;
    const double xueyuanY = v.toScreen({kX0, kY0 + 200}).y();
    const double chengfuX = v.toScreen({kX0 + 575, kY0}).x();
    for (const auto* l : ofKind(img.result, render::LabelKind::Road)) {
        const QString name = textOf(*l);
        ++seen[name];
        for (size_t i = 1; i < l->parts.size(); ++i) {
            const auto &a = l->parts[i - 1], &b = l->parts[i];
            if (name == QStringLiteral("学院路") || name == QStringLiteral("清华东路")) {
                EXPECT_GT(b.centre.x(), a.centre.x()) << name.toStdString();  // reads left to right
                EXPECT_NEAR(b.angle, 0, 3);
            } else if (name == QStringLiteral("知春路")) {
                EXPECT_NEAR(b.angle, -30, 1) << "glyphs turn with the 30° road";
                EXPECT_GT(b.centre.x(), a.centre.x());
            } else if (name == QStringLiteral("成府路")) {
                EXPECT_DOUBLE_EQ(b.angle, 0);  // upright, stacked down the north-south road
                EXPECT_GT(b.centre.y(), a.centre.y());
                EXPECT_NEAR(b.centre.x(), chengfuX, 0.5);
            }
        }
        if (name == QStringLiteral("学院路")) {
            for (const auto& g : l->parts) EXPECT_NEAR(g.centre.y(), xueyuanY, 1.0);
        }
    }
    EXPECT_GE(seen[QStringLiteral("学院路")], 2) << "a 700 m road is named more than once at 0.5 m/px";
    EXPECT_GE(seen[QStringLiteral("知春路")], 1);
    EXPECT_GE(seen[QStringLiteral("成府路")], 1);
    EXPECT_GE(seen[QStringLiteral("清华东路")], 1);
}

TEST_F(MapRendererTest, GridLabelsWinOverRoadNames) {
    // At 1.2 m/px the grids are small, and each grid label sits where roads pass close by.
    const auto img = draw(MapStyle::defaults(), view(300, 200, 1.2));
    const auto& labels = img.result.labels;
    size_t lastGrid = 0, firstRoad = labels.size();
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i].kind == render::LabelKind::Grid) lastGrid = i;
        if (labels[i].kind == render::LabelKind::Road) firstRoad = std::min(firstRoad, i);
    }
    EXPECT_EQ(ofKind(img.result, render::LabelKind::Grid).size(), 3u);
    EXPECT_LT(lastGrid, firstRoad) << "grid labels are placed before any road name";
}

TEST_F(MapRendererTest, BuildingNumbersShowOnlyWhenZoomedIn) {
    EXPECT_TRUE(ofKind(draw(MapStyle::defaults(), view(300, 250, 1.0)).result, render::LabelKind::Building).empty());
    const auto close = draw(MapStyle::defaults(), view(100, 270, 0.15));
    const auto numbers = ofKind(close.result, render::LabelKind::Building);
    ASSERT_FALSE(numbers.empty());
    EXPECT_EQ(numbers[0]->parts[0].text.toInt() > 0, true);
}

TEST_F(MapRendererTest, HiddenLayersAndLabelsAreNotDrawn) {
    MapStyle s = MapStyle::defaults();
    s.layer(store::Layer::Roads).visible = false;
    s.layer(store::Layer::Grids).labels = false;
    const auto img = draw(s, view(300, 200, 0.5, {1400, 1000}));
    EXPECT_TRUE(ofKind(img.result, render::LabelKind::Road).empty());
    EXPECT_TRUE(ofKind(img.result, render::LabelKind::Grid).empty());
    EXPECT_FALSE(ofKind(img.result, render::LabelKind::Compound).empty());
}

TEST_F(MapRendererTest, EmptyModelsAndFarAwayViewsDrawJustTheBackground) {
    ga::testing::MapTestProject empty("empty_model");
    empty.createEmpty();
    auto m = model::MapModel::load(*empty.project);
    ASSERT_TRUE(m);
    MapRenderer r(std::make_shared<const model::MapModel>(std::move(*m)), MapStyle::defaults());
    auto img = r.renderImage(view(0, 0, 1));
    ASSERT_TRUE(img) << img.error().message;
    EXPECT_EQ(img->image.pixelColor(400, 300), MapStyle::defaults().background);
    EXPECT_TRUE(img->result.labels.empty());

    const auto far = draw(MapStyle::defaults(), view(1e7, -1e7, 3));
    EXPECT_EQ(far.result.features, 0u);
    EXPECT_EQ(far.image.pixelColor(400, 300), MapStyle::defaults().background);
}

TEST_F(MapRendererTest, AbsurdViewsAreRefusedAndExtremeOnesDrawn) {
    MapRenderer r(model, MapStyle::defaults());
    auto tooFar = r.renderImage(view(300, 200, 1e9));
    ASSERT_FALSE(tooFar);
    EXPECT_NE(tooFar.error().message.find("scale"), std::string::npos);
    MapView nan = view(300, 200, 1);
    nan.centre.y = std::nan("");
    EXPECT_FALSE(r.renderImage(nan));
    // A millimetre per pixel inside grid B: its fill covers the whole image.
    render::RenderOptions o;
    o.attribution = false;
    MapStyle s = MapStyle::defaults();
    s.order = {store::Layer::Grids};
    auto deep = r.renderImage(view(300, 120, 0.001), o);
    ASSERT_TRUE(deep) << deep.error().message;
    const QColor want = blended(s.statusColour(RangeStatus::In), s.layer(store::Layer::Grids).opacity, s.background);
    MapRenderer gridsOnly(model, s);
    auto deepGrid = gridsOnly.renderImage(view(300, 120, 0.001), o);
    ASSERT_TRUE(deepGrid);
    expectColourNear(deepGrid->image.pixelColor(10, 10), want, "corner");
    expectColourNear(deepGrid->image.pixelColor(790, 590), want, "opposite corner");
    // The whole district on 4 pixels.
    auto tiny = r.renderImage(view(300, 200, 500, {2, 2}));
    ASSERT_TRUE(tiny) << tiny.error().message;
}

TEST_F(MapRendererTest, ACancelledFrameStopsEarly) {
    MapRenderer r(model, MapStyle::defaults());
    std::stop_source stop;
    stop.request_stop();
    auto img = r.renderImage(view(300, 200, 0.5), {}, stop.get_token());
    ASSERT_TRUE(img);
    EXPECT_TRUE(img->result.cancelled);
    EXPECT_TRUE(img->result.labels.empty());
}

TEST_F(MapRendererTest, HighDpiImagesHaveTheirPixelRatio) {
    MapView v = view(300, 200, 1, {400, 300});
    v.devicePixelRatio = 2;
    const auto img = draw(MapStyle::defaults(), v);
    EXPECT_EQ(img.image.size(), QSize(800, 600));
    EXPECT_DOUBLE_EQ(img.image.devicePixelRatio(), 2);
    EXPECT_FALSE(img.result.labels.empty());
}

TEST_F(MapRendererTest, TheAttributionNamesTheDataSource) {
    MapStyle s = MapStyle::defaults();
    s.dataSource = QStringLiteral("如东县自然资源局");
    EXPECT_EQ(render::attributionText(*model, s), QStringLiteral("如东县自然资源局"));
    store::EditLogEntry e{"test", "import", "roads", "roads: 5 new from map.osm", ""};
    ASSERT_TRUE(t->project->logEdit(e));
    auto m = model::MapModel::load(*t->project);
    ASSERT_TRUE(m);
    EXPECT_EQ(render::attributionText(*m, s), QStringLiteral("© OpenStreetMap contributors · 如东县自然资源局"));
    // Drawn in the bottom right corner: the pixels there are no longer the map.
    MapRenderer r(std::make_shared<const model::MapModel>(std::move(*m)), s);
    auto with = r.renderImage(view(2000, 2000, 1));
    ASSERT_TRUE(with);
    EXPECT_NE(with->image.pixelColor(796, 594), s.background);
    EXPECT_EQ(with->image.pixelColor(4, 4), s.background);
}

TEST_F(MapRendererTest, VectorOutputEmbedsAFontWhosePdfTextReadsBack) {
    const QString pdf = QString::fromStdString((t->dir / "map.pdf").string());
    {
        QPdfWriter writer(pdf);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter p(&writer);
        MapView v = view(300, 200, 0.6, {700, 500});
        v.output = render::OutputKind::Vector;
        v.devicePixelRatio = 300.0 / 96;
        p.scale(v.devicePixelRatio, v.devicePixelRatio);
        MapRenderer r(model, MapStyle::defaults());
        auto result = r.render(p, v);
        ASSERT_TRUE(result) << result.error().message;
        EXPECT_FALSE(result->labels.empty());
    }
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.contains("WenQuanYi")) << "the PDF embeds WenQuanYi Micro Hei";
    EXPECT_FALSE(bytes.contains("NotoSansCJK"));
}

TEST_F(MapRendererTest, SelectionChangesOnTheSameViewReuseTheFrameUnderneath) {
    MapRenderer r(model, MapStyle::defaults());
    const MapView v = view(300, 200, 0.6);
    render::RenderOptions a, b;
    a.selectedGrids = {*model->gridByCode("320623001001001")};
    b.selectedGrids = {*model->gridByCode("320623001001003")};
    ASSERT_TRUE(r.renderImage(v));
    ASSERT_TRUE(r.renderImage(v, a));  // the same view again: its base is kept
    auto cached = r.renderImage(v, b);
    ASSERT_TRUE(cached);
    ASSERT_EQ(cached->result.stages.size(), 1u);
    EXPECT_EQ(cached->result.stages[0].stage, "cached base + overlay");
    auto fresh = MapRenderer(model, MapStyle::defaults()).renderImage(v, b);
    ASSERT_TRUE(fresh);
    EXPECT_EQ(cached->image, fresh->image) << "a frame from the cache looks exactly like one drawn afresh";
    EXPECT_EQ(cached->result.labels.size(), fresh->result.labels.size());
    // The selection really moved: grid A's outline is no longer highlighted.
    auto withA = r.renderImage(v, a);
    ASSERT_TRUE(withA);
    EXPECT_NE(withA->image, cached->image);
    // Another view is drawn in full.
    auto other = r.renderImage(view(310, 200, 0.6), b);
    ASSERT_TRUE(other);
    EXPECT_GT(other->result.stages.size(), 1u);
}
