// gridatlas-cli geocode end to end: a project built from tests/geocode/data with the CLI, a
// register with bad rows, the review list and the JSON report.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct CliRun {
    int status = -1;
    std::string out;
};

CliRun cli(const std::string& args) {
    CliRun r;
    FILE* p = ::popen((std::string(GA_CLI) + " " + args + " --operator cli-test 2>&1").c_str(), "r");
    if (!p) return r;
    std::array<char, 4096> buf{};
    size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    const int status = ::pclose(p);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

class GeocodeCli : public ::testing::Test {
protected:
    fs::path dir = fs::temp_directory_path() / fmt::format("ga_geocode_cli_{}", ::getpid());
    std::string project = (dir / "p.sqlite").string();
    void SetUp() override {
        fs::remove_all(dir);
        fs::create_directories(dir);
        ASSERT_EQ(cli("new " + project + " --crs EPSG:4549 --division 320623001001").status, 0);
        ASSERT_EQ(cli("import " + project + " --layer buildings " GA_TEST_DATA "/buildings.geojson").status, 0);
        const CliRun imported = cli("import " + project + " --layer households " GA_TEST_DATA "/register.csv");
        ASSERT_EQ(imported.status, 0) << imported.out;
        ASSERT_NE(imported.out.find("duplicate_key 1"), std::string::npos) << imported.out;
    }
    void TearDown() override { fs::remove_all(dir); }
};

TEST_F(GeocodeCli, LinksWhatItCanAndListsTheRestForReview) {
    const std::string review = (dir / "review.csv").string();
    const CliRun r = cli("geocode " + project + " --review " + review);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("linked              2"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("empty_address 1, not_an_address 1, outside_project 1, too_long 1"), std::string::npos)
        << r.out;
    std::ifstream in(review);
    std::stringstream text;
    text << in.rdbuf();
    const std::string csv = text.str();
    EXPECT_EQ(
        csv.rfind("\xEF\xBB\xBFhousehold_id,address,rank,building_id,compound,number,road,door,confidence,reason\n", 0),
        0u);
    EXPECT_NE(csv.find("G2,,,,,,,,,empty_address\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("G3,北京市海淀区学院路街道华荣上海城1号楼,1,1,华荣上海城,1,,,0.300,outside_project\n"),
              std::string::npos)
        << csv;
    EXPECT_EQ(csv.find("张三"), std::string::npos) << "no personal data in the review list";
}

TEST_F(GeocodeCli, ReportsInJsonAndKeepsLinksOnASecondRun) {
    ASSERT_EQ(cli("geocode " + project).status, 0);
    const CliRun r = cli("geocode " + project + " --json --threshold 0.9");
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("\"households\":6"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"linked\":2"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"review\":4"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"changed\":0"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"threshold\":0.9"), std::string::npos) << r.out;
}

TEST_F(GeocodeCli, RefusesBadOptionsAndMissingProjects) {
    EXPECT_EQ(cli("geocode " + project + " --threshold 2").status, 2);
    EXPECT_EQ(cli("geocode " + project + " --threads 0").status, 2);
    EXPECT_EQ(cli("geocode " + (dir / "missing.sqlite").string()).status, 2);
    EXPECT_EQ(cli("geocode " + project + " --review /nonexistent/dir/r.csv").status, 2);
}

}  // namespace
