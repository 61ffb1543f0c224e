#pragma once
// Masking of residents' personal data for display and export (个人信息保护法, GB/T 35273),
// and the GB 11643 check digit of resident ID numbers.
#include <string>
#include <string_view>

namespace ga {

/// 张三丰 → 张**; keeps the first character (UTF-8 aware).
std::string maskName(std::string_view name);
/// 13812345678 → 138****5678; shorter numbers keep their first and last two characters.
std::string maskPhone(std::string_view phone);
/// 110101199003071234 → 110***********1234.
std::string maskIdNumber(std::string_view id);

/// True when `id` is an 18-character resident ID whose last character is the GB 11643 check.
bool isValidIdNumber(std::string_view id);

}  // namespace ga
