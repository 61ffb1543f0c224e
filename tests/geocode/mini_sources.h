#pragma once
// A small community to match addresses against, in memory: two compounds (one with aliases,
// one with a lettered building), an estate in two phases, houses on a road, the community and
// its street, as store::readAddressSources would return them.
#include "store/address_sources.h"

namespace ga::geocode::test {

inline store::AddressSources miniSources() {
    store::AddressSources s;
    s.division = "320623001001";
    s.communities = {{"320623001001", "友好社区", "掘港街道"}};
    int64_t id = 0;
    auto add = [&](std::string compound, std::string number, std::string road, std::string door, int units, int floors,
                   int households) {
        s.buildings.push_back({++id, std::move(compound), std::move(number), std::move(road), std::move(door), "",
                               units, floors, households, "320623001001001", "友好社区"});
    };
    add("华荣上海城", "1", "", "", 3, 6, 36);     // 1
    add("华荣上海城", "2", "", "", 3, 6, 30);     // 2
    add("华荣上海城", "12", "", "", 2, 18, 72);   // 3
    add("和盛世华城", "1", "", "", 3, 6, 27);     // 4
    add("和盛世华城", "16", "", "", 3, 6, 21);    // 5
    add("文峰财富广场", "A", "", "", 1, 18, 57);  // 6
    add("馨苑花苑一期", "3", "", "", 2, 11, 40);  // 7
    add("馨苑花苑二期", "3", "", "", 2, 11, 40);  // 8
    add("馨苑花苑二期", "5", "", "", 2, 11, 40);  // 9
    add("", "", "育才路", "77", 2, 6, 17);        // 10
    add("", "", "育才路", "79", 2, 6, 24);        // 11
    add("", "", "八一路", "5号", 0, 2, 1);        // 12
    s.compounds = {{"华荣上海城", "华荣;华荣城;华荣上海城小区", "友好社区"},
                   {"和盛世华城", "和盛华城", "友好社区"},
                   {"文峰财富广场", "财富广场", "友好社区"}};
    s.roads = {"育才路", "八一路", "人民路", "镶黄旗东路"};
    s.placeAddresses = {"人民路93号华荣上海城"};
    return s;
}

}  // namespace ga::geocode::test
