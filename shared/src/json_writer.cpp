// Writing small JSON documents (see polity/json_writer.hpp).
#include "polity/json_writer.hpp"

#include "polity/numbers.hpp"
#include "utf8.hpp"

#include <cmath>

namespace polity {

void JsonWriter::BeforeValue() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!first_.empty()) {
        if (!first_.back()) out_ += ',';
        first_.back() = false;
    }
}

JsonWriter& JsonWriter::BeginObject() {
    BeforeValue();
    out_ += '{';
    first_.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::EndObject() {
    out_ += '}';
    first_.pop_back();
    return *this;
}

JsonWriter& JsonWriter::BeginArray() {
    BeforeValue();
    out_ += '[';
    first_.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::EndArray() {
    out_ += ']';
    first_.pop_back();
    return *this;
}

JsonWriter& JsonWriter::Key(std::string_view name) {
    BeforeValue();
    Quote(name);
    out_ += ':';
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::String(std::string_view text) {
    BeforeValue();
    Quote(text);
    return *this;
}

JsonWriter& JsonWriter::Number(double value) {
    BeforeValue();
    if (!std::isfinite(value)) {
        out_ += "null";
        return *this;
    }
    char buffer[32];
    // %.17g reads back as the same double; whole numbers print without a fraction.
    FormatString(buffer, sizeof buffer, value == std::floor(value) && std::fabs(value) < 1e15 ? "%.0f" : "%.17g", value);
    out_ += buffer;
    return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
    BeforeValue();
    out_ += value ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::Null() {
    BeforeValue();
    out_ += "null";
    return *this;
}

// Escapes what JSON requires; a byte that does not begin a well-formed UTF-8 sequence becomes
// U+FFFD.
void JsonWriter::Quote(std::string_view text) {
    static const char kHex[] = "0123456789abcdef";
    out_ += '"';
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '"' || c == '\\') {
            out_ += '\\';
            out_ += static_cast<char>(c);
        } else if (c == '\n') {
            out_ += "\\n";
        } else if (c < 0x20) {
            out_ += "\\u00";
            out_ += kHex[c >> 4];
            out_ += kHex[c & 15];
        } else if (c < 0x80) {
            out_ += static_cast<char>(c);
        } else {
            std::uint32_t code_point = 0;
            if (const std::size_t n = detail::DecodeUtf8(text, i, &code_point); n > 0) {
                out_.append(text.substr(i, n));
                i += n;
                continue;
            }
            out_ += "\xEF\xBF\xBD";
        }
        ++i;
    }
    out_ += '"';
}

} // namespace polity
