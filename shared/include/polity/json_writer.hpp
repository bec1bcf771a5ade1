// Polity Explorer — writing small JSON documents: the reports the widget hands to the page
// (its state, where the reader is, the dataset's credits). Strings are escaped as JSON needs
// and any ill-formed UTF-8 becomes U+FFFD, so the page's JSON.parse always succeeds.
//
//   JsonWriter w;
//   w.BeginObject().Key("view").String("timeline").Key("results").Number(5).EndObject();
//   std::string text = w.Take();   // {"view":"timeline","results":5}
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace polity {

class JsonWriter {
public:
    JsonWriter& BeginObject();
    JsonWriter& EndObject();
    JsonWriter& BeginArray();
    JsonWriter& EndArray();
    JsonWriter& Key(std::string_view name);      // in an object, before each value
    JsonWriter& String(std::string_view text);
    JsonWriter& Number(double value);            // integers without a fraction; NaN and infinities as null
    JsonWriter& Bool(bool value);
    JsonWriter& Null();

    std::string Take() { return std::move(out_); }  // the text written so far

private:
    void BeforeValue();
    void Quote(std::string_view text);

    std::string out_;
    std::vector<bool> first_;   // per open array or object: nothing written in it yet
    bool after_key_ = false;
};

} // namespace polity
