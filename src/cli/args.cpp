#include "cli/args.h"

#include <algorithm>
#include <fmt/format.h>

namespace ga::cli {

Result<Args> Args::parse(int argc, char** argv, int first, const std::vector<std::string>& valued,
                         const std::vector<std::string>& flags) {
    Args a;
    for (int i = first; i < argc; ++i) {
        std::string s = argv[i];
        if (s.size() > 2 && s.starts_with("--")) {
            std::string name = s.substr(2), val;
            const auto eq = name.find('=');
            const bool inlineValue = eq != std::string::npos;
            if (inlineValue) {
                val = name.substr(eq + 1);
                name = name.substr(0, eq);
            }
            if (std::ranges::find(valued, name) != valued.end()) {
                if (!inlineValue) {
                    if (i + 1 >= argc) return fail(fmt::format("option --{} needs a value", name));
                    val = argv[++i];
                }
                a.values_[name].push_back(val);
            } else if (std::ranges::find(flags, name) != flags.end() && !inlineValue) {
                a.flags_[name] = true;
            } else {
                return fail(fmt::format("unknown option --{}", name));
            }
        } else {
            a.positional_.push_back(std::move(s));
        }
    }
    return a;
}

std::optional<std::string> Args::value(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Args::values(const std::string& name) const {
    auto it = values_.find(name);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
}

}  // namespace ga::cli
