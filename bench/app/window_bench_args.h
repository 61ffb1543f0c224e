#pragma once
// What the window benchmarks share: `NAME PROJECT [--size WxH] [--COUNT N]` on their command
// line, and the median of their timings.
#include <QSize>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace ga::bench {

struct WindowBenchArgs {
    QString project;
    QSize size{1920, 1080};
    int count = 1;  ///< the value of --COUNT: runs, splits
};

/// Parses the arguments after the program name; prints the usage and returns nullopt without a project.
inline std::optional<WindowBenchArgs> parseWindowBenchArgs(const QStringList& args, const char* name,
                                                           const char* countOption, int defaultCount) {
    WindowBenchArgs a;
    a.count = defaultCount;
    const QString count = QStringLiteral("--") + QLatin1String(countOption);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--size") && i + 1 < args.size()) {
            const QStringList wh = args[++i].split(QLatin1Char('x'));
            if (wh.size() == 2) a.size = QSize(wh[0].toInt(), wh[1].toInt());
        } else if (args[i] == count && i + 1 < args.size()) {
            a.count = std::max(1, args[++i].toInt());
        } else {
            a.project = args[i];
        }
    }
    if (a.project.isEmpty()) {
        std::fprintf(stderr, "usage: %s PROJECT [--size WxH] [--%s N]\n", name, countOption);
        return std::nullopt;
    }
    return a;
}

/// The median (the upper one of an even count); 0 for no values.
inline long long median(std::vector<long long> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

}  // namespace ga::bench
