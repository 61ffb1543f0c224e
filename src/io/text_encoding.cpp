#include "io/text_encoding.h"

#include <fmt/format.h>
#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <filesystem>
#include <fstream>

namespace ga::io {
namespace {

std::string upperAscii(std::string_view s) {
    std::string out;
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

bool iconvKnows(const std::string& name) {
    iconv_t cd = iconv_open("UTF-8", name.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    iconv_close(cd);
    return true;
}

}  // namespace

bool isValidUtf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        size_t n = 0;
        uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            n = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (static_cast<size_t>(end - p) <= n) return false;
        for (size_t i = 1; i <= n; ++i) {
            if ((p[i] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += n + 1;
    }
    return true;
}

Result<std::string> canonicalEncoding(std::string_view name) {
    const std::string u = upperAscii(name);
    if (u == "UTF-8" || u == "UTF8" || u == "65001" || u == "UTF-8BOM") return std::string("UTF-8");
    // GB18030 is a superset of GBK and GB2312, so one decoder reads all three.
    if (u == "GBK" || u == "GB2312" || u == "GB18030" || u == "CP936" || u == "936" || u == "EUC-CN" ||
        u == "ANSI936" || u == "WINDOWS-936")
        return std::string("GB18030");
    if (u == "BIG5" || u == "950" || u == "CP950") return std::string("BIG5");
    if (u == "LATIN1" || u == "ISO-8859-1" || u == "ISO88591" || u == "88591") return std::string("ISO-8859-1");
    if (u == "1252" || u == "CP1252" || u == "WINDOWS-1252") return std::string("CP1252");
    if (!u.empty() && iconvKnows(u)) return u;
    return fail(fmt::format("'{}' is not a text encoding known here (use UTF-8 or GBK)", name));
}

Result<std::optional<std::string>> encodingFromCpg(const std::string& dataPath) {
    namespace fs = std::filesystem;
    fs::path p(dataPath);
    for (const char* ext : {".cpg", ".CPG"}) {
        fs::path cpg = p;
        cpg.replace_extension(ext);
        std::error_code ec;
        if (!fs::exists(cpg, ec)) continue;
        std::ifstream in(cpg, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        text.erase(std::remove_if(text.begin(), text.end(), [](char c) { return c == '\r' || c == '\n'; }), text.end());
        if (text.empty()) return std::optional<std::string>{};
        auto enc = canonicalEncoding(text);
        if (!enc) return fail(fmt::format("{}: {}", cpg.string(), enc.error().message));
        return std::optional<std::string>(*enc);
    }
    return std::optional<std::string>{};
}

Result<void> checkEncodingFits(std::string_view sample, const std::string& encoding) {
    const bool utf8 = isValidUtf8(sample);
    if (encoding == "UTF-8" && !utf8) return fail("the text is not valid UTF-8 (is it GBK? give --encoding GBK)");
    const bool ascii =
        std::all_of(sample.begin(), sample.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (encoding != "UTF-8" && utf8 && !ascii)
        return fail(fmt::format("the text is declared {} but is UTF-8 (give --encoding UTF-8)", encoding));
    return {};
}

std::string guessEncoding(std::string_view sample) { return isValidUtf8(sample) ? "UTF-8" : "GB18030"; }

struct TextDecoder::Impl {
    iconv_t cd = reinterpret_cast<iconv_t>(-1);
    ~Impl() {
        if (cd != reinterpret_cast<iconv_t>(-1)) iconv_close(cd);
    }
};

TextDecoder::TextDecoder(TextDecoder&&) noexcept = default;
TextDecoder& TextDecoder::operator=(TextDecoder&&) noexcept = default;
TextDecoder::~TextDecoder() = default;

Result<TextDecoder> TextDecoder::create(const std::string& encoding) {
    auto canonical = canonicalEncoding(encoding);
    if (!canonical) return std::unexpected(canonical.error());
    TextDecoder d;
    d.encoding_ = *canonical;
    d.utf8_ = *canonical == "UTF-8";
    if (!d.utf8_) {
        d.impl_ = std::make_unique<Impl>();
        d.impl_->cd = iconv_open("UTF-8", canonical->c_str());
        if (d.impl_->cd == reinterpret_cast<iconv_t>(-1))
            return fail(fmt::format("cannot decode {} text here", *canonical));
    }
    return d;
}

bool TextDecoder::decode(std::string_view in, std::string& out) const {
    if (utf8_) {
        if (!isValidUtf8(in)) return false;
        out.assign(in);
        return true;
    }
    iconv(impl_->cd, nullptr, nullptr, nullptr, nullptr);
    // GB18030 takes at most 4 bytes per character, which become at most 4 UTF-8 bytes; ASCII
    // stays one byte, two-byte Chinese characters become three.
    out.resize(in.size() * 2 + 4);
    char* src = const_cast<char*>(in.data());
    size_t srcLeft = in.size();
    char* dst = out.data();
    size_t dstLeft = out.size();
    while (srcLeft > 0) {
        if (iconv(impl_->cd, &src, &srcLeft, &dst, &dstLeft) == static_cast<size_t>(-1)) {
            if (errno != E2BIG) return false;
            const size_t used = static_cast<size_t>(dst - out.data());
            out.resize(out.size() * 2);
            dst = out.data() + used;
            dstLeft = out.size() - used;
        }
    }
    out.resize(static_cast<size_t>(dst - out.data()));
    return true;
}

}  // namespace ga::io
