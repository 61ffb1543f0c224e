#pragma once
// Times in the ledger: stored as local wall-clock text ("2025-11-01T09:07:00", the form the
// importer writes dates in), computed with as seconds on a naive clock. Street offices work in
// one time zone, so local times compare directly.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace ga::ledger {

using Time = std::chrono::sys_seconds;

/// Parses "YYYY-MM-DD", "YYYY-MM-DD HH:MM" or "YYYY-MM-DDTHH:MM:SS" (space or T); nullopt when
/// the text is not such a time or names a day that does not exist.
std::optional<Time> parseTime(std::string_view text);
/// "YYYY-MM-DDTHH:MM:SS".
std::string formatTime(Time t);
/// The local wall-clock time now, to the second.
Time localNow();
/// Days since 1970-01-01 of `t` (the day it falls on).
int32_t dayNumber(Time t);
/// Months since January 1970 of `t` (year * 12 + month - 1 - 1970 * 12).
int32_t monthNumber(Time t);
/// "2026-03" for a month number.
std::string monthLabel(int32_t month);

}  // namespace ga::ledger
