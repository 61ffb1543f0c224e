// gridatlas-cli synth end to end: the built binary run with its output piped.
#include "../support/run_program.h"
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

using ga::test::Ran;

using ga::test::slurp;

class SynthCli : public ::testing::Test {
protected:
    fs::path dir;
    void SetUp() override {
        dir = fs::temp_directory_path() / fmt::format("ga_synth_cli_{}_{}", ::getpid(),
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }
    std::string path(const std::string& name) const { return (dir / name).string(); }

    /// Runs gridatlas-cli with stdin from /dev/null and stdout/stderr into files (not a terminal).
    Ran cli(const std::vector<std::string>& args) const {
        return ga::test::runProgram(GA_CLI, args, dir);
    }
};

}  // namespace

TEST_F(SynthCli, CreatesADistrictThatInfoReads) {
    const std::string out = path("d.sqlite");
    const Ran r = cli({"synth", out, "--households", "2000", "--seed", "3"});
    ASSERT_EQ(r.exit, 0) << r.err;
    EXPECT_NE(r.out.find("households 2000"), std::string::npos) << r.out;
    EXPECT_EQ(r.err, "");  // no progress when stderr is not a terminal
    EXPECT_EQ(fs::status(out).permissions() & fs::perms::others_read, fs::perms::none);
    const Ran info = cli({"info", out, "--json"});
    ASSERT_EQ(info.exit, 0) << info.err;
    EXPECT_NE(info.out.find("\"households\":2000"), std::string::npos) << info.out.substr(0, 400);
}

TEST_F(SynthCli, RefusesAnExistingFile) {
    const std::string out = path("exists.sqlite");
    std::ofstream(out) << "keep me";
    const Ran r = cli({"synth", out, "--households", "100"});
    EXPECT_EQ(r.exit, 2);
    EXPECT_NE(r.err.find("exists"), std::string::npos) << r.err;
    EXPECT_EQ(slurp(out), "keep me");
}

TEST_F(SynthCli, RefusesBadArguments) {
    EXPECT_EQ(cli({"synth", path("a.sqlite")}).exit, 2);
    EXPECT_EQ(cli({"synth", path("a.sqlite"), "--households", "many"}).exit, 2);
    EXPECT_EQ(cli({"synth", path("a.sqlite"), "--households", "0"}).exit, 2);
    EXPECT_EQ(cli({"synth", path("a.sqlite"), "--households", "100", "--crs", "EPSG:4326"}).exit, 2);
    EXPECT_FALSE(fs::exists(path("a.sqlite")));
}

TEST_F(SynthCli, WritesTheGeocodingTruth) {
    const std::string out = path("t.sqlite"), truth = path("truth.csv");
    ASSERT_EQ(cli({"synth", out, "--households", "500", "--truth", truth}).exit, 0);
    std::ifstream in(truth);
    std::string header, line;
    std::getline(in, header);
    EXPECT_EQ(header, "household_id,building_id,form");
    int rows = 0;
    while (std::getline(in, line)) ++rows;
    EXPECT_EQ(rows, 500);
}
