// One JSON value as a small tree (see json_value.hpp).
#include "json_value.hpp"

#include <algorithm>

namespace polity::detail {

namespace {

void DumpString(std::string_view s, std::string& out) {
    static const char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : s) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += kHex[byte >> 4];
                out += kHex[byte & 15];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void Dump(const JsonValue& v, std::string& out) {
    switch (v.type()) {
    case JsonValue::Type::Null: out += "null"; break;
    case JsonValue::Type::Boolean: out += v.boolean() ? "true" : "false"; break;
    case JsonValue::Type::Number: out += v.dump(); break;
    case JsonValue::Type::String: DumpString(v.str(), out); break;
    case JsonValue::Type::Array:
    case JsonValue::Type::Object: {
        const bool object = v.is_object();
        out += object ? '{' : '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i) out += ',';
            if (object) {
                DumpString(v[i].key(), out);
                out += ':';
            }
            Dump(v[i], out);
        }
        out += object ? '}' : ']';
        break;
    }
    }
}

} // namespace

const char* JsonValue::type_name() const {
    switch (type_) {
    case Type::Null: return "null";
    case Type::Boolean: return "boolean";
    case Type::Number: return "number";
    case Type::String: return "string";
    case Type::Array: return "array";
    case Type::Object: return "object";
    }
    return "value";
}

JsonValue* JsonValue::Find(std::string_view key) {
    if (type_ != Type::Object) return nullptr;
    // An entity has a handful of members whose names mostly differ in length: string_view
    // equality compares the lengths first.
    for (std::uint32_t i = 0; i < count_; ++i)
        if (children_[i].key_ == key) return &children_[i];
    return nullptr;
}

const JsonValue* JsonValue::Find(std::string_view key) const { return const_cast<JsonValue*>(this)->Find(key); }

std::string JsonValue::dump() const {
    if (type_ == Type::Number) return std::string(text_);
    std::string out;
    Dump(*this, out);
    return out;
}

template <class T>
T* JsonTree::Pool<T>::Take(std::size_t n) {
    for (; block < blocks.size(); ++block, used = 0) {
        if (used + n <= sizes[block]) {
            T* at = blocks[block].get() + used;
            used += n;
            return at;
        }
    }
    const std::size_t size = std::max<std::size_t>(n, sizes.empty() ? 256 : sizes.back() * 2);
    blocks.push_back(std::make_unique<T[]>(size));
    sizes.push_back(size);
    used = n;
    return blocks.back().get();
}

void JsonTree::Clear() {
    root_ = JsonValue();
    values_.Reset();
    chars_.Reset();
}

JsonValue* JsonTree::AllocateValues(std::size_t n) {
    JsonValue* values = values_.Take(n);
    std::fill(values, values + n, JsonValue());
    return values;
}

char* JsonTree::AllocateChars(std::size_t n) { return chars_.Take(n); }

} // namespace polity::detail
