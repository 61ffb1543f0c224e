#include "register_layout.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ga::plugin::household_register {
namespace {

// The header is looked for within the first rows only: below them the rows are data.
constexpr int kHeaderSearchRows = 15;

QString compact(const QString& s) {
    QString out = s.normalized(QString::NormalizationForm_KC);
    out.remove(QRegularExpression(QStringLiteral("\\s")));
    return out;
}

QString cell(const QStringList& row, int col) { return col >= 0 && col < row.size() ? row[col].trimmed() : QString(); }

// Which target a header label names; the more specific words are tried first.
void assignColumn(RegisterColumns& c, const QString& label, int col) {
    auto has = [&](const char* word) { return label.contains(QString::fromUtf8(word)); };
    auto set = [&](int& slot) {
        if (slot < 0) slot = col;
    };
    if (label.isEmpty() || has("序号")) return;
    if (has("身份证"))
        set(c.idNumber);
    else if (has("电话") || has("手机"))
        set(c.phone);
    else if (has("户编号") || label == QString::fromUtf8("户号"))
        set(c.householdId);
    else if (has("户主") || has("姓名"))
        set(c.name);
    else if (has("人口") || has("人数"))
        set(c.members);
    else if (has("标签") || has("人员类别") || has("关注"))
        set(c.tags);
    else if (has("小区"))
        set(c.compound);
    else if (has("单元"))
        set(c.unit);
    else if (has("楼栋") || has("楼号") || has("栋号") || has("幢") || label == QString::fromUtf8("栋"))
        set(c.building);
    else if (has("室") || has("房号") || has("房间") || has("门牌"))
        set(c.room);
}

RegisterColumns columnsOf(const QStringList& header, const QStringList* above) {
    RegisterColumns c;
    const qsizetype n = std::max(header.size(), above ? above->size() : 0);
    for (int col = 0; col < n; ++col) {
        QString label = compact(cell(header, col));
        // A two-row header: columns merged down keep their label in the upper row.
        if (label.isEmpty() && above) label = compact(cell(*above, col));
        assignColumn(c, label, col);
    }
    return c;
}

QString compoundFromTitle(const QList<QStringList>& rows, int headerRow) {
    static const QRegularExpression labelled(QStringLiteral("小区[:：]\\s*([^\\s,，;；]+)"));
    static const QRegularExpression suffix(
        QStringLiteral("(住户|户籍|居民|人口|住户信息)?(登记表|花名册|信息表|统计表)$"));
    QString title;
    for (int r = 0; r < headerRow && r < rows.size(); ++r) {
        for (const QString& c : rows[r]) {
            const QString text = compact(c);
            if (text.isEmpty()) continue;
            if (auto m = labelled.match(c.normalized(QString::NormalizationForm_KC)); m.hasMatch())
                return m.captured(1);
            if (title.isEmpty() && suffix.match(text).hasMatch()) title = text;
        }
    }
    title.remove(suffix);
    // "友好社区华荣上海城" → "华荣上海城": the community comes first in such titles.
    const QString community = QString::fromUtf8("社区");
    if (const qsizetype at = title.lastIndexOf(community); at >= 0) title = title.mid(at + community.size());
    return title;
}

int chineseDigit(QChar c) {
    static const QString digits = QString::fromUtf8("〇一二三四五六七八九");
    if (const qsizetype i = digits.indexOf(c); i >= 0) return static_cast<int>(i);
    if (c == QChar(0x96F6)) return 0;  // 零
    if (c == QChar(0x4E24)) return 2;  // 两
    return -1;
}

// 十二 → 12, 二十一 → 21, 一百零五 → 105; -1 when `s` is not a Chinese numeral.
int chineseNumber(const QString& s) {
    if (s.isEmpty()) return -1;
    int total = 0, digit = -1;
    for (QChar c : s) {
        if (const int d = chineseDigit(c); d >= 0) {
            digit = d;
        } else if (c == QChar(0x5341) || c == QChar(0x767E)) {  // 十, 百
            const int unit = c == QChar(0x5341) ? 10 : 100;
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        } else {
            return -1;
        }
    }
    return total + (digit < 0 ? 0 : digit);
}

bool isTotalRow(const QStringList& row) {
    for (const QString& c : row) {
        const QString t = compact(c);
        if (t.startsWith(QString::fromUtf8("合计")) || t.startsWith(QString::fromUtf8("小计")) ||
            t.startsWith(QString::fromUtf8("总计")))
            return true;
    }
    return false;
}

bool isBlank(const QStringList& row) {
    for (const QString& c : row)
        if (!c.trimmed().isEmpty()) return false;
    return true;
}

}  // namespace

