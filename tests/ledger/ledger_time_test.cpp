#include "ledger/ledger_time.h"

#include <gtest/gtest.h>

namespace ga::ledger {
namespace {

TEST(LedgerTime, ReadsTheFormsTheImporterWrites) {
    EXPECT_EQ(formatTime(*parseTime("2025-11-01T09:07:00")), "2025-11-01T09:07:00");
    EXPECT_EQ(formatTime(*parseTime("2025-11-01 09:07")), "2025-11-01T09:07:00");
    EXPECT_EQ(formatTime(*parseTime("2025-11-01")), "2025-11-01T00:00:00");
}

TEST(LedgerTime, RefusesWhatIsNotATime) {
    for (const char* bad : {"", "2025-02-30", "2025-13-01", "2025/11/01", "2025-11-01T25:00:00", "2025-11-01T09:07:00Z",
                            "yesterday", "2025-11-01T09"})
        EXPECT_FALSE(parseTime(bad)) << bad;
}

TEST(LedgerTime, CountsMonthsFrom1970) {
    const Time t = *parseTime("2026-03-15");
    EXPECT_EQ(monthLabel(monthNumber(t)), "2026-03");
    EXPECT_EQ(monthNumber(*parseTime("2026-01-01")) - monthNumber(*parseTime("2025-12-31")), 1);
    EXPECT_EQ(monthLabel(monthNumber(*parseTime("1969-12-05"))), "1969-12");
}

}  // namespace
}  // namespace ga::ledger
