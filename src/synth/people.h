#pragma once
// Fake residents and staff: names, resident ID numbers with valid GB 11643 check digits (and a
// few deliberately wrong ones, as registers have), phone numbers, household sizes and tags.
#include <string>

#include "synth/rng.h"

namespace ga::synth {

/// A person's name: a common surname and one or two given-name characters.
std::string personName(Rng& rng);
/// An 18-character resident ID of someone born in [fromYear, toYear]; its check digit is right
/// unless `valid` is false (then it is off by one).
std::string idNumber(Rng& rng, int fromYear, int toYear, bool valid = true);
/// A mainland mobile number (11 digits).
std::string mobilePhone(Rng& rng);
/// A Beijing landline, 010-6xxxxxxx.
std::string landline(Rng& rng);
/// Members of a household, 1–7, with the usual weights.
int householdMembers(Rng& rng);
/// Attention tags of a household ("" for most; "空巢老人;残疾人" for some).
std::string householdTags(Rng& rng);

}  // namespace ga::synth
