#include "synth/issue_generator.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <fmt/format.h>
#include <string_view>

namespace ga::synth {
namespace {

struct Category {
    std::string_view name;
    double weight;
    std::array<double, 12> season;  // per-month factor
    std::array<std::string_view, 5> subcategories;
    bool onStreet;                  // may happen on a road
};

constexpr std::array<double, 12> kFlat = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
constexpr Category kCategories[] = {
    {"环境卫生", 28, {0.8, 0.7, 0.9, 1.0, 1.2, 1.4, 1.5, 1.5, 1.3, 1.0, 0.9, 0.8},
     {"垃圾堆放", "楼道堆物", "污水外溢", "小广告", "绿化损毁"}, true},
    {"市政设施", 18, {0.9, 0.9, 1.0, 1.0, 1.0, 1.2, 1.5, 1.5, 1.1, 1.0, 0.9, 0.9},
     {"路灯损坏", "井盖缺失", "道路破损", "下水道堵塞", "健身器材损坏"}, true},
    {"安全隐患", 15, {1.5, 1.4, 1.1, 0.9, 0.8, 0.8, 0.8, 0.8, 0.9, 1.1, 1.4, 1.6},
     {"消防通道堵塞", "电动车楼道充电", "燃气泄漏隐患", "外墙脱落", "违规用电"}, true},
    {"民生诉求/服务", 14, kFlat, {"养老服务", "证照代办", "就业帮扶", "低保咨询", "适老化改造"}, false},
    {"矛盾纠纷", 10, {1.2, 1.3, 1.0, 1.0, 1.0, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1},
     {"邻里纠纷", "家庭纠纷", "物业纠纷", "劳资纠纷", "租赁纠纷"}, false},
    {"治安隐患", 6, kFlat, {"可疑人员", "盗窃隐患", "群租房", "非法营运", "噪音扰民"}, true},
    {"特殊人群动态", 5, kFlat, {"独居老人探访", "社区矫正人员动态", "精神障碍患者随访", "重点人员走访", "困境儿童关爱"}, false},
    {"其他", 4, kFlat, {"其他", "咨询", "建议", "表扬", "其他"}, false},
};
constexpr std::string_view kReportForms[] = {"居民反映{}{}，请尽快处理。", "网格员巡查发现{}{}，已拍照上报。",
                                            "{}{}，已协调物业先行处置。", "{}{}，需相关部门处理。"};
constexpr std::array<double, 12> kMonthWeights = {0.8, 0.7, 0.9, 1.0, 1.1, 1.2, 1.3, 1.3, 1.1, 1.0, 0.9, 0.8};
constexpr int kMonthDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
constexpr long long kMinutesPerDay = 24 * 60;
constexpr long long kYearMinutes = 365 * kMinutesPerDay;

// Cumulative weights for picking sites in O(log n).
std::vector<double> cumulative(const std::vector<IssueSite>& sites, const std::vector<double>& boost) {
    std::vector<double> out(sites.size());
    double sum = 0;
    for (size_t i = 0; i < sites.size(); ++i) out[i] = sum += sites[i].weight * boost[i];
    return out;
}

const char* levelFor(std::string_view severity, Rng& rng) {
    static constexpr const char* kLevels[] = {"网格", "社区", "街道", "区职能部门"};
    static constexpr std::array<double, 4> kNormal = {70, 22, 7, 1}, kSerious = {35, 35, 22, 8}, kMajor = {10, 25, 40, 25};
    const auto& w = severity == "一般" ? kNormal : severity == "较大" ? kSerious : kMajor;
    return kLevels[rng.weighted(w)];
}

}  // namespace

std::string ledgerTime(long long minutes) {
    using namespace std::chrono;
    const sys_days day = sys_days{year{kLedgerYear} / January / 1} + days{minutes / kMinutesPerDay};
    const year_month_day ymd{day};
    const long long inDay = minutes % kMinutesPerDay;
    return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:00", static_cast<int>(ymd.year()),
                       static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), inDay / 60, inDay % 60);
}

