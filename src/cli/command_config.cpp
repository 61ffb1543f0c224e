#include <fmt/format.h>
#include <iostream>

#include "cli/command.h"

namespace ga::cli {

int runConfig(const Args& a) {
    auto p = openProject(a);
    if (!p) return failWith(p.error());
    store::ProjectSettings s = p->settings();
    const std::string before = fmt::format("range={}-{} out_of_range={} operator={}", s.range.min, s.range.max,
                                           s.outOfRange == OutOfRangePolicy::Refuse ? "refuse" : "warn", s.operatorName);
    bool changed = false;
    if (auto op = a.value("operator")) s.operatorName = *op, changed = true;
    if (auto name = a.value("name")) s.name = *name, changed = true;
    if (auto tel = a.value("service-phone")) s.servicePhone = *tel, changed = true;
    if (auto r = a.value("range")) {
        auto range = HouseholdRange::parse(*r);
        if (!range) return failWith(range.error());
        s.range = *range;
        changed = true;
    }
    if (auto o = a.value("out-of-range")) {
        if (*o != "warn" && *o != "refuse") return failWith({fmt::format("--out-of-range '{}': use warn or refuse", *o)});
        s.outOfRange = *o == "refuse" ? OutOfRangePolicy::Refuse : OutOfRangePolicy::Warn;
        changed = true;
    }
    if (changed) {
        auto tx = store::Transaction::begin(p->db());
        if (!tx) return failWith(tx.error());
        if (auto r = p->saveSettings(s); !r) return failWith(r.error());
        const std::string after = fmt::format("range={}-{} out_of_range={} operator={}", s.range.min, s.range.max,
                                              s.outOfRange == OutOfRangePolicy::Refuse ? "refuse" : "warn",
                                              s.operatorName);
        if (auto r = p->logEdit({operatorOf(a, s), "config", "settings", after, before}); !r) return failWith(r.error());
        if (auto r = tx->commit(); !r) return failWith(r.error());
    }
    std::cout << fmt::format("name          {}\ndivision      {}\ncrs           EPSG:{}\nrange         {}-{}\n"
                             "out-of-range  {}\noperator      {}\nservice-phone {}\n",
                             s.name, s.division, s.srid, s.range.min, s.range.max,
                             s.outOfRange == OutOfRangePolicy::Refuse ? "refuse" : "warn", s.operatorName,
                             s.servicePhone);
    return 0;
}

}  // namespace ga::cli
