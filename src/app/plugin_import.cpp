#include "app/plugin_import.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "app/table_rows.h"

namespace ga::app {
namespace {

// Collects what the plugin hands over; rejected rows go straight into the report.
class CollectingHost : public plugin::ImportHost {
public:
    CollectingHost(const QString& file, io::ProblemReport& report, JobControl& control)
        : file_(file), report_(report), control_(control) {}

    Result<QList<QStringList>> readRows(const QString& path, const QString& sheet) override {
        return readTableRows(path, sheet);
    }
    Result<void> addHousehold(const plugin::HouseholdRecord& h) override {
        if (h.householdId.trimmed().isEmpty())
            return fail(QStringLiteral("%1: household without id").arg(h.source).toStdString());
        households_.push_back(h);
        return {};
    }
    void reject(const QString& source, const QString& reason) override {
        report_.add({io::Outcome::Rejected,
                     io::Reason::Note,
                     file_.toStdString(),
                     source.toStdString(),
                     {},
                     reason.toStdString()});
    }
    void progress(qint64 done, qint64 total) override { control_.progress(done, total); }
    bool isCancelled() const override { return control_.isCancelled(); }

    const QList<plugin::HouseholdRecord>& households() const { return households_; }

private:
    QString file_;
    io::ProblemReport& report_;
    JobControl& control_;
    QList<plugin::HouseholdRecord> households_;
};

QString csvCell(const QString& s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))) return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The households as a UTF-8 CSV with the target field names as headers, which io maps as is.
Result<void> writeHouseholdCsv(const QString& path, const QList<plugin::HouseholdRecord>& households) {
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("%1: %2").arg(path, out.errorString()).toStdString());
    // Residents' personal data: readable by the owner only while it exists.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write("household_id,address,members,name,id_number,phone,tags\n");
    for (const plugin::HouseholdRecord& h : households) {
        const QStringList cells{h.householdId, h.address,  h.members ? QString::number(*h.members) : QString(),
                                h.name,        h.idNumber, h.phone,
                                h.tags};
        QStringList quoted;
        for (const QString& c : cells) quoted << csvCell(c);
        out.write((quoted.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8());
    }
    if (!out.flush()) return fail(QStringLiteral("%1: %2").arg(path, out.errorString()).toStdString());
    return {};
}

}  // namespace

ImportJob::Work pluginImport(plugin::ImporterPlugin& importer, const QString& file, const QString& sheet,
                             const std::string& operatorName) {
    return [&importer, file, sheet, operatorName](store::Project& project, io::ProblemReport& report,
                                                  JobControl& control) -> Result<io::ImportSummary> {
        CollectingHost host(file, report, control);
        if (auto r = importer.importFile(file, sheet, host); !r) return std::unexpected(r.error());
        if (control.isCancelled()) return fail("cancelled");
        QTemporaryDir dir;
        if (!dir.isValid())
            return fail(QStringLiteral("cannot make a temporary folder: %1").arg(dir.errorString()).toStdString());
        // Named after the register, so the edit log and the report name the file the user chose.
        const QString csv = dir.filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".csv"));
        if (auto r = writeHouseholdCsv(csv, host.households()); !r) return std::unexpected(r.error());
        io::ImportOptions options;
        options.layer = store::Layer::Households;
        options.file = csv.toStdString();
        options.update = true;
        options.operatorName = operatorName;
        options.progress = [&control](int64_t done, int64_t total) { control.progress(done, total); };
        const auto rejectedByPlugin = static_cast<int64_t>(report.count(io::Outcome::Rejected));
        auto summary = io::importFile(project, options, report);
        if (summary) summary->rejected += rejectedByPlugin;
        return summary;
    };
}

}  // namespace ga::app
