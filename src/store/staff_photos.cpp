#include "store/staff_photos.h"

namespace ga::store {

Result<std::map<int64_t, std::vector<uint8_t>>> staffPhotos(Project& project) {
    auto st = project.db().prepare("SELECT id, photo FROM staff WHERE photo IS NOT NULL AND length(photo) > 0");
    if (!st) return std::unexpected(st.error());
    std::map<int64_t, std::vector<uint8_t>> out;
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        const std::span<const uint8_t> bytes = st->blob(1);
        out.emplace(st->integer(0), std::vector<uint8_t>(bytes.begin(), bytes.end()));
    }
    return out;
}

}  // namespace ga::store
