#include "core/privacy.h"

#include "core/utf8.h"

namespace ga {
namespace {
std::string maskMiddle(std::string_view s, size_t keepHead, size_t keepTail) {
    if (s.size() <= keepHead + keepTail) return std::string(s.size(), '*');
    std::string out(s.substr(0, keepHead));
    out.append(s.size() - keepHead - keepTail, '*');
    out.append(s.substr(s.size() - keepTail));
    return out;
}
}  // namespace

std::string maskName(std::string_view name) {
    if (name.empty()) return {};
    const size_t first = std::min(utf8SequenceLength(static_cast<unsigned char>(name[0])), name.size());
    size_t rest = 0;
    for (size_t i = first; i < name.size(); i += utf8SequenceLength(static_cast<unsigned char>(name[i]))) ++rest;
    return std::string(name.substr(0, first)) + std::string(std::max<size_t>(rest, 1), '*');
}

std::string maskPhone(std::string_view phone) {
    // Registers write mobiles as 138-0000-5164 or 138 0000 5164: mask the digits, not the layout.
    std::string digits;
    for (char c : phone)
        if (c >= '0' && c <= '9') digits += c;
    if (digits.size() == 11 && digits[0] == '1') return maskMiddle(digits, 3, 4);
    if (digits.size() >= 7) return maskMiddle(digits, 2, 2);
    return std::string(phone.size(), '*');
}

std::string maskIdNumber(std::string_view id) { return maskMiddle(id, 3, 4); }

bool isValidIdNumber(std::string_view id) {
    if (id.size() != 18) return false;
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checks[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (id[i] < '0' || id[i] > '9') return false;
        sum += (id[i] - '0') * weights[i];
    }
    const char last = id[17] == 'x' ? 'X' : id[17];
    return last == checks[sum % 11];
}

}  // namespace ga
