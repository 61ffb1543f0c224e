#include "app/merge_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ga::app {

MergeDialog::MergeDialog(const edit::Workspace& ws, const QStringList& codes, QWidget* parent)
    : QDialog(parent), codes_(codes) {
    setWindowTitle(tr("合并网格"));
    auto* layout = new QVBoxLayout(this);
    long long total = 0;
    int largest = 0;
    long long most = -1;
    QStringList lines;
    for (int i = 0; i < codes.size(); ++i) {
        const std::string code = codes[i].toStdString();
        const long long n = ws.householdsOfGrid(code);
        total += n;
        if (n > most) most = n, largest = i;
        const auto slot = ws.gridByCode(code);
        lines << tr("%1 %2：%3 户")
                     .arg(codes[i], slot ? QString::fromStdString(ws.grids()[*slot].name) : QString())
                     .arg(n);
    }
    const RangeStatus status = ws.range().classify(total);
    lines << tr("合并后：%1 户（%2–%3 户为达标）%4")
                 .arg(total)
                 .arg(ws.range().min)
                 .arg(ws.range().max)
                 .arg(status == RangeStatus::In ? tr("，达标") : tr("，不达标"));
    layout->addWidget(new QLabel(lines.join(QLatin1Char('\n')), this));
    auto* form = new QFormLayout;
    auto combo = [&](QComboBox*& box, const QString& label) {
        box = new QComboBox(this);
        for (const QString& c : codes) box->addItem(c, c);
        box->setCurrentIndex(largest);
        form->addRow(label, box);
    };
    combo(into_, tr("保留的编码"));
    combo(name_, tr("保留谁的名称"));
    combo(staff_, tr("保留谁的网格员"));
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("其余网格撤销，编码不再使用；其网格员改为未分配。"), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

edit::MergeRequest MergeDialog::request() const {
    edit::MergeRequest r;
    for (const QString& c : codes_) r.codes.push_back(c.toStdString());
    r.into = into_->currentData().toString().toStdString();
    r.nameFrom = name_->currentData().toString().toStdString();
    r.staffFrom = staff_->currentData().toString().toStdString();
    return r;
}

}  // namespace ga::app
