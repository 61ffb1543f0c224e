// The edit log and undo: exact restoration, undo logged, stale undos refused, rolling back.
#include "store/edit_history.h"

#include <gtest/gtest.h>

#include "edit/merge.h"
#include "edit/split.h"
#include "edit_test_support.h"
#include "store/attribute_edits.h"

using namespace ga;
using namespace ga::edit;
using namespace ga::edit::test;

using History = SampleTest;

TEST_F(History, UndoRestoresGridsBuildingsAndLinksExactly) {
    const Snapshot before = snapshot(*project);
    const int64_t split = commit(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    ASSERT_NE(snapshot(*project), before);
    auto undo = undoInWorkspace(*project, *ws, split, "tester");
    ASSERT_TRUE(undo) << undo.error().message;
    EXPECT_EQ(snapshot(*project), before);
    EXPECT_EQ(ws->householdsOfGrid(kGrid006), 690);
    EXPECT_FALSE(ws->gridByCode("320623001001013"));
}

TEST_F(History, EveryEditAndUndoIsLoggedWithItsRows) {
    const int64_t split = commit(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    auto changes = store::changesOf(*project, split);
    ASSERT_TRUE(changes) << changes.error().message;
    size_t grids = 0, buildings = 0;
    for (const auto& c : changes->changes) {
        if (c.layer == store::Layer::Grids) ++grids;
        if (c.layer == store::Layer::Buildings) ++buildings;
    }
    EXPECT_GE(grids, 2u);  // 006 changed, 013 new (and neighbours given vertices)
    EXPECT_EQ(buildings, 10u);
    const int64_t undo = *undoInWorkspace(*project, *ws, split, "tester");
    auto log = store::listHistory(*project);
    ASSERT_TRUE(log);
    const auto& last = log->back();
    EXPECT_EQ(last.id, undo);
    EXPECT_EQ(last.action, "undo");
    EXPECT_EQ(last.operatorName, "tester");
    EXPECT_EQ(last.undoes, split);
    const auto entry = std::find_if(log->begin(), log->end(), [&](const auto& e) { return e.id == split; });
    EXPECT_FALSE(entry->inEffect);
    EXPECT_EQ(entry->undoneBy, undo);
}

TEST_F(History, UndoingAnUndoRedoesTheEdit) {
    const int64_t split = commit(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    const Snapshot afterSplit = snapshot(*project);
    const int64_t undo = *undoInWorkspace(*project, *ws, split, "tester");
    auto redo = undoInWorkspace(*project, *ws, undo, "tester");
    ASSERT_TRUE(redo) << redo.error().message;
    EXPECT_EQ(snapshot(*project), afterSplit);
    EXPECT_TRUE(ws->gridByCode("320623001001013"));
    auto log = store::listHistory(*project);
    const auto entry = std::find_if(log->begin(), log->end(), [&](const auto& e) { return e.id == split; });
    EXPECT_TRUE(entry->inEffect);
}

TEST_F(History, UndoOfAnEditALaterEditChangedIsRefused) {
    const int64_t split = commit(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    commit(planMerge(*project, *ws, {{kGrid006, "320623001001013"}, "", "", ""}));
    const Snapshot before = snapshot(*project);
    auto undo = store::undoEdit(*project, split, "tester");
    ASSERT_FALSE(undo);
    EXPECT_NE(undo.error().message.find("changed"), std::string::npos) << undo.error().message;
    EXPECT_EQ(snapshot(*project), before);
}

TEST_F(History, RollbackStepsOverExportsAndUndoesNewestFirst) {
    auto start = project->db().scalarInt("SELECT max(id) FROM edit_log");
    const Snapshot before = snapshot(*project);
    commit(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    ASSERT_TRUE(project->logEdit({"tester", "export_unmasked", "households", "导出住户（未脱敏）", "{}"}));
    commit(planMerge(*project, *ws, {{kGrid001, kGrid002}, "", "", ""}));
    auto undone = store::rollbackTo(*project, start->value_or(0), "tester");
    ASSERT_TRUE(undone) << undone.error().message;
    EXPECT_EQ(undone->size(), 2u);
    EXPECT_EQ(snapshot(*project), before);
    // The log only grows: the two edits, the export and the two undos are all there.
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM edit_log")->value_or(0), start->value_or(0) + 5);
}

TEST_F(History, UndoStepsOverARevealOfPersonalData) {
    const Snapshot before = snapshot(*project);
    commit(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    ASSERT_TRUE(project->logEdit({"tester", "show_unmasked", "households", "查看住户（未脱敏）", "{}"}));
    auto u = store::undoLast(*project, "tester");
    ASSERT_TRUE(u) << u.error().message;
    EXPECT_EQ(snapshot(*project), before);
}

TEST_F(History, RollbackRefusesToCrossAnImport) {
    // The sample's own imports are the first entries of the log.
    auto first = store::rollbackTo(*project, 1, "tester");
    ASSERT_FALSE(first);
    EXPECT_NE(first.error().message.find("import"), std::string::npos) << first.error().message;
}

TEST_F(History, UndoLastStepsBackOneEditAtATime) {
    commit(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    const Snapshot afterSplit = snapshot(*project);
    commit(planMerge(*project, *ws, {{kGrid001, kGrid002}, "", "", ""}));
    auto u = store::undoLast(*project, "tester");
    ASSERT_TRUE(u) << u.error().message;
    EXPECT_EQ(snapshot(*project), afterSplit);
}

TEST_F(History, AttributeFormEditsAreUndoneFromTheLog) {
    auto a = store::readAttributes(*project, store::Layer::Grids, grid(kGrid002).id);
    ASSERT_TRUE(a);
    const auto oldName = a->values[1];
    a->values[1] = "新名称";
    auto logged = store::saveAttributes(*project, *a, "tester");
    ASSERT_TRUE(logged) << logged.error().message;
    auto u = store::undoEdit(*project, *logged, "tester");
    ASSERT_TRUE(u) << u.error().message;
    auto back = store::readAttributes(*project, store::Layer::Grids, grid(kGrid002).id);
    EXPECT_EQ(back->values[1], oldName);
}

TEST_F(History, UndoSurvivesARestart) {
    const Snapshot before = snapshot(*project);
    const int64_t split = commit(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    ws.reset();
    project.reset();
    auto reopened = store::Project::open((dir / "youhao.sqlite").string());
    ASSERT_TRUE(reopened);
    project.emplace(std::move(*reopened));
    auto u = store::undoEdit(*project, split, "tester");
    ASSERT_TRUE(u) << u.error().message;
    EXPECT_EQ(snapshot(*project), before);
}
