// The Issues dock on the sample community's ledger (data/samples/youhao, imported here through
// the ordinary import path): filters, the list, the form offering only allowed actions, the
// heatmap with its time slider, the choropleth, and the statistics window with its exports.
#include "app/issues_dock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <qcustomplot.h>

#include "app/issue_filter_bar.h"
#include "app/issue_form.h"
#include "app/issue_list_model.h"
#include "app/main_window.h"
#include "app/new_issue_dialog.h"
#include "app/statistics_window.h"
#include "app/thematic_panel.h"
#include "app_test.h"
#include "io/importer.h"
#include "render/choropleth_layer.h"
#include "render/heatmap_layer.h"
#include "render/issue_symbols_layer.h"
#include "store/issue_ledger.h"

using namespace ga;
using namespace ga::app;
using namespace ga::app::test;

class IssuesDockTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString path_;
    PluginManager plugins_;
    std::unique_ptr<MainWindow> window_;

    IssuesDock& dock() { return window_->issuesDock(); }
    // Saves the window for a look when GA_SCREENSHOT_DIR is set.
    void keep(const QString& name) {
        const QString out = qEnvironmentVariable("GA_SCREENSHOT_DIR");
        if (out.isEmpty()) return;
        QTest::qWait(100);  // pending layouts settle first
        window_->grab().save(out + QLatin1Char('/') + name);
    }
    // The model row of issue `number`, or -1.
    int rowOf(const std::string& number) {
        const IssueListModel& m = dock().listModel();
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.table()->issueId(m.issueAt(r)) == number) return r;
        return -1;
    }
    void choose(QComboBox& box, const QString& text) {
        const int i = box.findText(text);
        QVERIFY2(i >= 0, qPrintable(text));
        box.setCurrentIndex(i);
    }
    // Share of the map's pixels that differ from the frame drawn without overlays.
    static double changedShare(const QImage& a, const QImage& b) {
        if (a.size() != b.size()) return 1;
        long changed = 0;
        for (int y = 0; y < a.height(); y += 4)
            for (int x = 0; x < a.width(); x += 4) changed += a.pixel(x, y) != b.pixel(x, y);
        return double(changed) / (double(a.width() / 4) * double(a.height() / 4));
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        path_ = dir_.filePath(QStringLiteral("youhao.sqlite"));
        store::ProjectSettings s;
        s.srid = 4549;
        s.name = "友好社区";
        s.division = "320623001001";
        {
            auto p = store::Project::create(path_.toStdString(), s);
            QVERIFY2(p, p ? "" : p.error().message.c_str());
            for (const auto& [layer, file] : {std::pair{store::Layer::Communities, "community.geojson"},
                                             {store::Layer::Grids, "grids.geojson"},
                                             {store::Layer::Compounds, "compounds.geojson"},
                                             {store::Layer::Buildings, "buildings.geojson"},
                                             {store::Layer::Roads, "roads.geojson"},
                                             {store::Layer::Issues, "issues.csv"}}) {
                io::ImportOptions o;
                o.layer = layer;
                o.file = std::string(GA_SAMPLE_DATA "/youhao/") + file;
                o.operatorName = "测试";
                io::ProblemReport report;
                auto r = io::importFile(*p, o, report);
                QVERIFY2(r, r ? "" : r.error().message.c_str());
            }
        }
        window_ = std::make_unique<MainWindow>(plugins_);
        window_->resize(1500, 950);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        auto r = window_->openProject(path_);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        dock().show();
        dock().raise();
        QTRY_COMPARE_WITH_TIMEOUT(dock().listModel().rowCount(), 1100, 20000);
        QVERIFY(waitForFrame(window_->canvas()));
    }

    void cleanupTestCase() { window_.reset(); }

    void filtersNarrowTheList() {
        choose(dock().filters().categoryBox(), QStringLiteral("矛盾纠纷"));
        QCOMPARE(dock().listModel().rowCount(), 406);
        dock().filters().categoryBox().setCurrentIndex(0);
        dock().filters().overdueBox().setChecked(true);
        QCOMPARE(dock().listModel().rowCount(), 33);  // open past their deadline (stats agree)
        dock().filters().overdueBox().setChecked(false);
        choose(dock().filters().stateBox(), QStringLiteral("未办结"));
        QCOMPARE(dock().listModel().rowCount(), 33);  // every open issue of the sample is overdue by now
        dock().filters().stateBox().setCurrentIndex(0);
        QCOMPARE(dock().listModel().rowCount(), 1100);
    }

    void theFormOffersOnlyAllowedActions() {
        const int row = rowOf("YH20261030002");
        QVERIFY(row >= 0);
        dock().list().selectRow(row);
        IssueForm& form = dock().form();
        QVERIFY(form.issue());
        auto w = store::readIssueWorkflow(window_->session()->project(), *form.issue());
        QVERIFY(w);
        auto allowed = ledger::allowedActions(*ledger::parseState(w->state), *ledger::parseLevel(w->level));
        QStringList offered, expected;
        for (QPushButton* b : form.actionButtons()) offered << b->text();
        for (ledger::Action a : allowed) expected << QString::fromUtf8(ledger::actionName(a));
        QCOMPARE(offered, expected);
        QVERIFY(!offered.contains(QStringLiteral("办结")) || w->state == "核查");
        keep(QStringLiteral("issues_form.png"));
    }

    void anActionIsStoredAndARefusedOneIsNot() {
        const int row = rowOf("YH20261030002");
        dock().list().selectRow(row);
        IssueForm& form = dock().form();
        const int64_t id = *form.issue();
        auto before = store::issueEvents(window_->session()->project(), id);
        QVERIFY(before);
        auto w = store::readIssueWorkflow(window_->session()->project(), id);
        // Closing straight from where it is is not a step the workflow allows (unless verifying).
        if (w->state != "核查") {
            auto refused = form.act(ledger::Action::Close);
            QVERIFY(!refused);
            QVERIFY(QString::fromStdString(refused.error().message).contains(QStringLiteral("is not allowed")));
            QCOMPARE(store::issueEvents(window_->session()->project(), id)->size(), before->size());
        }
        // Extending needs a note; with one it is stored with who and when.
        QVERIFY(!form.act(ledger::Action::Extend));
        form.noteEdit().setText(QStringLiteral("等待物业配合"));
        auto r = form.act(ledger::Action::Extend);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        const auto after = store::issueEvents(window_->session()->project(), id);
        QCOMPARE(after->size(), before->size() + 1);
        QCOMPARE(QString::fromStdString(after->back().action), QStringLiteral("延期"));
        QCOMPARE(QString::fromStdString(after->back().note), QStringLiteral("等待物业配合"));
        // The ledger is read again and the form still shows the issue, history included.
        QTRY_VERIFY(!dock().ledger().isLoading());
        QCOMPARE(*dock().form().issue(), id);
        QCOMPARE(dock().form().history().rowCount(), static_cast<int>(after->size()));
    }

    void aNewIssueIsReportedWithItsPlacePickedOnTheMap() {
        NewIssueDialog& d = dock().showReportForm();
        choose(d.categoryBox(), QStringLiteral("市政设施"));
        d.titleEdit().setText(QStringLiteral("井盖缺失"));
        // Picking: the dialog steps aside and the next click on the map is the place.
        auto* pick = d.findChild<QPushButton*>(QStringLiteral("pickIssuePlace"));
        QVERIFY(pick);
        pick->click();
        QVERIFY(!d.isVisible());
        MapCanvas& canvas = window_->canvas();
        const geo::Point centre = canvas.view().centre;
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, canvas.view().toScreen(centre).toPoint());
        QVERIFY(d.isVisible());
        QSignalSpy reported(&d, &NewIssueDialog::reported);
        auto stored = d.report();
        QVERIFY2(stored, stored ? "" : stored.error().message.c_str());
        QCOMPARE(reported.size(), 1);
        const qint64 id = *stored;
        auto w = store::readIssueWorkflow(window_->session()->project(), id);
        QVERIFY(w);
        QCOMPARE(QString::fromStdString(w->state), QStringLiteral("上报"));
        QTRY_COMPARE_WITH_TIMEOUT(dock().listModel().rowCount(), 1101, 20000);
        QTRY_COMPARE(dock().form().issue().value_or(0), id);
        QCOMPARE(window_->canvas().tool() == nullptr, false);
    }

    void theHeatmapFollowsTheFiltersAndTheSlider() {
        window_->canvas().zoomToFullExtent();
        QVERIFY(waitForFrame(window_->canvas()));
        const QImage plain = window_->canvas().frame()->image;
        ThematicPanel& t = dock().thematic();
        t.heatmapBox().setChecked(true);
        QCOMPARE(window_->canvas().renderOptions().overlays.size(), size_t{1});
        const auto* heat = dynamic_cast<const render::HeatmapLayer*>(window_->canvas().renderOptions().overlays[0].get());
        QVERIFY(heat);
        QCOMPARE(heat->request().radius, 150.0);
        QVERIFY(waitForFrame(window_->canvas()));
        QVERIFY(changedShare(plain, window_->canvas().frame()->image) > 0.2);
        keep(QStringLiteral("issues_heatmap.png"));

        choose(dock().filters().categoryBox(), QStringLiteral("矛盾纠纷"));
        heat = dynamic_cast<const render::HeatmapLayer*>(window_->canvas().renderOptions().overlays[0].get());
        QVERIFY(heat->request().filter.categories.test(0));
        dock().filters().categoryBox().setCurrentIndex(0);

        t.sliderBox().setChecked(true);
        t.slider().setValue(3);
        QCOMPARE(t.sliderMonth(), QStringLiteral("2026-02"));
        heat = dynamic_cast<const render::HeatmapLayer*>(window_->canvas().renderOptions().overlays[0].get());
        QCOMPARE(ledger::formatTime(*heat->request().filter.from), std::string("2026-02-01T00:00:00"));
        QCOMPARE(ledger::formatTime(*heat->request().filter.to), std::string("2026-03-01T00:00:00"));
        QVERIFY(waitForFrame(window_->canvas()));
        keep(QStringLiteral("issues_heatmap_month.png"));
        t.slider().setValue(t.slider().maximum());
        t.stepMonth();
        QCOMPARE(t.slider().value(), 0);  // the player starts again from the first month
        t.sliderBox().setChecked(false);
        t.heatmapBox().setChecked(false);
        QVERIFY(window_->canvas().renderOptions().overlays.empty());
    }

    void theChoroplethColoursGridsByTheirFigures() {
        ThematicPanel& t = dock().thematic();
        choose(t.choroplethBox(), QStringLiteral("每百户事件数"));
        QCOMPARE(window_->canvas().renderOptions().overlays.size(), size_t{1});
        const auto* choro = dynamic_cast<const render::ChoroplethLayer*>(window_->canvas().renderOptions().overlays[0].get());
        QVERIFY(choro);
        QVERIFY(!choro->breaks().empty());
        QVERIFY(waitForFrame(window_->canvas()));
        keep(QStringLiteral("issues_choropleth.png"));
        t.choroplethBox().setCurrentIndex(0);
    }

    void theSliderStepsTheSymbolsAndTheChoroplethToo() {
        ThematicPanel& t = dock().thematic();
        t.symbolsBox().setChecked(true);
        choose(t.choroplethBox(), QStringLiteral("事件数"));
        const auto symbols = [&] {
            for (const auto& o : window_->canvas().renderOptions().overlays)
                if (const auto* s = dynamic_cast<const render::IssueSymbolsLayer*>(o.get())) return s->count();
            return size_t{0};
        };
        const auto choroplethTitle = [&] {
            for (const auto& o : window_->canvas().renderOptions().overlays)
                if (const auto* c = dynamic_cast<const render::ChoroplethLayer*>(o.get())) return c->style().title;
            return QString();
        };
        const size_t all = symbols();
        QVERIFY(all > 0);
        t.sliderBox().setChecked(true);
        t.slider().setValue(3);
        const size_t february = symbols();
        QVERIFY2(february > 0 && february < all, qPrintable(QStringLiteral("%1 of %2").arg(february).arg(all)));
        QVERIFY(choroplethTitle().endsWith(QStringLiteral("2026-02")));
        QVERIFY(waitForFrame(window_->canvas()));
        keep(QStringLiteral("issues_month_symbols_choropleth.png"));
        t.slider().setValue(4);
        QVERIFY(choroplethTitle().endsWith(QStringLiteral("2026-03")));
        t.sliderBox().setChecked(false);
        QCOMPARE(symbols(), all);
        t.choroplethBox().setCurrentIndex(0);
        t.symbolsBox().setChecked(false);
        QVERIFY(window_->canvas().renderOptions().overlays.empty());
    }

    void statisticsAndChartsExport() {
        StatisticsWindow& s = dock().showStatistics();
        // Twelve grids and the total: every issue of the sample has a place in a grid (those with
        // a road-only address on their road), so there is no row of issues in no grid.
        QCOMPARE(s.table().rowCount(), 13);
        const QString csv = dir_.filePath(QStringLiteral("stats.csv")), xlsx = dir_.filePath(QStringLiteral("stats.xlsx"));
        QVERIFY(s.exportTable(csv));
        QVERIFY(s.exportTable(xlsx));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("友好社区第六网格")));
        QVERIFY(text.contains(QStringLiteral("调处成功率")));
        QVERIFY(QFileInfo(xlsx).size() > 1000);
        for (int c = 0; c < 4; ++c) {
            const QString png = dir_.filePath(QStringLiteral("chart%1.png").arg(c));
            QVERIFY(s.exportChart(c, png));
            QVERIFY(QImage(png).width() >= 800);
        }
        choose(s.groupBox(), QStringLiteral("按月份"));
        QCOMPARE(s.table().rowCount(), 14);  // twelve months of the ledger, this month's new issue, the total
        const QString out = qEnvironmentVariable("GA_SCREENSHOT_DIR");
        if (!out.isEmpty()) {
            s.resize(1100, 650);
            s.tabs().setCurrentIndex(1);
            QTest::qWait(50);
            for (int c = 0; c < 4; ++c) s.chart(c).savePng(out + QStringLiteral("/issues_chart%1.png").arg(c), 1000, 560);
            s.grab().save(out + QStringLiteral("/issues_statistics.png"));
        }
        s.close();
    }
};

GA_APP_TEST_MAIN(IssuesDockTest)
#include "issues_dock_test.moc"
