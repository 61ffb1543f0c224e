#include "app/table_rows.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "io/csv_layout.h"
#include "io/gdal.h"
#include "io/text_encoding.h"

namespace ga::app {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

Result<QList<QStringList>> readCsv(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: %2").arg(path, file.errorString()).toStdString());
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) bytes.remove(0, 3);
    auto decoder = io::TextDecoder::create(
        io::guessEncoding(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size()))));
    if (!decoder) return std::unexpected(decoder.error());
    QList<QStringList> rows;
    std::string decoded;
    int line = 0;
    for (QByteArray raw : bytes.split('\n')) {
        ++line;
        if (raw.endsWith('\r')) raw.chop(1);
        if (!decoder->decode(std::string_view(raw.data(), static_cast<size_t>(raw.size())), decoded))
            return fail(QStringLiteral("%1: line %2 is not valid %3 text")
                            .arg(path)
                            .arg(line)
                            .arg(q(decoder->encoding()))
                            .toStdString());
        QStringList cells;
        if (!decoded.empty())
            for (const std::string& c : io::splitCsvLine(decoded, ',')) cells << q(c);
        rows << cells;
    }
    while (!rows.isEmpty() && rows.last().isEmpty()) rows.removeLast();
    return rows;
}

Result<QList<QStringList>> readSheet(const QString& path, const QString& sheet) {
    auto source = io::VectorSource::open(path.toStdString(), QFileInfo(path).fileName().toStdString());
    if (!source) return std::unexpected(source.error());
    const auto& layers = source->layers();
    if (layers.empty()) return fail(QStringLiteral("%1: no sheets").arg(path).toStdString());
    size_t chosen = 0;
    if (!sheet.isEmpty()) {
        chosen = layers.size();
        for (size_t i = 0; i < layers.size(); ++i)
            if (q(layers[i].name) == sheet) chosen = i;
        if (chosen == layers.size()) return fail(QStringLiteral("%1: no sheet %2").arg(path, sheet).toStdString());
    }
    if (auto r = source->selectLayer(chosen); !r) return std::unexpected(r.error());
    // GDAL takes the first row as the column names and names its empty cells Field2, Field3, ...
    static const QRegularExpression generated(QStringLiteral("^Field\\d+$"));
    QStringList first;
    for (const std::string& name : source->fieldNames()) {
        const QString n = q(name);
        first << (generated.match(n).hasMatch() ? QString() : n);
    }
    QList<QStringList> rows{first};
    io::SourceFeature f;
    for (;;) {
        auto more = source->next(f);
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        // The feature id is the sheet row: rows the driver skipped stay as empty rows.
        while (rows.size() + 1 < f.fid) rows << QStringList();
        QStringList cells;
        for (const auto& v : f.values) cells << (v ? q(*v) : QString());
        rows << cells;
    }
    return rows;
}

}  // namespace

Result<QList<QStringList>> readTableRows(const QString& path, const QString& sheet) {
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("csv") || ext == QLatin1String("txt")) return readCsv(path);
    return readSheet(path, sheet);
}

}  // namespace ga::app
