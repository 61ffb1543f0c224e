#include "geo/wkt.h"

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <vector>

namespace ga::geo {
namespace {

class Parser {
public:
    explicit Parser(std::string_view text) : s_(text) {}

    Result<Geometry> parse() {
        auto word = keyword();
        if (word.empty()) return error("a geometry type (POINT, LINESTRING, POLYGON, MULTI...)");
        Geometry g;
        int depth = 0;  // nesting of a part: 0 point, 1 line/ring list, 2 polygon
        bool multi = false;
        if (word == "POINT")
            g.type = GeomType::Point;
        else if (word == "LINESTRING")
            g.type = GeomType::LineString, depth = 1;
        else if (word == "POLYGON")
            g.type = GeomType::Polygon, depth = 2;
        else if (word == "MULTIPOINT")
            g.type = GeomType::MultiPoint, multi = true;
        else if (word == "MULTILINESTRING")
            g.type = GeomType::MultiLineString, depth = 1, multi = true;
        else if (word == "MULTIPOLYGON")
            g.type = GeomType::MultiPolygon, depth = 2, multi = true;
        else
            return fail(fmt::format("WKT: unknown geometry type '{}'", word));
        // Dimension markers: only x and y are kept.
        const size_t mark = pos_;
        if (auto dim = keyword(); dim != "Z" && dim != "M" && dim != "ZM") pos_ = mark;
        const size_t empty = pos_;
        if (keyword() == "EMPTY") return finish(std::move(g));
        pos_ = empty;
        if (auto r = expect('('); !r) return std::unexpected(r.error());
        if (!multi) {
            if (auto r = part(g, depth); !r) return std::unexpected(r.error());
        } else {
            do {
                skip();
                // MULTIPOINT may list its points with or without their own parentheses.
                if (depth == 0 && peek() != '(') {
                    if (auto r = pointPart(g); !r) return std::unexpected(r.error());
                    continue;
                }
                if (auto r = expect('('); !r) return std::unexpected(r.error());
                if (auto r = part(g, depth); !r) return std::unexpected(r.error());
            } while (accept(','));
        }
        if (auto r = expect(')'); !r) return std::unexpected(r.error());
        return finish(std::move(g));
    }

private:
    // After the opening parenthesis of a part: reads its rings and the closing parenthesis
    // (except for the outer one of a single geometry, which parse() closes).
    Result<void> part(Geometry& g, int depth) {
        const bool single = !isMulti(g.type);
        if (depth == 0) {
            if (auto r = pointPart(g); !r) return r;
            return single ? Result<void>{} : expect(')');
        }
        g.beginPart();
        if (depth == 1) {
            if (auto r = ring(g); !r) return r;
            return single ? Result<void>{} : expect(')');
        }
        do {
            if (auto r = expect('('); !r) return r;
            if (auto r = ring(g); !r) return r;
            if (auto r = expect(')'); !r) return r;
        } while (accept(','));
        return single ? Result<void>{} : expect(')');
    }

    Result<void> pointPart(Geometry& g) {
        auto p = coordinate();
        if (!p) return std::unexpected(p.error());
        g.beginPart();
        g.addRing(std::span<const Point>(&*p, 1));
        return {};
    }

    Result<void> ring(Geometry& g) {
        std::vector<Point> pts;
        do {
            auto p = coordinate();
            if (!p) return std::unexpected(p.error());
            pts.push_back(*p);
        } while (accept(','));
        g.addRing(pts);
        return {};
    }

    Result<Point> coordinate() {
        double v[4];
        int n = 0;
        skip();
        while (n < 4 && pos_ < s_.size() &&
               (std::isdigit(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '-' || s_[pos_] == '+' ||
                s_[pos_] == '.')) {
            const char* first = s_.data() + pos_;
            const char* last = s_.data() + s_.size();
            if (*first == '+') ++first;
            auto [end, ec] = std::from_chars(first, last, v[n]);
            if (ec != std::errc()) return error("a number");
            pos_ = static_cast<size_t>(end - s_.data());
            ++n;
            skip();
        }
        if (n < 2) return error("a coordinate pair");
        return Point{v[0], v[1]};
    }

    static bool isMulti(GeomType t) {
        return t == GeomType::MultiPoint || t == GeomType::MultiLineString || t == GeomType::MultiPolygon;
    }

    Result<Geometry> finish(Geometry g) {
        skip();
        if (pos_ != s_.size()) return error("the end of the text");
        for (size_t p = 0; p < g.partCount(); ++p) {
            const auto [r0, r1] = g.partRings(p);
            for (size_t r = r0; r < r1; ++r) {
                const auto ring = g.ring(r);
                if (isLineal(g.type) && ring.size() < 2) return fail("WKT: a line needs at least 2 points");
                if (isPolygonal(g.type) && (ring.size() < 4 || !(ring.front() == ring.back())))
                    return fail("WKT: a polygon ring needs at least 4 points and must be closed");
            }
        }
        return g;
    }

    std::string keyword() {
        skip();
        std::string w;
        while (pos_ < s_.size() && std::isalpha(static_cast<unsigned char>(s_[pos_])))
            w += static_cast<char>(std::toupper(static_cast<unsigned char>(s_[pos_++])));
        return w;
    }
    void skip() {
        while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    }
    char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }
    bool accept(char c) {
        skip();
        if (peek() != c) return false;
        ++pos_;
        return true;
    }
    Result<void> expect(char c) {
        if (accept(c)) return {};
        return error(fmt::format("'{}'", c));
    }
    std::unexpected<Error> error(std::string_view wanted) const {
        return fail(fmt::format("WKT: expected {} at character {}", wanted, pos_ + 1));
    }

    std::string_view s_;
    size_t pos_ = 0;
};

std::string number(double v, int decimals) {
    std::string s = fmt::format("{:.{}f}", v, decimals);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    return s;
}

void writeRing(std::string& out, std::span<const Point> ring, int decimals) {
    out += '(';
    for (size_t i = 0; i < ring.size(); ++i) {
        if (i) out += ", ";
        out += number(ring[i].x, decimals) + ' ' + number(ring[i].y, decimals);
    }
    out += ')';
}

void writePart(std::string& out, const Geometry& g, size_t part, int decimals) {
    const auto [r0, r1] = g.partRings(part);
    if (isPolygonal(g.type)) {
        out += '(';
        for (size_t r = r0; r < r1; ++r) {
            if (r > r0) out += ", ";
            writeRing(out, g.ring(r), decimals);
        }
        out += ')';
    } else if (r1 > r0) {
        writeRing(out, g.ring(r0), decimals);
    }
}

}  // namespace

Result<Geometry> fromWkt(std::string_view text) { return Parser(text).parse(); }

std::string toWkt(const Geometry& g, int decimals) {
    std::string out(typeName(g.type));
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (g.isEmpty()) return out + " EMPTY";
    out += ' ';
    const bool multi =
        g.type == GeomType::MultiPoint || g.type == GeomType::MultiLineString || g.type == GeomType::MultiPolygon;
    if (!multi) {
        writePart(out, g, 0, decimals);
        return out;
    }
    out += '(';
    for (size_t p = 0; p < g.partCount(); ++p) {
        if (p) out += ", ";
        writePart(out, g, p, decimals);
    }
    out += ')';
    return out;
}

}  // namespace ga::geo
