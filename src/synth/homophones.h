#pragma once
// Characters people confuse when they type Chinese by pinyin (华荣 → 华容, 文峰 → 文丰): the typos
// of household registers, and the table a fuzzy matcher can use to forgive them.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "synth/rng.h"

namespace ga::synth {

/// Groups of homophone-prone characters; each UTF-8 string is one group, a character is in at most one.
std::span<const std::string_view> homophoneGroups();

/// `text` with one homophone-prone character replaced by another of its group, chosen at random;
/// nullopt when `text` has no such character.
std::optional<std::string> withHomophoneTypo(std::string_view text, Rng& rng);

}  // namespace ga::synth
