#include "io/csv_layout.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace ga::io;

namespace {
std::string writeTemp(const std::string& text) {
    const auto p = std::filesystem::temp_directory_path() /
                   ("ga_csv_" + std::to_string(::getpid()) + "_" +
                    ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".csv");
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
}
bool hasHouseholdId(const std::vector<std::string>& cells) {
    for (const auto& c : cells)
        if (c == "户编号") return true;
    return false;
}
}  // namespace

TEST(CsvLayout, SplitsQuotedCells) {
    EXPECT_EQ(splitCsvLine(R"(a,"b,c","d""e")", ','), (std::vector<std::string>{"a", "b,c", "d\"e"}));
}

TEST(CsvLayout, FindsTheHeaderBelowTitleLines) {
    const auto path = writeTemp("友好社区住户登记表\n\n户编号,住址\nH1,育才路\n");
    auto layout = inspectCsv(path, "", hasHouseholdId);
    ASSERT_TRUE(layout) << layout.error().message;
    EXPECT_EQ(layout->headerLine, 3);
    EXPECT_EQ(layout->headerOffset, std::string("友好社区住户登记表\n\n").size());
    EXPECT_EQ(layout->encoding, "UTF-8");
    std::filesystem::remove(path);
}

TEST(CsvLayout, DetectsGbk) {
    const auto path = writeTemp("\xBB\xA7\xB1\xE0\xBA\xC5,x\nH1,1\n");
    auto layout = inspectCsv(path, "", hasHouseholdId);
    ASSERT_TRUE(layout);
    EXPECT_EQ(layout->encoding, "GB18030");
    EXPECT_EQ(layout->headerLine, 1);
    std::filesystem::remove(path);
}

TEST(CsvLayout, RefusesEmptyFiles) {
    const auto path = writeTemp("\n\n");
    EXPECT_FALSE(inspectCsv(path, "", hasHouseholdId));
    std::filesystem::remove(path);
}
