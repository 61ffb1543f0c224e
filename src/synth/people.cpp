#include "synth/people.h"

#include <array>
#include <fmt/format.h>
#include <string_view>

namespace ga::synth {
namespace {

constexpr std::string_view kSurnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
    "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅",
    "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴",
    "夏", "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔",
    "白", "崔", "康", "毛", "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙", "万", "段", "雷", "钱", "汤",
    "尹", "黎", "易", "常", "武", "乔", "贺", "赖", "龚", "文", "欧阳", "司马", "诸葛", "上官"};
constexpr std::string_view kGiven[] = {
    "伟", "芳", "娜", "秀", "英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "兰", "霞", "平", "刚", "桂", "华", "建", "国", "文", "红", "玉", "海", "鹏", "飞", "辉", "燕", "宇",
    "浩", "婷", "雪", "琳", "晨", "欣", "佳", "悦", "子", "涵", "轩", "睿", "博", "思", "怡", "梓", "萱", "凯",
    "俊", "志", "丹", "萍", "春", "淑", "珍", "凤", "金", "荣", "德", "福", "成", "斌", "健", "亮", "波", "宁"};
constexpr std::string_view kRegions[] = {
    "110101", "110102", "110105", "110106", "110107", "110108", "110108", "110108", "110114", "110111",
    "130102", "130602", "320623", "410105", "210103", "370102", "340104", "510107", "420106", "150102",
    "230103", "360102", "610113", "130403", "410302", "120101", "140105", "220102", "430102", "350102"};
constexpr std::string_view kMobilePrefixes[] = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                                                "151", "152", "153", "155", "156", "157", "158", "159", "166", "176",
                                                "177", "178", "180", "181", "185", "186", "187", "188", "189", "199"};
constexpr std::string_view kTags[] = {"流动人口", "残疾人",   "低保",     "空巢老人", "独居老人",
                                      "社区矫正", "刑释人员", "精神障碍", "退役军人", "失业人员"};
constexpr std::array<double, 10> kTagWeights = {30, 12, 10, 14, 10, 2, 2, 3, 10, 7};
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheck[] = "10X98765432";

template <size_t N>
std::string_view pick(Rng& rng, const std::string_view (&words)[N]) {
    return words[rng.below(N)];
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

std::string personName(Rng& rng) {
    std::string name(pick(rng, kSurnames));
    name += pick(rng, kGiven);
    if (rng.chance(0.7)) name += pick(rng, kGiven);
    return name;
}

std::string idNumber(Rng& rng, int fromYear, int toYear, bool valid) {
    const int year = rng.between(fromYear, toYear);
    const int month = rng.between(1, 12);
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int days = kDays[month - 1] + (month == 2 && isLeap(year) ? 1 : 0);
    const int day = rng.between(1, days);
    std::string id = fmt::format("{}{:04}{:02}{:02}{:03}", pick(rng, kRegions), year, month, day, rng.between(1, 999));
    int sum = 0;
    for (int i = 0; i < 17; ++i) sum += (id[i] - '0') * kWeights[i];
    int check = sum % 11;
    if (!valid) check = (check + 1) % 11;
    id += kCheck[check];
    return id;
}

std::string mobilePhone(Rng& rng) {
    std::string phone(pick(rng, kMobilePrefixes));
    for (int i = 0; i < 8; ++i) phone += static_cast<char>('0' + rng.below(10));
    return phone;
}

std::string landline(Rng& rng) { return fmt::format("010-6{:07}", rng.below(10000000)); }

int householdMembers(Rng& rng) {
    static constexpr std::array<double, 7> kMembers = {16, 30, 28, 14, 7, 3, 2};
    return static_cast<int>(rng.weighted(kMembers)) + 1;
}

std::string householdTags(Rng& rng) {
    const double r = rng.uniform();
    if (r >= 0.11) return "";
    std::string tags(kTags[rng.weighted(kTagWeights)]);
    if (r < 0.015) {
        std::string_view second = kTags[rng.weighted(kTagWeights)];
        if (second != tags) {
            tags += ';';
            tags += second;
        }
    }
    return tags;
}

}  // namespace ga::synth
