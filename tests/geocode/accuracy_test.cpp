// Accuracy of the geocoder on the sample community at the default threshold, over
// data/youhao_addresses.csv (see make_address_set.cpp): addresses of the sample's buildings in
// every form registers use, and addresses of buildings that do not exist. Prints the rates and,
// per address form, what is still missed.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include "geocode/batch_matcher.h"
#include "geocode/geocoder.h"
#include "store/address_sources.h"
#include "store/summary.h"

using namespace ga;
using namespace ga::geocode;

namespace {

struct Sample {
    std::string address, truth, form;
};

// One CSV record (quoted cells may hold commas and doubled quotes).
std::vector<std::string> cells(const std::string& line) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            out.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    return out;
}

std::vector<Sample> readSamples() {
    std::ifstream in(GA_TEST_DATA "/youhao_addresses.csv", std::ios::binary);
    std::vector<Sample> out;
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        auto c = cells(line);
        if (c.size() == 3) out.push_back({c[0], c[1], c[2]});
    }
    return out;
}

std::string keyOf(const AddressIndex& index, uint32_t b) {
    const IndexedBuilding& ib = index.buildings()[b];
    if (ib.compound != kNone) return index.compounds()[ib.compound].name + "#" + ib.number;
    return (ib.road != kNone ? index.roadNames()[ib.road] : std::string()) + "#" + ib.door;
}

// "dash+admin:full+compound:homophone" → "dash", "admin:full", "compound:homophone".
std::vector<std::string> formParts(const std::string& form) {
    std::vector<std::string> out;
    size_t at = 0;
    while (at <= form.size()) {
        const size_t end = std::min(form.find('+', at), form.size());
        out.push_back(form.substr(at, end - at));
        at = end + 1;
    }
    return out;
}

struct Tally {
    int total = 0, autoRight = 0, firstRight = 0, wrongAuto = 0;
};

class Accuracy : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        auto project = store::Project::open(GA_YOUHAO_PROJECT, true);
        ASSERT_TRUE(project) << project.error().message;
        auto sources = store::readAddressSources(*project);
        ASSERT_TRUE(sources) << sources.error().message;
        index_ = new AddressIndex(AddressIndex::build(*sources));
        samples_ = new std::vector<Sample>(readSamples());
    }
    static void TearDownTestSuite() {
        delete index_;
        delete samples_;
    }
    static AddressIndex* index_;
    static std::vector<Sample>* samples_;
};

AddressIndex* Accuracy::index_ = nullptr;
std::vector<Sample>* Accuracy::samples_ = nullptr;

