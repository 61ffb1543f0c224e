#include "io/csv_layout.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>

#include "io/text_encoding.h"

namespace ga::io {
namespace {

// Enough to see the encoding of any real register and every title line above its header.
constexpr size_t kSampleBytes = 4 << 20;
constexpr int kMaxTitleLines = 20;

char delimiterOf(std::string_view line) {
    const char candidates[] = {',', ';', '\t', '|'};
    char best = ',';
    long bestCount = 0;
    for (char c : candidates) {
        const long n = std::count(line.begin(), line.end(), c);
        if (n > bestCount) {
            best = c;
            bestCount = n;
        }
    }
    return best;
}

}  // namespace

std::vector<std::string> splitCsvLine(std::string_view line, char delimiter) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cells.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cells.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == delimiter) {
            cells.emplace_back();
        } else if (c != '\r') {
            cells.back() += c;
        }
    }
    return cells;
}

Result<CsvLayout> inspectCsv(const std::string& path, const std::string& encoding,
                             const std::function<bool(const std::vector<std::string>&)>& isHeader) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(fmt::format("{}: cannot be read", path));
    std::string sample(kSampleBytes, '\0');
    in.read(sample.data(), static_cast<std::streamsize>(sample.size()));
    sample.resize(static_cast<size_t>(in.gcount()));
    const bool whole = sample.size() < kSampleBytes;
    if (!whole) {
        // Never judge the encoding on a character cut in half.
        const size_t lastNewline = sample.rfind('\n');
        if (lastNewline != std::string::npos) sample.resize(lastNewline + 1);
    }
    if (sample.find_first_not_of(" \t\r\n") == std::string::npos)
        return fail(fmt::format("{}: the file is empty", path));

    size_t start = 0;
    const bool bom = sample.starts_with("\xEF\xBB\xBF");
    if (bom) start = 3;
    CsvLayout layout;
    if (!encoding.empty()) {
        auto canonical = canonicalEncoding(encoding);
        if (!canonical) return std::unexpected(canonical.error());
        layout.encoding = *canonical;
    } else {
        layout.encoding = bom ? "UTF-8" : guessEncoding(std::string_view(sample).substr(start));
    }
    if (auto fits = checkEncodingFits(std::string_view(sample).substr(start), layout.encoding); !fits)
        return fail(fmt::format("{}: {}", path, fits.error().message));
    auto decoder = TextDecoder::create(layout.encoding);
    if (!decoder) return std::unexpected(decoder.error());

    size_t pos = start;
    std::string decoded;
    for (int line = 1; line <= kMaxTitleLines && pos < sample.size(); ++line) {
        size_t end = sample.find('\n', pos);
        if (end == std::string::npos) end = sample.size();
        const std::string_view raw = std::string_view(sample).substr(pos, end - pos);
        if (decoder->decode(raw, decoded) && isHeader(splitCsvLine(decoded, delimiterOf(decoded)))) {
            layout.headerLine = line;
            layout.headerOffset = line == 1 ? 0 : pos;
            return layout;
        }
        pos = end + 1;
    }
    return layout;
}

}  // namespace ga::io
