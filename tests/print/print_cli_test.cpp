// gridatlas-cli print end to end on the sample: what a user runs, the exit status, the files left.
#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Ran {
    int exit = -1;
    QString out, err;
};

class PrintCli : public ::testing::Test {
protected:
    QTemporaryDir dir;

    QString path(const QString& name) const { return dir.filePath(name); }
    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden); }

    static Ran run(QStringList args) {
        args.prepend(QStringLiteral(GA_YOUHAO_PROJECT));
        args.prepend(QStringLiteral("print"));
        QProcess p;
        p.start(QStringLiteral(GA_CLI), args);
        p.waitForFinished(120000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
};

}  // namespace

TEST_F(PrintCli, PrintsAGridAndWarnsOfTheMissingPhoto) {
    const Ran r = run({"--grid", "320623001001009", "--paper", "A4", "--out", path("g.pdf")});
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 page (notice, A4 portrait)"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("warning")) && r.err.contains(QStringLiteral("吴英花"))) << r.err.toStdString();
    EXPECT_EQ(files(), QStringList{QStringLiteral("g.pdf")});
}

TEST_F(PrintCli, AnAtlasOfPngsWritesOneFilePerGrid) {
    const Ran r = run({"--atlas", "--community", "320623001001", "--paper", "A4", "--dpi", "20", "--out", path("a.png")});
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_EQ(files().size(), 12);
    EXPECT_TRUE(QFileInfo::exists(path(QStringLiteral("a-320623001001012.png"))));
}

TEST_F(PrintCli, BadInputExitsWithTwoAndWritesNothing) {
    const struct {
        QStringList args;
        const char* message;
    } cases[] = {
        {{"--grid", "320623001001099", "--out", "OUT/x.pdf"}, "320623001001099"},
        {{"--grid", "320623001001009", "--template", "poster", "--out", "OUT/x.pdf"}, "template 'poster'"},
        {{"--grid", "320623001001009", "--paper", "B5", "--out", "OUT/x.pdf"}, "paper 'B5'"},
        {{"--grid", "320623001001009", "--out", "OUT/no/such/dir/x.pdf"}, "does not exist"},
        {{"--grid", "320623001001009", "--out", "OUT/x.tiff"}, ".pdf or .png"},
        {{"--overview", "--community", "999", "--out", "OUT/x.pdf"}, "community 999"},
        {{"--grid", "320623001001009", "--dpi", "5000", "--out", "OUT/x.png"}, "--dpi"},
        {{"--out", "OUT/x.pdf"}, "--grid CODE, --atlas or --overview"},
    };
    for (const auto& c : cases) {
        QStringList args = c.args;
        args.replaceInStrings(QStringLiteral("OUT"), dir.path());
        const Ran r = run(args);
        EXPECT_EQ(r.exit, 2) << args.join(' ').toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromUtf8(c.message))) << r.err.toStdString();
    }
    EXPECT_TRUE(files().isEmpty()) << files().join(' ').toStdString();
}

TEST_F(PrintCli, AnUnwritableFolderIsRefusedBeforeAnyWork) {
    QDir(dir.path()).mkdir(QStringLiteral("ro"));
    QFile::setPermissions(path(QStringLiteral("ro")), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (QFileInfo(path(QStringLiteral("ro"))).isWritable()) GTEST_SKIP() << "running as root: folders are always writable";
    const Ran r = run({"--overview", "--out", path(QStringLiteral("ro/o.pdf"))});
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot be written"))) << r.err.toStdString();
}