TEST_F(Accuracy, MeetsTheTargetsOnTheSampleCommunity) {
    ASSERT_GE(samples_->size(), 2000u);
    auto results = matchBatch(
        *index_, samples_->size(), [&](size_t i) { return std::string_view((*samples_)[i].address); },
        [](size_t) { return false; }, BatchOptions{});
    ASSERT_TRUE(results) << results.error().message;
    Tally all, absent;
    std::map<std::string, Tally> byForm;
    std::map<std::string, std::vector<std::string>> missed;
    for (size_t i = 0; i < samples_->size(); ++i) {
        const Sample& s = (*samples_)[i];
        const MatchResult& r = (*results)[i];
        const bool linked = r.linkable(kDefaultThreshold);
        const std::string best = r.candidateCount ? keyOf(*index_, r.candidates[0].building) : "";
        if (s.truth == "-") {
            ++absent.total;
            absent.wrongAuto += linked;
            if (linked) missed["absent"].push_back(fmt::format("{} → {}", s.address, best));
            continue;
        }
        Tally one;
        one.total = 1;
        one.autoRight = linked && best == s.truth;
        one.firstRight = best == s.truth;
        one.wrongAuto = linked && best != s.truth;
        for (Tally* t : {&all}) {
            t->total += one.total;
            t->autoRight += one.autoRight;
            t->firstRight += one.firstRight;
            t->wrongAuto += one.wrongAuto;
        }
        for (const std::string& part : formParts(s.form)) {
            Tally& t = byForm[part];
            t.total += one.total;
            t.autoRight += one.autoRight;
            t.firstRight += one.firstRight;
            t.wrongAuto += one.wrongAuto;
        }
        if (!one.autoRight)
            missed[s.form].push_back(
                fmt::format("{} [{}] → {} ({}, {:.2f})", s.address, s.truth, best, reasonId(r.reason()), r.confidence));
    }
    const double n = all.total;
    fmt::print("geocoding accuracy, {} addresses of existing buildings, {} of absent ones (threshold {:.2f})\n",
               all.total, absent.total, kDefaultThreshold);
    fmt::print("  linked automatically to the right building  {:.2f}%\n", 100 * all.autoRight / n);
    fmt::print("  right automatically or as first candidate    {:.2f}%\n", 100 * all.firstRight / n);
    fmt::print("  wrong automatic links                       {:.2f}% ({})\n", 100 * all.wrongAuto / n, all.wrongAuto);
    fmt::print("  absent buildings linked                      {}\n", absent.wrongAuto);
    fmt::print("  per form part: addresses, auto-right %, first-right %\n");
    for (const auto& [form, t] : byForm)
        if (t.autoRight < t.total)
            fmt::print("    {:<22}{:>6}{:>9.1f}{:>9.1f}\n", form, t.total, 100.0 * t.autoRight / t.total,
                       100.0 * t.firstRight / t.total);
    fmt::print("  not linked automatically (form: address [truth] → best candidate (reason, confidence)):\n");
    for (const auto& [form, list] : missed)
        for (const std::string& m : list) fmt::print("    {}: {}\n", form, m);

    // Typos drawn from the writer's own model, not from a list the matcher shares: a homophone
    // of the same syllable is forgiven like the plain name, an accent's near-homophone nearly so.
    const Tally& homophone = byForm["compound:homophone"];
    const Tally& accent = byForm["compound:near_homophone"];
    ASSERT_GT(homophone.total, 20);
    ASSERT_GT(accent.total, 10);
    EXPECT_GE(homophone.autoRight, 0.95 * homophone.total);
    EXPECT_GE(accent.autoRight, 0.85 * accent.total);
    EXPECT_EQ(accent.firstRight, accent.total);

    EXPECT_GE(all.autoRight, 0.95 * n);
    EXPECT_GE(all.firstRight, 0.98 * n);
    EXPECT_LE(all.wrongAuto, 0.001 * n);
    EXPECT_EQ(absent.wrongAuto, 0);
}

// The sample build geocodes both registers (households_a.csv in GBK, households_b.xlsx): every
// household lands on the building its address names, so each building holds exactly as many
// linked households as its attribute says and every grid counts by links.
TEST(SampleRegisters, LinkEveryHouseholdToItsBuilding) {
    auto project = store::Project::open(GA_YOUHAO_PROJECT, true);
    ASSERT_TRUE(project) << project.error().message;
    auto& db = project->db();
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM households h LEFT JOIN household_links l ON l.household = h.id "
                           "WHERE l.building IS NULL")
                  ->value_or(-1),
              0);
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM review_queue")->value_or(-1), 0);
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM buildings b WHERE coalesce(b.households, 0) <> "
                           "(SELECT count(*) FROM household_links l WHERE l.building = b.id)")
                  ->value_or(-1),
              0);
    auto grids = store::gridCounts(*project);
    ASSERT_TRUE(grids) << grids.error().message;
    ASSERT_EQ(grids->size(), 12u);
    long long total = 0;
    for (const auto& g : *grids) {
        EXPECT_EQ(g.source, store::HouseholdSource::Links) << g.code;
        total += g.households;
    }
    EXPECT_EQ(total, 4101);
}

}  // namespace
