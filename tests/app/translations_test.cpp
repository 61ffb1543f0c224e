// The English UI is complete: every string the workstation's code and forms mark for translation
// (as lupdate extracts them) has a finished English translation in gridatlas_en.ts, and the
// compiled translations answer in English where the running code looks them up.
//
// Qt 6.4's lupdate does not follow `namespace ga::app {`: it files tr() of a QObject class under
// its bare name, while at run time the context is the qualified one. The file keeps the qualified
// context; a string counts as translated under either.
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
    QString context, source;
    bool finished = false;
};

QList<Message> readTs(const QString& path) {
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    bool inTranslation = false;
    QString translated;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                m = Message{context, {}, false};
            } else if (xml.name() == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                m.finished = type.isEmpty();
                inTranslation = true;
                translated.clear();
            }
        } else if (xml.isCharacters() && inTranslation) {
            translated += xml.text();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("translation")) {
                inTranslation = false;
                m.finished = m.finished && !translated.trimmed().isEmpty();
            } else if (xml.name() == QLatin1String("message")) {
                out.push_back(m);
            }
        }
    }
    return out;
}

}  // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void everyMarkedStringHasAnEnglishTranslation() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString extracted = dir.filePath(QStringLiteral("extracted.ts"));
        const QString root = QStringLiteral(GA_SOURCE_DIR);
        QProcess lupdate;
        lupdate.start(QStringLiteral(GA_LUPDATE), {root + QStringLiteral("/src/app"), root + QStringLiteral("/ui"),
                                                   root + QStringLiteral("/plugins"), QStringLiteral("-ts"), extracted});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QSet<QString> translated;
        for (const Message& m : readTs(root + QStringLiteral("/resources/translations/gridatlas_en.ts")))
            if (m.finished) translated.insert(m.context + QChar(0) + m.source);
        const QList<Message> marked = readTs(extracted);
        QVERIFY2(marked.size() > 500, qPrintable(QString::number(marked.size())));
        QStringList missing;
        for (const Message& m : marked)
            if (!translated.contains(m.context + QChar(0) + m.source) &&
                !translated.contains(QStringLiteral("ga::app::") + m.context + QChar(0) + m.source))
                missing << m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no English for:\n") + missing.join(QLatin1Char('\n'))));
    }

    void theCompiledTranslationsAnswerUnderTheRunTimeContexts() {
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/gridatlas_en.qm")));
        // A QObject class in ga::app, a form, a class with Q_DECLARE_TR_FUNCTIONS, an explicit context.
        QCOMPARE(english.translate("ga::app::ThematicPanel", "逐月查看"), QStringLiteral("Month by month"));
        QCOMPARE(english.translate("PrintDialog", "显示底图（影像）"), QStringLiteral("Basemap (imagery)"));
        QVERIFY(!english.translate("CreateGridTool", "新建网格").isEmpty());
        QVERIFY(!english.translate("MapTools", "距离 %1").isEmpty());
    }
};

QTEST_MAIN(TranslationsTest)
#include "translations_test.moc"
