#pragma once
// What the print tests share: the built sample project loaded once, a temporary folder, and
// poppler's pdftotext / pdfinfo run on the PDFs written.
#include <gtest/gtest.h>

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <optional>
#include <string>

#include "print/print_source.h"
#include "store/project.h"

namespace ga::print::testing {

inline constexpr const char* kGrid009 = "320623001001009";  ///< the sample grid with a missing photo

/// The sample project and its print source, loaded once for all tests.
struct Sample {
    std::optional<store::Project> project;
    std::optional<PrintSource> source;
};

inline Sample& sample() {
    static Sample s = [] {
        Sample out;
        auto p = store::Project::open(GA_YOUHAO_PROJECT, true);
        if (!p) return out;
        out.project.emplace(std::move(*p));
        auto src = PrintSource::load(*out.project);
        if (src) {
            src->setDate(QDate(2026, 5, 1));
            out.source.emplace(std::move(*src));
        }
        return out;
    }();
    return s;
}

/// The output of `program args`, or nullopt when the program is not installed or fails.
inline std::optional<QString> runTool(const QString& program, const QStringList& args) {
    if (QStandardPaths::findExecutable(program).isEmpty()) return std::nullopt;
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline bool havePoppler() {
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

/// The text layer of a PDF as pdftotext reads it (raw order, one string).
inline QString pdfText(const std::string& pdf) {
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QString::fromStdString(pdf), QStringLiteral("-")})
        .value_or(QString());
}

}  // namespace ga::print::testing

/// Skips a test that needs poppler-utils when it is missing (scripts/deps.sh installs it).
#define GA_REQUIRE_POPPLER()                                                                              \
    do {                                                                                                  \
        if (!ga::print::testing::havePoppler())                                                           \
            GTEST_SKIP() << "pdftotext/pdfinfo not found: install poppler-utils (scripts/deps.sh) to read " \
                            "back the PDFs";                                                              \
    } while (0)

#define GA_REQUIRE_SAMPLE()                                                                          \
    do {                                                                                             \
        ASSERT_TRUE(ga::print::testing::sample().source) << "cannot load the sample " GA_YOUHAO_PROJECT; \
    } while (0)
