// Internal to the loader: one JSON value of a dataset — the meta object, a theme, an
// institution, a relation — as a small tree, read from the text by JsonReader and checked by
// the validator. A dataset is read element by element: one tree lives at a time and its storage
// is reused for the next, so a load holds the text and the model, never a DOM of the whole file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace polity::detail {

class JsonValue {
public:
    enum class Type : std::uint8_t { Null, Boolean, Number, String, Array, Object };

    Type type() const { return type_; }
    bool is_null() const { return type_ == Type::Null; }
    bool is_boolean() const { return type_ == Type::Boolean; }
    bool is_number() const { return type_ == Type::Number; }
    bool is_string() const { return type_ == Type::String; }
    bool is_array() const { return type_ == Type::Array; }
    bool is_object() const { return type_ == Type::Object; }
    const char* type_name() const;  // "null", "boolean", "number", "string", "array", "object"

    std::string_view str() const { return type_ == Type::String ? text_ : std::string_view(); }  // decoded
    double number() const { return type_ == Type::Number ? number_ : 0.0; }
    bool boolean() const { return boolean_; }

    // An array's elements or an object's members, in file order (of a key given twice, only the
    // later member, as JSON readers commonly keep). Scalars have none.
    std::size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    JsonValue& operator[](std::size_t i) { return children_[i]; }
    const JsonValue& operator[](std::size_t i) const { return children_[i]; }
    JsonValue* begin() { return children_; }
    JsonValue* end() { return children_ + count_; }
    const JsonValue* begin() const { return children_; }
    const JsonValue* end() const { return children_ + count_; }
    std::string_view key() const { return key_; }  // a member's name; "" for an array element

    JsonValue* Find(std::string_view key);            // an object's member, or nullptr
    const JsonValue* Find(std::string_view key) const;
    bool contains(std::string_view key) const { return Find(key) != nullptr; }

    // Compact JSON text of the value, for messages that quote it (a number as the file wrote it).
    std::string dump() const;

private:
    friend class JsonReader;

    std::string_view key_;
    std::string_view text_;             // a string's characters, a number's token
    JsonValue* children_ = nullptr;
    double number_ = 0;
    std::uint32_t count_ = 0;
    Type type_ = Type::Null;
    bool boolean_ = false;
};

// Owns the values and decoded characters of one tree. Clear() keeps the memory for the next.
class JsonTree {
public:
    JsonTree() = default;
    JsonTree(const JsonTree&) = delete;
    JsonTree& operator=(const JsonTree&) = delete;

    JsonValue& root() { return root_; }
    void Clear();

    JsonValue* AllocateValues(std::size_t n);  // default-initialised, valid until Clear()
    char* AllocateChars(std::size_t n);        // likewise

private:
    template <class T>
    struct Pool {
        std::vector<std::unique_ptr<T[]>> blocks;
        std::vector<std::size_t> sizes;
        std::size_t block = 0, used = 0;  // the block being filled, and how much of it is used
        T* Take(std::size_t n);
        void Reset() { block = used = 0; }
    };

    JsonValue root_;
    Pool<JsonValue> values_;
    Pool<char> chars_;
};

} // namespace polity::detail
