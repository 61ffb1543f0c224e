#pragma once
// Text encodings of attribute data: UTF-8 validation, GBK/GB18030 detection and decoding (glibc
// iconv), and the encoding a shapefile's .cpg declares.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace ga::io {

/// True when `s` is well-formed UTF-8 (no overlongs, no surrogates).
bool isValidUtf8(std::string_view s);

/// The canonical iconv name for what users and .cpg files write: "UTF-8", "GB18030" (for GBK,
/// GB2312, CP936, 936), ...; fails for an encoding iconv does not know.
Result<std::string> canonicalEncoding(std::string_view name);

/// The encoding a .cpg file declares (canonical name), nullopt when there is no .cpg beside
/// `dataPath` (the .shp or .dbf). An unknown name is an error naming the .cpg.
Result<std::optional<std::string>> encodingFromCpg(const std::string& dataPath);

/// Checks that a sample of the file's bytes fits the declared encoding: UTF-8 must validate, and a
/// GBK/GB18030 declaration on text that is valid UTF-8 with Chinese in it is refused as wrong.
Result<void> checkEncodingFits(std::string_view sample, const std::string& canonicalEncoding);

/// Guesses the encoding of a text sample: "UTF-8" when it is valid UTF-8, else "GB18030" (what
/// Chinese offices write when a file is not UTF-8).
std::string guessEncoding(std::string_view sample);

/// Converts text in one encoding to UTF-8; UTF-8 input is validated, not copied through iconv.
class TextDecoder {
public:
    static Result<TextDecoder> create(const std::string& encoding);

    TextDecoder(TextDecoder&&) noexcept;
    TextDecoder& operator=(TextDecoder&&) noexcept;
    ~TextDecoder();

    const std::string& encoding() const { return encoding_; }
    bool isUtf8() const { return utf8_; }
    /// Decodes `in` into `out` (reusing its capacity); false when `in` is not valid text in this
    /// encoding.
    bool decode(std::string_view in, std::string& out) const;

private:
    TextDecoder() = default;
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::string encoding_;
    bool utf8_ = true;
};

}  // namespace ga::io
