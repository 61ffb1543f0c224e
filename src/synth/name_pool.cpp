#include "synth/name_pool.h"

#include <array>
#include <span>
#include <string_view>

namespace ga::synth {
namespace {

using Words = std::span<const std::string_view>;

// Brands are rich in homophone-prone characters on purpose: that is where registers go wrong.
constexpr std::string_view kBrands[] = {
    "华荣", "文峰", "和盛", "金地", "锦华", "阳光", "翠湖", "龙湖", "东方", "明珠", "世纪", "嘉和", "富力", "融泽",
    "盛世", "景泰", "汇丰", "瑞祥", "怡和", "康安", "青园", "春华", "佳园", "馨苑", "宁静", "清河", "林语", "美丽",
    "天和", "新华", "兴隆", "德胜", "平安", "上林", "山水", "湖光", "桥东", "凤凰", "祥和", "泰和", "光明", "文华",
    "福海", "金隅", "远洋", "首开", "保利", "万科", "中海", "金茂", "碧水", "紫金", "玉泉", "香山", "北辰", "望京",
    "博雅", "万和", "永泰", "长城", "荣丰", "宏福", "建华", "安华", "育新", "知春", "双榆", "红联", "友谊", "华清",
    "嘉铭", "阳春", "丰泽", "珠江", "绿城", "融创", "鑫苑", "华润", "中铁", "城建", "天通", "通达", "晶华", "美林",
    "静安", "锦绣", "和平", "盛华", "京华", "冠城", "逸成", "悦秀", "佳境", "世华", "翠微", "汇景", "明光", "宜家",
};
constexpr std::string_view kEndings[] = {
    "上海城", "财富广场", "世华城", "花园", "家园", "嘉园", "小区", "新城", "名苑", "雅苑", "公寓", "国际", "府",
    "悦府", "庭院", "北里", "南里", "西里", "东里", "苑", "佳苑", "华庭", "名都", "星城", "御园", "尚城", "锦园",
    "新村", "天地", "水岸", "学府", "大厦", "花苑", "丽景", "雅居", "公馆", "山庄", "湾", "里", "园",
};
constexpr std::string_view kWorks[] = {"纺织厂", "机床厂", "化工厂", "棉纺厂", "钢铁厂", "印刷厂", "电子管厂",
                                       "无线电厂", "汽车厂", "制药厂", "供电局", "铁路", "邮电局", "粮食局",
                                       "交通局", "水利局", "建工", "食品厂", "玻璃厂", "橡胶厂"};
constexpr std::string_view kOldEndings[] = {"宿舍", "家属院", "职工宿舍", "家属楼", "生活区"};
constexpr std::string_view kPlaceWords[] = {
    "友好", "和平", "团结", "幸福", "光明", "新华", "建设", "东升", "朝阳", "长青", "青园", "育新", "知春", "双榆树",
    "北太平庄", "花园", "学院", "科苑", "燕东", "清华", "蓟门", "志新", "健德", "塔院", "牡丹园", "北航", "西土城",
    "学知", "林大", "展春", "明光", "文慧", "红联", "小西天", "新街口", "索家坟", "西三环", "紫竹", "万寿", "永定",
    "太平", "羊坊", "甘家口", "八里庄", "北洼", "曙光", "车道沟", "厂洼", "四道口", "大钟寺", "皂君庙", "芙蓉",
    "稻香", "上河", "树村", "马连", "西苑", "颐和", "青龙", "六郎庄", "巴沟", "万泉", "苏州街", "海淀", "稻田",
    "东王", "西王", "碧桂", "荷清", "五道口", "成府", "蓝旗营", "双清", "清河", "毛纺", "安宁", "朱房", "当代",
    "美和", "永泰", "西二旗", "上地", "树村", "圆明园", "挂甲屯", "福缘门", "黄庄", "中关", "友谊", "科学",
};
constexpr std::string_view kRoadBases[] = {
    "人民", "建设", "解放", "和平", "友谊", "幸福", "光明", "长春", "青园", "八一", "二七", "五四", "三里河", "学院",
    "成府", "知春", "中关", "北四环", "花园", "大慧寺", "紫竹院", "车公庄", "西直门", "北洼", "玉渊潭", "阜成",
    "复兴", "万寿", "永定", "羊坊", "莲花池", "蓟门", "志新", "学清", "清华东", "林业", "双清", "荷清", "展春",
    "上地", "信息", "开拓", "创业", "安宁庄", "西三旗", "建材城", "永泰", "清河", "毛纺", "朱房", "小营", "育新",
    "黄平", "马甸", "北太平庄", "文慧园", "新街口外", "德胜门", "索家坟", "明光", "塔院", "花园北", "牡丹园",
    "海淀", "苏州", "万泉河", "颐和园", "西苑", "巴沟", "稻香园", "彩和坊", "善缘", "丹棱", "科学院南", "北三环",
    "交大东", "高梁桥", "白石桥", "首体南", "三虎桥", "四道口", "皂君庙", "大柳树", "北下关", "四季青", "田村",
    "阜石", "杏石口", "香山南", "金沟河", "玉泉", "旱河", "采石", "五孔桥", "厢红旗", "正白旗", "镶黄旗", "红山",
};
constexpr std::string_view kRoadEndings[] = {"路", "路", "路", "街", "大街", "东路", "西路", "南路", "北路", "中路"};
constexpr std::string_view kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
                                          "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢",
                                          "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅",
                                          "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛"};
constexpr std::string_view kVillageEndings[] = {"家庄村", "各庄村", "家营村", "家坟村", "家屯村", "庄村", "家店村", "家湾村"};
constexpr std::string_view kDirections[] = {"东", "西", "南", "北", "前", "后", "大", "小", "中", "新"};
constexpr std::string_view kShopBrands[] = {"好邻居", "老王", "鑫鑫", "便民", "惠民", "旺旺", "阿福", "顺发",
                                            "金福", "家乐", "小刘", "红星", "平安", "德顺", "利民", "聚福"};
constexpr std::string_view kShopKinds[] = {"便利店", "超市", "理发店", "面馆", "药店", "五金店", "洗衣店",
                                           "水果店", "烟酒店", "早餐店", "快递驿站", "维修部", "诊所", "书店",
                                           "花店", "茶叶店", "宠物店", "干洗店", "烧饼铺", "小吃店", "菜市场"};

std::string_view pickWord(Rng& rng, Words words) { return words[rng.below(words.size())]; }

}  // namespace

