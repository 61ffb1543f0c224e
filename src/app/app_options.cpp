#include "app/app_options.h"

namespace ga::app {
namespace {

Result<QString> valueOf(const QStringList& args, qsizetype& i) {
    if (i + 1 >= args.size()) return fail(QStringLiteral("%1 needs a value").arg(args[i]).toStdString());
    return args[++i];
}

Result<QSize> parseSize(const QString& text) {
    const QStringList wh = text.toLower().split(QLatin1Char('x'));
    bool okW = false, okH = false;
    const int w = wh.size() == 2 ? wh[0].toInt(&okW) : 0;
    const int h = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
    if (!okW || !okH || w < 200 || h < 150 || w > 10000 || h > 10000)
        return fail(
            QStringLiteral("--size %1: give WIDTHxHEIGHT in pixels, 200x150 to 10000x10000").arg(text).toStdString());
    return QSize(w, h);
}

Result<geo::Box> parseExtent(const QString& text) {
    const QStringList parts = text.split(QLatin1Char(','));
    double v[4] = {};
    bool ok = parts.size() == 4;
    for (int i = 0; ok && i < 4; ++i) v[i] = parts[i].trimmed().toDouble(&ok);
    if (!ok || !(v[2] > v[0]) || !(v[3] > v[1]))
        return fail(QStringLiteral("--extent %1: give xmin,ymin,xmax,ymax in project coordinates, max above min")
                        .arg(text)
                        .toStdString());
    return geo::Box{v[0], v[1], v[2], v[3]};
}

}  // namespace

QString usage() {
    return QStringLiteral(
        "usage: gridatlas [PROJECT.sqlite] [--screenshot OUT.png] [--size WxH] "
        "[--extent xmin,ymin,xmax,ymax] [--lang zh|en]");
}

Result<AppOptions> parseAppOptions(const QStringList& args) {
    AppOptions o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--screenshot")) {
            auto v = valueOf(args, i);
            if (!v) return std::unexpected(v.error());
            o.screenshot = *v;
        } else if (a == QLatin1String("--size")) {
            auto v = valueOf(args, i);
            if (!v) return std::unexpected(v.error());
            auto s = parseSize(*v);
            if (!s) return std::unexpected(s.error());
            o.size = *s;
            o.sizeGiven = true;
        } else if (a == QLatin1String("--extent")) {
            auto v = valueOf(args, i);
            if (!v) return std::unexpected(v.error());
            auto e = parseExtent(*v);
            if (!e) return std::unexpected(e.error());
            o.extent = *e;
        } else if (a == QLatin1String("--lang")) {
            auto v = valueOf(args, i);
            if (!v) return std::unexpected(v.error());
            if (*v != QLatin1String("zh") && *v != QLatin1String("en"))
                return fail(QStringLiteral("--lang %1: give zh or en").arg(*v).toStdString());
            o.language = *v;
        } else if (a.startsWith(QLatin1String("--"))) {
            return fail(QStringLiteral("unknown option %1").arg(a).toStdString());
        } else if (o.project.isEmpty()) {
            o.project = a;
        } else {
            return fail(QStringLiteral("one project only; %1 is extra").arg(a).toStdString());
        }
    }
    if (!o.screenshot.isEmpty() && o.project.isEmpty()) return fail("--screenshot needs a PROJECT");
    return o;
}

}  // namespace ga::app
