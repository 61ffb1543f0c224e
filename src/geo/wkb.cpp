#include "geo/wkb.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <fmt/format.h>

namespace ga::geo {
namespace {

class Writer {
public:
    std::vector<uint8_t> out;
    void u8(uint8_t v) { out.push_back(v); }
    void u32(uint32_t v) { raw(&v, 4); }
    void f64(double v) { raw(&v, 8); }
    void pt(Point p) {
        f64(p.x);
        f64(p.y);
    }
    void raw(const void* p, size_t n) {
        static_assert(std::endian::native == std::endian::little, "WKB writer assumes a little-endian host");
        const auto* b = static_cast<const uint8_t*>(p);
        out.insert(out.end(), b, b + n);
    }
};

class Reader {
public:
    Reader(std::span<const uint8_t> d) : data(d) {}
    std::span<const uint8_t> data;
    size_t pos = 0;
    bool little = true;
    bool ok = true;

    uint8_t u8() {
        if (pos + 1 > data.size()) return fault();
        return data[pos++];
    }
    uint32_t u32() {
        uint32_t v = 0;
        if (!take(&v, 4)) return 0;
        return little ? v : std::byteswap(v);
    }
    double f64() {
        uint64_t v = 0;
        if (!take(&v, 8)) return 0;
        if (!little) v = std::byteswap(v);
        return std::bit_cast<double>(v);
    }
    bool take(void* p, size_t n) {
        if (pos + n > data.size()) {
            fault();
            return false;
        }
        std::memcpy(p, data.data() + pos, n);
        pos += n;
        return true;
    }
    uint8_t fault() {
        ok = false;
        pos = data.size();
        return 0;
    }
    // Guards counts against truncated input before any allocation.
    bool fits(uint64_t count, size_t bytesEach) {
        if (count * bytesEach > data.size() - pos) {
            fault();
            return false;
        }
        return true;
    }
};

void writeRingBody(Writer& w, std::span<const Point> ring) {
    w.u32(static_cast<uint32_t>(ring.size()));
    for (const Point& p : ring) w.pt(p);
}

// Writes the body (without byte order and type) of part `part` as a single-part type.
void writePartBody(Writer& w, const Geometry& g, size_t part, GeomType single) {
    const auto [r0, r1] = g.partRings(part);
    if (single == GeomType::Point) {
        w.pt(g.ring(r0)[0]);
    } else if (single == GeomType::LineString) {
        writeRingBody(w, g.ring(r0));
    } else {
        w.u32(static_cast<uint32_t>(r1 - r0));
        for (size_t r = r0; r < r1; ++r) writeRingBody(w, g.ring(r));
    }
}

GeomType singleOf(GeomType t) {
    switch (t) {
    case GeomType::MultiPoint: return GeomType::Point;
    case GeomType::MultiLineString: return GeomType::LineString;
    case GeomType::MultiPolygon: return GeomType::Polygon;
    default: return t;
    }
}

bool isMulti(GeomType t) { return t != singleOf(t); }

// Reads `dims` ordinates per point and keeps x, y.
Point readPoint(Reader& r, int dims) {
    Point p{r.f64(), r.f64()};
    for (int i = 2; i < dims; ++i) r.f64();
    return p;
}

void readRing(Reader& r, Geometry& g, int dims) {
    const uint32_t n = r.u32();
    if (!r.fits(n, 8u * dims)) return;
    std::vector<Point> pts(n);
    for (auto& p : pts) p = readPoint(r, dims);
    g.addRing(pts);
}

void readPartBody(Reader& r, Geometry& g, GeomType single, int dims) {
    g.beginPart();
    if (single == GeomType::Point) {
        Point p = readPoint(r, dims);
        if (std::isnan(p.x)) {  // WKB's empty point
            g.partEnds.pop_back();
            return;
        }
        g.addRing(std::span<const Point>(&p, 1));
    } else if (single == GeomType::LineString) {
        readRing(r, g, dims);
    } else {
        const uint32_t n = r.u32();
        if (!r.fits(n, 4)) return;
        for (uint32_t i = 0; i < n && r.ok; ++i) readRing(r, g, dims);
    }
}

// Splits an ISO/EWKB type code into base type and ordinate count.
bool decodeWkbType(uint32_t code, GeomType& type, int& dims) {
    dims = 2;
    if (code & 0x80000000u) ++dims;  // EWKB Z
    if (code & 0x40000000u) ++dims;  // EWKB M
    code &= 0x0FFFFFFFu;
    if (code >= 3000) dims = 4, code -= 3000;
    else if (code >= 2000) dims = 3, code -= 2000;
    else if (code >= 1000) dims = 3, code -= 1000;
    if (code < 1 || code > 6) return false;
    type = static_cast<GeomType>(code);
    return true;
}

void readWkbGeometry(Reader& r, Geometry& g, bool top, GeomType expectSingle) {
    r.little = r.u8() == 1;
    GeomType t{};
    int dims = 2;
    const uint32_t code = r.u32();
    if (!decodeWkbType(code, t, dims)) {
        r.fault();
        return;
    }
    if (code & 0x20000000u) r.u32();  // EWKB SRID
    if (!top && t != expectSingle) {
        r.fault();
        return;
    }
    if (top) g.type = t;
    if (isMulti(t)) {
        const uint32_t n = r.u32();
        if (!r.fits(n, 5)) return;
        for (uint32_t i = 0; i < n && r.ok; ++i) readWkbGeometry(r, g, false, singleOf(t));
    } else {
        readPartBody(r, g, t, dims);
    }
}

}  // namespace

std::vector<uint8_t> toWkb(const Geometry& g) {
    Writer w;
    w.out.reserve(9 + g.points.size() * 16 + g.ringEnds.size() * 4 + g.partEnds.size() * 9);
    w.u8(1);
    w.u32(static_cast<uint32_t>(g.type));
    const GeomType single = singleOf(g.type);
    if (isMulti(g.type)) {
        w.u32(static_cast<uint32_t>(g.partCount()));
        for (size_t p = 0; p < g.partCount(); ++p) {
            w.u8(1);
            w.u32(static_cast<uint32_t>(single));
            writePartBody(w, g, p, single);
        }
    } else if (g.partCount() == 0) {
        if (g.type == GeomType::Point) {
            w.f64(std::numeric_limits<double>::quiet_NaN());
            w.f64(std::numeric_limits<double>::quiet_NaN());
        } else {
            w.u32(0);
        }
    } else {
        writePartBody(w, g, 0, single);
    }
    return w.out;
}

Result<Geometry> fromWkb(std::span<const uint8_t> wkb) {
    Reader r(wkb);
    Geometry g;
    readWkbGeometry(r, g, true, GeomType::Point);
    if (!r.ok) return fail(fmt::format("malformed or unsupported WKB ({} bytes)", wkb.size()));
    return g;
}

std::vector<uint8_t> toSpatialiteBlob(const Geometry& g, int srid) {
    Writer w;
    w.out.reserve(44 + g.points.size() * 16 + g.ringEnds.size() * 4 + g.partEnds.size() * 5);
    const Box b = g.bounds();
    w.u8(0x00);
    w.u8(0x01);
    w.u32(static_cast<uint32_t>(srid));
    w.f64(b.isEmpty() ? 0 : b.minx);
    w.f64(b.isEmpty() ? 0 : b.miny);
    w.f64(b.isEmpty() ? 0 : b.maxx);
    w.f64(b.isEmpty() ? 0 : b.maxy);
    w.u8(0x7C);
    w.u32(static_cast<uint32_t>(g.type));
    const GeomType single = singleOf(g.type);
    if (isMulti(g.type)) {
        w.u32(static_cast<uint32_t>(g.partCount()));
        for (size_t p = 0; p < g.partCount(); ++p) {
            w.u8(0x69);
            w.u32(static_cast<uint32_t>(single));
            writePartBody(w, g, p, single);
        }
    } else if (g.partCount() == 0) {
        w.u32(0);
    } else {
        writePartBody(w, g, 0, single);
    }
    w.u8(0xFE);
    return w.out;
}

Result<Geometry> fromSpatialiteBlob(std::span<const uint8_t> blob, int* srid) {
    Reader r(blob);
    if (blob.size() < 44 || blob[0] != 0x00 || blob[38] != 0x7C || blob.back() != 0xFE)
        return fail(fmt::format("not a SpatiaLite geometry BLOB ({} bytes)", blob.size()));
    r.pos = 1;
    r.little = r.u8() == 0x01;
    const int s = static_cast<int>(r.u32());
    if (srid) *srid = s;
    r.pos = 39;
    const uint32_t cls = r.u32();
    const uint32_t base = cls % 1000;
    const uint32_t dimClass = cls / 1000;
    if (base < 1 || base > 6 || dimClass > 3)
        return fail(fmt::format("SpatiaLite geometry class {} is not supported (compressed or collection)", cls));
    const int dims = dimClass == 0 ? 2 : dimClass == 3 ? 4 : 3;
    Geometry g;
    g.type = static_cast<GeomType>(base);
    if (isMulti(g.type)) {
        const uint32_t n = r.u32();
        if (!r.fits(n, 5)) return fail("truncated SpatiaLite BLOB");
        for (uint32_t i = 0; i < n && r.ok; ++i) {
            if (r.u8() != 0x69) return fail("malformed SpatiaLite BLOB: missing entity marker");
            const uint32_t sub = r.u32() % 1000;
            if (sub != static_cast<uint32_t>(singleOf(g.type))) return fail("malformed SpatiaLite BLOB: mixed parts");
            readPartBody(r, g, singleOf(g.type), dims);
        }
    } else if (g.type == GeomType::Point) {
        readPartBody(r, g, g.type, dims);
    } else {
        // A single line or polygon with zero rings/points is stored empty.
        const size_t save = r.pos;
        if (r.u32() == 0) {
            if (g.type == GeomType::Polygon) {
                g.beginPart();
            }
        } else {
            r.pos = save;
            readPartBody(r, g, g.type, dims);
        }
    }
    if (!r.ok || r.pos + 1 != blob.size()) return fail("truncated SpatiaLite BLOB");
    return g;
}

}  // namespace ga::geo