Result<RegisterLayout> findLayout(const QList<QStringList>& rows) {
    for (int r = 0; r < rows.size() && r < kHeaderSearchRows; ++r) {
        const QStringList* above = r > 0 ? &rows[r - 1] : nullptr;
        RegisterColumns c = columnsOf(rows[r], above);
        if (c.building < 0 || c.room < 0) continue;
        RegisterLayout layout{r, c, {}};
        if (c.compound < 0) {
            layout.compound = compoundFromTitle(rows, r);
            if (layout.compound.isEmpty())
                return fail(QCoreApplication::translate(
                                "HouseholdRegister",
                                "第 %1 行表头没有“小区”列，标题行也没有写明小区名称（如“华荣上海城住户登记表”）")
                                .arg(r + 1)
                                .toStdString());
        }
        return layout;
    }
    return fail(QCoreApplication::translate("HouseholdRegister", "前 %1 行中找不到同时含“楼栋”和“室号/房号”列的表头")
                    .arg(kHeaderSearchRows)
                    .toStdString());
}

QString normaliseNumber(const QString& text) {
    QString s = compact(text);
    static const QRegularExpression words(QStringLiteral("^第|(号楼|号|栋|幢|座|楼|单元|门|梯|室|户|#)$"));
    s.remove(words);
    if (const int n = chineseNumber(s); n >= 0) return QString::number(n);
    return s.toUpper();
}

QString composeAddress(const RegisterEntry& e) {
    QString a = e.compound;
    const bool letter = !e.building.isEmpty() && !e.building.back().isDigit();
    a += e.building + (letter ? QString::fromUtf8("座") : QString::fromUtf8("号楼"));
    if (!e.unit.isEmpty()) a += e.unit + QString::fromUtf8("单元");
    a += e.room + QString::fromUtf8("室");
    return a;
}

QString composeHouseholdId(const RegisterEntry& e) {
    QStringList parts{e.compound, e.building};
    if (!e.unit.isEmpty()) parts << e.unit;
    parts << e.room;
    return parts.join(QLatin1Char('-'));
}

QList<RegisterEntry> readEntries(const QList<QStringList>& rows, const RegisterLayout& layout) {
    const RegisterColumns& c = layout.columns;
    QList<RegisterEntry> out;
    QString building, unit;
    for (int r = layout.headerRow + 1; r < rows.size(); ++r) {
        const QStringList& row = rows[r];
        if (isBlank(row) || isTotalRow(row)) continue;
        RegisterEntry e;
        e.row = r + 1;
        e.compound =
            c.compound >= 0 && !cell(row, c.compound).isEmpty() ? compact(cell(row, c.compound)) : layout.compound;
        // Merged cells: a building cell covers the rooms below it, and so does a unit cell
        // within its building; a new building starts without a unit.
        const QString b = normaliseNumber(cell(row, c.building));
        const QString u = normaliseNumber(cell(row, c.unit));
        if (!b.isEmpty()) {
            building = b;
            unit = u;
        } else if (!u.isEmpty()) {
            unit = u;
        }
        e.building = building;
        e.unit = unit;
        e.room = normaliseNumber(cell(row, c.room));
        e.householdId = cell(row, c.householdId);
        e.name = cell(row, c.name);
        e.idNumber = compact(cell(row, c.idNumber));
        e.phone = compact(cell(row, c.phone));
        e.tags = cell(row, c.tags);
        bool ok = false;
        const int members = compact(cell(row, c.members)).toInt(&ok);
        if (ok && members > 0) e.members = members;
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace ga::plugin::household_register