void generateIssues(const std::vector<IssueSite>& sites, int count, size_t grid, const std::vector<std::string>& reporters,
                    const Lattice& lattice, const std::string& idPrefix, int& sequence, Rng& rng,
                    std::vector<SynthIssue>& out) {
    if (sites.empty() || count <= 0) return;
    // A few hot spots draw a large share: the clusters a heatmap should show.
    std::vector<double> boost(sites.size(), 1.0);
    const int hotSpots = rng.between(1, 3);
    for (int h = 0; h < hotSpots; ++h) boost[rng.below(sites.size())] *= rng.uniform(15, 40);
    const std::vector<double> cum = cumulative(sites, boost);

    std::array<double, std::size(kCategories)> categoryWeights{};
    for (int n = 0; n < count; ++n) {
        const IssueSite& site = sites[static_cast<size_t>(
            std::upper_bound(cum.begin(), cum.end(), rng.uniform() * cum.back()) - cum.begin())];
        const int month = static_cast<int>(rng.weighted(kMonthWeights));
        for (size_t c = 0; c < std::size(kCategories); ++c)
            categoryWeights[c] = (site.street && !kCategories[c].onStreet) ? 0 : kCategories[c].weight * kCategories[c].season[month];
        const Category& cat = kCategories[rng.weighted(categoryWeights)];

        long long day = rng.below(static_cast<uint64_t>(kMonthDays[month]));
        for (int m = 0; m < month; ++m) day += kMonthDays[m];
        static constexpr std::array<double, 15> kHours = {3, 6, 9, 10, 9, 6, 7, 9, 9, 8, 7, 6, 5, 4, 2};
        const long long reported = day * kMinutesPerDay + (7 + static_cast<long long>(rng.weighted(kHours))) * 60 +
                                   static_cast<long long>(rng.below(60));

        SynthIssue issue;
        issue.issueId = fmt::format("{}{:05}", idPrefix, ++sequence);
        issue.category = cat.name;
        issue.subcategory = cat.subcategories[rng.below(cat.subcategories.size())];
        const double s = rng.uniform();
        issue.severity = s < 0.85 ? "一般" : s < 0.97 ? "较大" : "重大";
        issue.title = site.place + issue.subcategory;
        issue.description = fmt::format(fmt::runtime(kReportForms[rng.below(std::size(kReportForms))]), site.place,
                                        issue.subcategory);
        issue.reportedAt = ledgerTime(reported);
        issue.reporter = rng.chance(0.75) ? reporters[rng.below(reporters.size())] : rng.chance(0.6) ? "居民" : "12345热线";
        issue.address = site.address;
        issue.level = levelFor(issue.severity, rng);
        const long long limitDays = issue.severity == "一般" ? 7 : issue.severity == "较大" ? 3 : 1;
        issue.deadline = ledgerTime(reported + limitDays * kMinutesPerDay);

        // The state follows the age at the end of the year: old issues are mostly closed.
        const double ageDays = static_cast<double>(kYearMinutes - reported) / kMinutesPerDay;
        const double closedShare = ageDays > 30 ? 0.88 : ageDays > 7 ? 0.6 : 0.2;
        const double r = rng.uniform();
        if (r < 0.03) {
            issue.state = "不予受理";
            issue.closedAt = ledgerTime(std::min(kYearMinutes - 1, reported + 60 * rng.between(2, 30)));
        } else if (r < 0.03 + 0.97 * closedShare) {
            issue.state = rng.chance(0.65) ? "办结" : "销号";
            // Mostly within the deadline, one in ten late.
            const double days = rng.chance(0.9) ? rng.uniform(0.05, 1.0) * limitDays : limitDays * rng.uniform(1.1, 4);
            issue.closedAt = ledgerTime(std::min(kYearMinutes - 1, reported + static_cast<long long>(days * kMinutesPerDay)));
        } else {
            static constexpr const char* kOld[] = {"处置", "处置", "反馈", "核查"};
            static constexpr const char* kRecent[] = {"上报", "受理", "派遣", "处置", "反馈", "核查"};
            issue.state = ageDays > 7 ? kOld[rng.below(std::size(kOld))] : kRecent[rng.below(std::size(kRecent))];
        }

        // Location: near the site, inside its cell (so inside the grid).
        double u, v;
        if (site.street) {
            u = rng.uniform(site.uv.u0, site.uv.u1);
            v = rng.uniform(site.uv.v0, site.uv.v1);
        } else {
            u = std::clamp((site.uv.u0 + site.uv.u1) / 2 + rng.normal() * 0.05, 0.01, 0.99);
            v = std::clamp((site.uv.v0 + site.uv.v1) / 2 + rng.normal() * 0.05, 0.01, 0.99);
        }
        issue.location = lattice.map(site.cellX, site.cellY, u, v);
        issue.grid = grid;
        out.push_back(std::move(issue));
    }
}

}  // namespace ga::synth
