// Writes the geocoding accuracy test set of the sample community (tests/geocode/data/
// youhao_addresses.csv): addresses of the sample's buildings written the many ways registers
// write them — by the same messy-address writer `synth` uses — plus addresses of buildings that
// do not exist and of another district, each with its truth (the building key, or "-").
//   geocode_address_set <build>/samples/youhao.sqlite tests/geocode/data/youhao_addresses.csv
// Deterministic: the same sample gives the same file.
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>

#include "geocode/divisions.h"
#include "geocode/unicode.h"
#include "store/address_sources.h"
#include "synth/address_writer.h"

namespace {

using ga::synth::AddressTruth;
using ga::synth::Rng;

constexpr size_t kAddresses = 2400;
constexpr size_t kAbsent = 240;
constexpr uint64_t kSeed = 20251126;

std::string divisionName(std::string_view code) {
    const auto& list = ga::geocode::DivisionList::national();
    const int64_t i = list.find(code);
    return i < 0 ? std::string() : ga::toUtf8(list[static_cast<uint32_t>(i)].name);
}

std::string csvCell(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

int numberOf(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }) ? std::stoi(s)
                                                                                                      : -1;
}

struct Writer {
    std::ofstream out;
    void row(const std::string& address, const std::string& truth, const std::string& form) {
        out << csvCell(address) << ',' << csvCell(truth) << ',' << csvCell(form) << '\n';
    }
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: geocode_address_set SAMPLE.sqlite OUT.csv\n";
        return 2;
    }
    auto project = ga::store::Project::open(argv[1], true);
    if (!project) {
        std::cerr << project.error().message << "\n";
        return 2;
    }
    auto sources = ga::store::readAddressSources(*project);
    if (!sources) {
        std::cerr << sources.error().message << "\n";
        return 2;
    }
    const std::string& division = sources->division;
    AddressTruth base;
    base.province = divisionName(division.substr(0, 2));
    base.city = divisionName(division.substr(0, 4));
    base.county = divisionName(division.substr(0, 6));
    if (!sources->communities.empty()) {
        base.community = sources->communities.front().name;
        base.street = sources->communities.front().street;
    }
    std::map<std::string, std::vector<std::string>> aliases;
    for (const auto& c : sources->compounds) {
        auto& list = aliases[c.name];
        size_t at = 0;
        while (at <= c.aliases.size()) {
            const size_t end = std::min(c.aliases.find(';', at), c.aliases.size());
            if (end > at) list.push_back(c.aliases.substr(at, end - at));
            at = end + 1;
        }
    }

    // A compound's gate as its organisations write it: 人民路93号华荣上海城.
    std::map<std::string, std::pair<std::string, std::string>> gates;
    for (const std::string& a : sources->placeAddresses)
        for (const auto& c : sources->compounds) {
            if (!a.ends_with(c.name) || a.size() <= c.name.size()) continue;
            std::string head = a.substr(0, a.size() - c.name.size());
            if (!head.ends_with("号")) continue;
            head.resize(head.size() - std::string_view("号").size());
            size_t digits = head.size();
            while (digits > 0 && head[digits - 1] >= '0' && head[digits - 1] <= '9') --digits;
            if (digits == head.size() || digits == 0) continue;
            gates.emplace(c.name, std::pair{head.substr(0, digits), head.substr(digits)});
        }

    std::vector<const ga::store::AddressBuilding*> homes;
    std::vector<double> weights;
    std::map<std::string, int> largestNumber;
    std::map<std::string, std::vector<int>> doors;
    for (const auto& b : sources->buildings) {
        if (!b.compound.empty()) largestNumber[b.compound] = std::max(largestNumber[b.compound], numberOf(b.number));
        if (!b.road.empty()) doors[b.road].push_back(numberOf(b.door));
        if (b.households <= 0) continue;
        homes.push_back(&b);
        weights.push_back(b.households);
    }

    Rng rng(kSeed);
    auto truthOf = [&](const ga::store::AddressBuilding& b) {
        AddressTruth t = base;
        if (!b.compound.empty()) {
            t.compound = b.compound;
            t.oldNames = aliases[b.compound];
            t.building = b.number;
            if (const auto g = gates.find(b.compound); g != gates.end()) {
                t.road = g->second.first;
                t.door = g->second.second;
            }
        } else {
            t.road = b.road;
            t.door = b.door;
        }
        t.unit = b.units > 1 || (b.units == 1 && rng.chance(0.5)) ? rng.between(1, b.units) : 0;
        t.floor = rng.between(1, std::max(1, b.floors));
        t.room = b.floors > 0 ? fmt::format("{}{:02}", t.floor, rng.between(1, 2)) : "";
        return t;
    };

    Writer w{std::ofstream(argv[2], std::ios::binary | std::ios::trunc)};
    w.out << "address,truth,form\n";
    for (size_t i = 0; i < kAddresses; ++i) {
        const auto& b = *homes[rng.weighted(weights)];
        const AddressTruth t = truthOf(b);
        const auto sample = ga::synth::writeAddress(t, ga::synth::randomAddressForm(rng), rng);
        w.row(sample.text, b.compound.empty() ? b.road + "#" + b.door : b.compound + "#" + b.number, sample.form);
    }
    // Buildings that do not exist: a number past the compound's last, a door the road does not
    // have, a compound nobody built, and the sample's own compounds in another district.
    const std::vector<std::string> strangers = {"幸福家园", "锦绣花园", "阳光新城"};
    for (size_t i = 0; i < kAbsent; ++i) {
        AddressTruth t = truthOf(*homes[rng.weighted(weights)]);
        std::string kind;
        switch (i % 4) {
            case 0:
                if (!t.compound.empty()) {
                    t.building = std::to_string(largestNumber[t.compound] + rng.between(1, 6));
                    kind = "absent_building";
                } else {
                    const auto& used = doors[t.road];
                    int door = std::stoi(t.door) + rng.between(1, 40);
                    while (std::find(used.begin(), used.end(), door) != used.end()) ++door;
                    t.door = std::to_string(door);
                    kind = "absent_door";
                }
                break;
            case 1:
            case 2:
                t.compound = strangers[rng.below(strangers.size())];
                t.oldNames.clear();
                t.building = std::to_string(rng.between(1, 12));
                t.road.clear();
                t.door.clear();
                kind = "absent_compound";
                break;
            default:
                t.province = "北京市";
                t.city = "北京市";
                t.county = "海淀区";
                t.street = "学院路街道";
                t.community = "";
                kind = "other_district";
                break;
        }
        ga::synth::AddressForm form = ga::synth::randomAddressForm(rng);
        if (kind == "other_district")
            form.admin = rng.chance(0.5) ? ga::synth::AdminPrefix::City : ga::synth::AdminPrefix::Full;
        const auto sample = ga::synth::writeAddress(t, form, rng);
        w.row(sample.text, "-", kind + ":" + sample.form);
    }
    w.out.flush();
    if (!w.out) {
        std::cerr << argv[2] << ": writing failed\n";
        return 2;
    }
    std::cout << fmt::format("{} addresses of existing buildings, {} of absent ones\n", kAddresses, kAbsent);
    return 0;
}
