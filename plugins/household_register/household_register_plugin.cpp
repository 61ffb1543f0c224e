#include "household_register_plugin.h"

#include <QFileInfo>
#include <QSet>

#include "register_layout.h"

namespace ga::plugin::household_register {
QString HouseholdRegisterPlugin::name() const { return tr("楼栋住户登记表"); }

QString HouseholdRegisterPlugin::description() const {
    return tr(
        "读取社区手工填报的住户登记表：合并的标题行，楼栋、单元、室号分列且楼栋单元格向下合并；"
        "组合出完整地址后写入住户图层。");
}

QString HouseholdRegisterPlugin::fileFilter() const { return tr("住户登记表 (*.xlsx *.csv)"); }

Result<void> HouseholdRegisterPlugin::importFile(const QString& path, const QString& sheet, ImportHost& host) {
    auto rows = host.readRows(path, sheet);
    if (!rows) return std::unexpected(rows.error());
    auto layout = findLayout(*rows);
    if (!layout)
        return fail(QStringLiteral("%1: %2").arg(path, QString::fromStdString(layout.error().message)).toStdString());
    const QString file = QFileInfo(path).fileName();
    const QList<RegisterEntry> entries = readEntries(*rows, *layout);
    QSet<QString> seen;
    qint64 done = 0;
    for (const RegisterEntry& e : entries) {
        if (host.isCancelled()) return fail(tr("导入已取消").toStdString());
        host.progress(++done, entries.size());
        const QString source = QStringLiteral("%1:%2").arg(file).arg(e.row);
        if (e.building.isEmpty() || e.room.isEmpty()) {
            host.reject(source, e.building.isEmpty() ? tr("没有楼栋号") : tr("没有室号"));
            continue;
        }
        HouseholdRecord h;
        h.householdId = e.householdId.isEmpty() ? composeHouseholdId(e) : e.householdId;
        if (seen.contains(h.householdId)) {
            host.reject(source, tr("与前面的行重复：%1").arg(h.householdId));
            continue;
        }
        seen.insert(h.householdId);
        h.address = composeAddress(e);
        h.name = e.name;
        h.idNumber = e.idNumber;
        h.phone = e.phone;
        h.tags = e.tags;
        h.members = e.members;
        h.source = source;
        if (auto r = host.addHousehold(h); !r) return r;
    }
    if (seen.isEmpty()) return fail(tr("%1：登记表中没有可导入的住户").arg(file).toStdString());
    return {};
}

}  // namespace ga::plugin::household_register
