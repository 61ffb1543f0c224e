#pragma once
// The typos of people typing Chinese by pinyin, as household registers show them: the input
// method lists every character of the syllable typed and a wrong one is picked (华荣 → 华容), or a
// southern speaker types the syllable their accent merges with the right one (成 cheng → 岑 cen,
// 宁 ning → 林 lin). The address writer's own model, apart from the geocoder's matcher: a list of
// confusions seen in registers, and characters drawn from the Mandarin reading table the way an
// input method ranks its candidates, with accent swaps of which the matcher knows only some.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "synth/rng.h"

namespace ga::synth {

/// Confusions seen in registers; each UTF-8 string is one group, a character is in at most one.
std::span<const std::string_view> observedConfusions();

/// `text` with one character replaced by a homophone (a character of the same syllable, most
/// often the same tone, most often a common one), chosen at random; nullopt when no character of
/// `text` has a common homophone.
std::optional<std::string> withHomophoneTypo(std::string_view text, Rng& rng);

/// `text` with one character replaced by a character of a syllable a southern accent confuses
/// with its own (zh/z, ch/c, sh/s, n/l, r/l, h/f, hui/fei, an/ang, en/eng, in/ing, ian/iang,
/// uan/uang); nullopt when no character of `text` has one.
std::optional<std::string> withAccentTypo(std::string_view text, Rng& rng);

}  // namespace ga::synth
