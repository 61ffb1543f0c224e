#include "print/png_writer.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fmt/format.h>
#include <future>
#include <string>
#include <vector>

namespace ga::print {
namespace {

// Deflate level: 3 compresses flat map colours almost as well as 6 in a third of the time.
constexpr int kLevel = 3;

void put32(std::string& s, uint32_t v) {
    s.push_back(static_cast<char>(v >> 24));
    s.push_back(static_cast<char>(v >> 16));
    s.push_back(static_cast<char>(v >> 8));
    s.push_back(static_cast<char>(v));
}

// A chunk: length, type, data, CRC of type and data.
std::string chunk(const char (&type)[5], const std::string& data) {
    std::string c;
    put32(c, static_cast<uint32_t>(data.size()));
    c.append(type, 4);
    c += data;
    uLong crc = crc32(0, reinterpret_cast<const Bytef*>(type), 4);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size()));
    put32(c, static_cast<uint32_t>(crc));
    return c;
}

// One band of rows filtered and deflated as raw deflate blocks; the last band finishes the
// stream, the others end on a byte boundary (a sync flush) so the bands can be joined.
struct Band {
    std::string deflated;
    uLong adler = 1;
    size_t length = 0;  ///< uncompressed bytes
    bool ok = false;
};

Band deflateBand(const QImage& image, int first, int last, bool final) {
    Band band;
    z_stream z{};
    if (deflateInit2(&z, kLevel, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return band;
    const int w = image.width();
    const size_t rowBytes = static_cast<size_t>(w) * 3;
    std::vector<uint8_t> previous(rowBytes, 0), current(rowBytes);
    std::array<std::vector<uint8_t>, 3> candidates;
    for (auto& c : candidates) c.resize(rowBytes + 1);
    if (first > 0) {
        const auto* px = reinterpret_cast<const QRgb*>(image.constScanLine(first - 1));
        for (int x = 0; x < w; ++x) {
            previous[3 * x] = static_cast<uint8_t>(qRed(px[x]));
            previous[3 * x + 1] = static_cast<uint8_t>(qGreen(px[x]));
            previous[3 * x + 2] = static_cast<uint8_t>(qBlue(px[x]));
        }
    }
    std::vector<uint8_t> out(1 << 20);
    auto pump = [&](const uint8_t* data, size_t n, int flush) {
        z.next_in = const_cast<Bytef*>(data);
        z.avail_in = static_cast<uInt>(n);
        do {
            z.next_out = out.data();
            z.avail_out = static_cast<uInt>(out.size());
            if (deflate(&z, flush) == Z_STREAM_ERROR) return false;
            band.deflated.append(reinterpret_cast<const char*>(out.data()), out.size() - z.avail_out);
        } while (z.avail_out == 0);
        return true;
    };
    for (int y = first; y < last; ++y) {
        const auto* px = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            current[3 * x] = static_cast<uint8_t>(qRed(px[x]));
            current[3 * x + 1] = static_cast<uint8_t>(qGreen(px[x]));
            current[3 * x + 2] = static_cast<uint8_t>(qBlue(px[x]));
        }
        // Filters None, Sub and Up; the one whose bytes (as signed) sum smallest is kept.
        std::array<uint64_t, 3> cost{};
        candidates[0][0] = 0;
        candidates[1][0] = 1;
        candidates[2][0] = 2;
        for (size_t i = 0; i < rowBytes; ++i) {
            const uint8_t none = current[i];
            const auto sub = static_cast<uint8_t>(current[i] - (i >= 3 ? current[i - 3] : 0));
            const auto up = static_cast<uint8_t>(current[i] - previous[i]);
            candidates[0][i + 1] = none;
            candidates[1][i + 1] = sub;
            candidates[2][i + 1] = up;
            cost[0] += none < 128 ? none : 256 - none;
            cost[1] += sub < 128 ? sub : 256 - sub;
            cost[2] += up < 128 ? up : 256 - up;
        }
        const size_t best = static_cast<size_t>(std::min_element(cost.begin(), cost.end()) - cost.begin());
        band.adler = adler32(band.adler, candidates[best].data(), static_cast<uInt>(rowBytes + 1));
        band.length += rowBytes + 1;
        if (!pump(candidates[best].data(), rowBytes + 1, Z_NO_FLUSH)) {
            deflateEnd(&z);
            return band;
        }
        std::swap(previous, current);
    }
    band.ok = pump(nullptr, 0, final ? Z_FINISH : Z_SYNC_FLUSH);
    deflateEnd(&z);
    return band;
}

}  // namespace

Result<void> writeRgbPng(QIODevice& out, const QImage& source, int dpi, int threads) {
    if (source.isNull()) return fail("no image to write");
    const QImage image = source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32
                             ? source
                             : source.convertToFormat(QImage::Format_RGB32);
    const int h = image.height();
    const int bands = std::clamp(threads, 1, std::max(1, h / 64));
    std::vector<std::future<Band>> running;
    for (int b = 0; b < bands; ++b)
        running.push_back(std::async(std::launch::async, deflateBand, std::cref(image), h * b / bands,
                                     h * (b + 1) / bands, b == bands - 1));
    std::string stream = "\x78\x5e";  // zlib header: deflate, 32 KiB window, level 2-5
    uLong adler = 1;
    for (auto& f : running) {
        Band band = f.get();
        if (!band.ok) return fail("cannot compress the PNG (zlib failed)");
        adler = adler32_combine(adler, band.adler, static_cast<z_off_t>(band.length));
        stream += band.deflated;
    }
    put32(stream, static_cast<uint32_t>(adler));

    std::string header;
    put32(header, static_cast<uint32_t>(image.width()));
    put32(header, static_cast<uint32_t>(h));
    header += std::string("\x08\x02\x00\x00\x00", 5);  // 8 bits, RGB, deflate, adaptive filters, no interlace
    std::string phys;
    const auto perMetre = static_cast<uint32_t>(std::lround(dpi / 0.0254));
    put32(phys, perMetre);
    put32(phys, perMetre);
    phys.push_back('\x01');  // unit: metre

    auto write = [&](const std::string& bytes) {
        return out.write(bytes.data(), static_cast<qint64>(bytes.size())) == static_cast<qint64>(bytes.size());
    };
    bool ok = write("\x89PNG\r\n\x1a\n") && write(chunk("IHDR", header)) && write(chunk("pHYs", phys));
    constexpr size_t kIdat = 1 << 20;
    for (size_t at = 0; ok && at < stream.size(); at += kIdat) ok = write(chunk("IDAT", stream.substr(at, kIdat)));
    ok = ok && write(chunk("IEND", {}));
    if (!ok) return fail(fmt::format("cannot write the PNG: {}", out.errorString().toStdString()));
    return {};
}

}  // namespace ga::print
