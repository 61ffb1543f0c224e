#include "geocode/sound_alike.h"

#include <unordered_map>

namespace ga::geocode {

std::string accentSpelling(std::string_view syllable) {
    std::string s(syllable);
    // Retroflex initials said as dental ones; n said as l; hu said as fu.
    if (s.starts_with("zh") || s.starts_with("ch") || s.starts_with("sh"))
        s.erase(1, 1);
    else if (s.size() > 1 && s[0] == 'n' && s[1] != 'g')
        s[0] = 'l';
    else if (s.starts_with("hu"))
        s[0] = 'f';
    // Back nasal finals said as front ones (ang, eng, ing, and with them iang, uang); ong stays.
    if (s.size() >= 3 && s.ends_with("ng") && s[s.size() - 3] != 'o') s.pop_back();
    return s;
}

SoundAlike::SoundAlike(const PinyinTable& table) : table_(table), accentClass_(table.syllableCount()) {
    std::unordered_map<std::string, uint16_t> ids;
    for (size_t s = 0; s < accentClass_.size(); ++s)
        accentClass_[s] =
            ids.emplace(accentSpelling(table.syllable(static_cast<uint16_t>(s))), static_cast<uint16_t>(ids.size()))
                .first->second;
}

const SoundAlike& SoundAlike::builtIn() {
    static const SoundAlike alike(PinyinTable::builtIn());
    return alike;
}

SoundLikeness SoundAlike::likeness(std::span<const Reading> ra, std::span<const Reading> rb) const {
    // Most characters have one reading: decided by three comparisons (this runs per edit-distance cell).
    if (ra.size() == 1 && rb.size() == 1) {
        if (ra[0].syllable == rb[0].syllable)
            return ra[0].tone == rb[0].tone ? SoundLikeness::HomophoneSameTone : SoundLikeness::Homophone;
        return accentClass_[ra[0].syllable] == accentClass_[rb[0].syllable] ? SoundLikeness::NearHomophone
                                                                            : SoundLikeness::Unlike;
    }
    SoundLikeness best = SoundLikeness::Unlike;
    for (const Reading& x : ra)
        for (const Reading& y : rb)
            if (x.syllable == y.syllable) {
                if (x.tone == y.tone) return SoundLikeness::HomophoneSameTone;
                best = SoundLikeness::Homophone;
            }
    if (best != SoundLikeness::Unlike) return best;
    for (const Reading& x : ra)
        for (const Reading& y : rb)
            if (accentClass_[x.syllable] == accentClass_[y.syllable]) return SoundLikeness::NearHomophone;
    return best;
}

}  // namespace ga::geocode