template <class Make>
std::string NamePool::unique(Make&& make) {
    for (int attempt = 0;; ++attempt) {
        std::string name = make();
        if (attempt >= 40) name = std::string(pickWord(rng_, kDirections)) + name;
        if (attempt >= 200) name += std::to_string(attempt);
        if (used_.insert(name).second) return name;
    }
}

CompoundName NamePool::compound() {
    for (int attempt = 0;; ++attempt) {
        CompoundName c{std::string(pickWord(rng_, kBrands)), std::string(pickWord(rng_, kEndings))};
        if (attempt >= 40) c.brand = std::string(pickWord(rng_, kDirections)) + c.brand;
        if (attempt >= 200) c.brand += std::to_string(attempt);
        if (used_.insert(c.full()).second) return c;
    }
}

std::string NamePool::oldCompoundName(const CompoundName& c) {
    return unique([&] {
        const double r = rng_.uniform();
        if (r < 0.35 && c.ending != "小区") return c.brand + "小区";
        if (r < 0.5) return c.brand + "新村";
        return std::string(pickWord(rng_, kWorks)) + std::string(pickWord(rng_, kOldEndings));
    });
}

std::string NamePool::community() {
    return unique([&] { return std::string(pickWord(rng_, kPlaceWords)) + "社区"; });
}

std::string NamePool::street() {
    return unique([&] { return std::string(pickWord(rng_, kPlaceWords)) + "街道"; });
}

std::string NamePool::road() {
    return unique([&] { return std::string(pickWord(rng_, kRoadBases)) + std::string(pickWord(rng_, kRoadEndings)); });
}

std::string NamePool::village() {
    return unique([&] {
        std::string name(pickWord(rng_, kSurnames));
        if (rng_.chance(0.3)) name = std::string(pickWord(rng_, kDirections)) + name;
        return name + std::string(pickWord(rng_, kVillageEndings));
    });
}

std::string NamePool::river() {
    return unique([&] { return std::string(pickWord(rng_, kPlaceWords)) + (rng_.chance(0.7) ? "河" : "渠"); });
}

std::string NamePool::shop(Rng& rng) {
    return std::string(pickWord(rng, kShopBrands)) + std::string(pickWord(rng, kShopKinds));
}

}  // namespace ga::synth
