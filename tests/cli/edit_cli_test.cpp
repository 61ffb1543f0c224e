// gridatlas-cli split, merge, suggest-split, validate, history and undo end to end on a copy of
// the built sample: exit codes, JSON and refusals that change nothing.
#include "../support/run_program.h"
#include <fcntl.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

using ga::test::Ran;

using ga::test::slurp;

class EditCli : public ::testing::Test {
protected:
    fs::path dir;
    std::string project;

    void SetUp() override {
        dir = fs::temp_directory_path() / fmt::format("ga_edit_cli_{}_{}", ::getpid(),
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
        project = (dir / "youhao.sqlite").string();
        fs::copy_file(GA_YOUHAO_PROJECT, project);
    }
    void TearDown() override { fs::remove_all(dir); }

    /// Runs gridatlas-cli with stdout and stderr into files.
    Ran cli(const std::vector<std::string>& args) const {
        return ga::test::runProgram(GA_CLI, args, dir);
    }

    /// The WKT of the suggested line for grid 006.
    std::string suggestedLine() const {
        const Ran r = cli({"suggest-split", project, "--grid", "320623001001006", "--json"});
        EXPECT_EQ(r.exit, 0) << r.err;
        std::smatch m;
        const std::regex line("\"line\":\"(LINESTRING \\([^\"]+\\))\"");
        EXPECT_TRUE(std::regex_search(r.out, m, line)) << r.out;
        return m.size() > 1 ? m[1].str() : std::string();
    }
};

}  // namespace

TEST_F(EditCli, ValidateListsTheSamplesProblemsAndExitsOne) {
    const Ran r = cli({"validate", project, "--json"});
    EXPECT_EQ(r.exit, 1) << r.err;
    EXPECT_NE(r.out.find("\"ok\":false"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"rule\":\"range\",\"grids\":[\"320623001001006\"]"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"where\":\"POINT ("), std::string::npos);
    EXPECT_NE(r.out.find("\"rule\":\"cut_compound\""), std::string::npos);
}

TEST_F(EditCli, SuggestedSplitThenMergeLeavesTheRulesHolding) {
    const std::string line = suggestedLine();
    ASSERT_FALSE(line.empty());
    const Ran split = cli({"split", project, "--grid", "320623001001006", "--line", line, "--json"});
    ASSERT_EQ(split.exit, 0) << split.err;
    EXPECT_NE(split.out.find("\"code\":\"320623001001013\",\"households\":336"), std::string::npos) << split.out;
    const Ran merge = cli({"merge", project, "--grids", "320623001001001,320623001001002"});
    ASSERT_EQ(merge.exit, 0) << merge.err;
    // What is left: 和盛世华城 (a warning) and 华荣上海城 now in two grids (a warning): exit 0.
    const Ran v = cli({"validate", project, "--json"});
    EXPECT_EQ(v.exit, 0) << v.out;
    EXPECT_NE(v.out.find("\"ok\":true"), std::string::npos) << v.out;
}

TEST_F(EditCli, HistoryAndUndoRollBack) {
    const std::string before = cli({"info", project, "--json"}).out;
    ASSERT_EQ(cli({"split", project, "--grid", "320623001001006", "--line", suggestedLine()}).exit, 0);
    ASSERT_EQ(cli({"merge", project, "--grids", "320623001001001,320623001001002", "--into", "320623001001001"}).exit,
              0);
    const Ran history = cli({"history", project, "--json"});
    ASSERT_EQ(history.exit, 0) << history.err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(history.out, m, std::regex("\\{\"id\":(\\d+),[^}]*\"action\":\"split\"")));
    const long long splitId = std::stoll(m[1].str());
    const Ran undo = cli({"undo", project, "--to", std::to_string(splitId - 1)});
    ASSERT_EQ(undo.exit, 0) << undo.err;
    EXPECT_NE(undo.out.find("2 edit(s) undone"), std::string::npos) << undo.out;
    EXPECT_EQ(cli({"info", project, "--json"}).out, before);
    EXPECT_NE(cli({"history", project}).out.find("[undone by #"), std::string::npos);
}

TEST_F(EditCli, BadInputIsRefusedWithExitTwoAndNothingChanged) {
    const std::string before = cli({"info", project, "--json"}).out;
    const Ran notCrossing =
        cli({"split", project, "--grid", "320623001001006", "--line", "LINESTRING (611900 3576800, 611950 3576800)"});
    EXPECT_EQ(notCrossing.exit, 2);
    EXPECT_NE(notCrossing.err.find("没有把网格"), std::string::npos) << notCrossing.err;
    const Ran badWkt = cli({"split", project, "--grid", "320623001001006", "--line", "LINESTRING (1 2,"});
    EXPECT_EQ(badWkt.exit, 2);
    EXPECT_NE(badWkt.err.find("WKT"), std::string::npos) << badWkt.err;
    const Ran apart = cli({"merge", project, "--grids", "320623001001001,320623001001012"});
    EXPECT_EQ(apart.exit, 2);
    EXPECT_NE(apart.err.find("不相邻"), std::string::npos) << apart.err;
    const Ran unknown = cli({"suggest-split", project, "--grid", "320623001001099"});
    EXPECT_EQ(unknown.exit, 2);
    EXPECT_EQ(cli({"info", project, "--json"}).out, before);
}

TEST_F(EditCli, RefusePolicyRefusesAnOutOfRangeSplit) {
    ASSERT_EQ(cli({"config", project, "--out-of-range", "refuse"}).exit, 0);
    const Ran r =
        cli({"split", project, "--grid", "320623001001006", "--line", "LINESTRING (611830 3576600, 611790 3577050)"});
    EXPECT_EQ(r.exit, 2);
    EXPECT_NE(r.err.find("拒绝"), std::string::npos) << r.err;
}
