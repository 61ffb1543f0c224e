#include "store/address_aliases.h"

#include <fmt/format.h>

namespace ga::store {

Result<void> saveAddressAlias(Project& project, const AddressAlias& a) {
    if (a.alias.empty() || a.canonical.empty()) return fail("an alias needs its text and the name it stands for");
    if (a.kind != "compound" && a.kind != "road" && a.kind != "address")
        return fail(fmt::format("alias '{}': kind '{}' is not compound, road or address", a.alias, a.kind));
    auto st = project.db().prepare("INSERT OR REPLACE INTO address_aliases(alias, canonical, kind) VALUES (?, ?, ?)");
    if (!st) return std::unexpected(st.error());
    st->bind(1, a.alias).bind(2, a.canonical).bind(3, a.kind);
    return st->run();
}

Result<bool> removeAddressAlias(Project& project, const std::string& alias) {
    auto st = project.db().prepare("DELETE FROM address_aliases WHERE alias = ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, alias);
    if (auto r = st->run(); !r) return std::unexpected(r.error());
    return project.db().changes() > 0;
}

Result<std::optional<AddressAlias>> findAddressAlias(Project& project, const std::string& alias) {
    auto st = project.db().prepare("SELECT alias, canonical, kind FROM address_aliases WHERE alias = ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, alias);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::optional<AddressAlias>();
    return std::optional<AddressAlias>(AddressAlias{st->text(0), st->text(1), st->text(2)});
}

}  // namespace ga::store
