#pragma once
// A small command-line parser: positional arguments, --flag, --key value and repeatable keys.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

namespace ga::cli {

class Args {
public:
    /// `valued` names the options that take a value; any other --name is a flag.
    static Result<Args> parse(int argc, char** argv, int first, const std::vector<std::string>& valued,
                              const std::vector<std::string>& flags);

    const std::vector<std::string>& positional() const { return positional_; }
    bool flag(const std::string& name) const { return flags_.contains(name); }
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;

private:
    std::vector<std::string> positional_;
    std::map<std::string, std::vector<std::string>> values_;
    std::map<std::string, bool> flags_;
};

}  // namespace ga::cli
