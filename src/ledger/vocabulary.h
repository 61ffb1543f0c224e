#pragma once
// The ledger's words: issue categories, severities and the levels an issue sits at, with the
// other spellings ledgers use for them. Stored values are the canonical Chinese names.
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace ga::ledger {

/// The categories community grids use (DOMAIN.md), 其他 last.
std::span<const std::string_view> categories();
inline constexpr std::string_view kOtherCategory = "其他";
/// The canonical category for a ledger's value: itself, or what an alias stands for
/// ("民生诉求" → "民生诉求/服务", "纠纷" → "矛盾纠纷"); nullopt when unknown.
std::optional<std::string_view> canonicalCategory(std::string_view value);

enum class Severity : uint8_t { Normal, Serious, Major };
inline constexpr int kSeverityCount = 3;
/// 一般 / 较大 / 重大.
std::string_view severityName(Severity s);
/// Canonical or alias (一般性, 紧急 ...); nullopt when unknown.
std::optional<Severity> parseSeverity(std::string_view value);
/// Heatmap weight "by severity": 1, 2, 4.
double severityWeight(Severity s);
/// Days an issue of this severity has before it is overdue: 7, 3, 1.
int deadlineDays(Severity s);

/// The level an issue sits at (逐级上报: 网格 → 社区 → 街道 → 区职能部门).
enum class Level : uint8_t { Grid, Community, Street, Department };
inline constexpr int kLevelCount = 4;
std::string_view levelName(Level l);
/// Canonical or alias (职能部门, 部门, 街道办 ...); nullopt when unknown.
std::optional<Level> parseLevel(std::string_view value);

}  // namespace ga::ledger
