#pragma once
// The household register layout street offices fill in by hand: merged title rows
// ("友好社区华荣上海城住户登记表"), a one- or two-row header, and building / unit / room in separate
// columns with the building and unit cells merged down over their rooms.
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/error.h"

namespace ga::plugin::household_register {

/// Column of each target in the header row (-1 when absent).
struct RegisterColumns {
    int building = -1, unit = -1, room = -1, compound = -1, householdId = -1;
    int name = -1, idNumber = -1, phone = -1, members = -1, tags = -1;
};

/// Where the header is and what the title rows say.
struct RegisterLayout {
    int headerRow = -1;  ///< last header row (data starts below it)
    RegisterColumns columns;
    QString compound;  ///< from the title rows ("" when a compound column gives it per row)
};

/// Finds the header row (building and room columns at least) within the first rows, merging a
/// two-row header, and the compound named in the title rows. The error says what is missing.
Result<RegisterLayout> findLayout(const QList<QStringList>& rows);

/// One register row made whole: merged building/unit cells filled from the rows above.
struct RegisterEntry {
    QString compound, building, unit, room;
    QString householdId, name, idNumber, phone, tags;
    std::optional<int> members;
    int row = 0;  ///< 1-based row in the sheet
};

/// "12号楼" → "12", "十二幢" → "12", "Ａ座" → "A", "2单元" → "2", "301室" → "301".
QString normaliseNumber(const QString& cell);
/// 华荣上海城 12 2 301 → "华荣上海城12号楼2单元301室" (letter buildings: "A座").
QString composeAddress(const RegisterEntry& e);
/// A stable id for rows without one: "华荣上海城-12-2-301".
QString composeHouseholdId(const RegisterEntry& e);

/// The data rows below the header: blank and total (合计/小计) rows skipped, building and unit
/// filled down. Rows without a room are returned with an empty room for the caller to reject.
QList<RegisterEntry> readEntries(const QList<QStringList>& rows, const RegisterLayout& layout);

}  // namespace ga::plugin::household_register
