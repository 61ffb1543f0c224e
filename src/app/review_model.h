#pragma once
// The review queue as a table: household id, address, why it is queued, the head's name and
// phone — masked unless this operator revealed them (a logged act) — and the number of
// candidates.
#include <QAbstractTableModel>
#include <map>
#include <vector>

#include "store/personal_data.h"
#include "store/review_queue.h"

namespace ga::app {

class ReviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { HouseholdId, Address, Reason, Name, Phone, Candidates, ColumnCount };

    explicit ReviewModel(QObject* parent = nullptr);

    /// Replaces the rows (read masked); revealed personal data is forgotten.
    void setRows(std::vector<store::ReviewRow> rows);
    const std::vector<store::ReviewRow>& rows() const { return rows_; }
    const store::ReviewRow* row(int r) const;
    /// Shows household `household`'s personal data unmasked (after revealPersonalData logged it).
    void reveal(int64_t household, const store::PersonalData& data);
    bool isRevealed(int64_t household) const { return revealed_.contains(household); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The reason a household is queued (or linked), in words, from its stored id.
    static QString reasonText(const QString& id);

private:
    std::vector<store::ReviewRow> rows_;
    std::map<int64_t, store::PersonalData> revealed_;
};

}  // namespace ga::app
