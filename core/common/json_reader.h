#pragma once
// The one checked reader for the JSON files the workbench reads (config.json, tokenizer.json,
// dataset.json, the run config, the PEFT adapter config). A JsonReader is a position in a parsed
// document that knows the file and its own key path, so that every complaint reads
// "<file>: <key path>: <what was expected>, found <what was there>", for example
// "config.json: rope_scaling.factor: expected a number in (0, inf), found -1". Numbers are
// type-checked before they are converted: a float never silently becomes an integer, and an
// integer beyond 64 bits is reported, not wrapped.
#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/error.h"

namespace msl {

// An error about one key of a JSON file; what() is "<source>: <key path>: <problem>". The form
// that edits a file puts problem() next to the field of keyPath().
class JsonError : public Error {
 public:
  JsonError(std::string source, std::string keyPath, std::string problem);
  const std::string& source() const { return source_; }
  const std::string& keyPath() const { return keyPath_; }  // "" for the whole document
  const std::string& problem() const { return problem_; }

 private:
  std::string source_, keyPath_, problem_;
};

// Parses `text`. Whatever nlohmann rejects becomes msl::Error naming `source`: bad syntax as
// "<source>:<line>:<column>: not valid JSON: ...", a number too large for a double as
// "<source>: not valid JSON: ...".
template <typename Json = nlohmann::json>
Json parseJson(std::string_view text, const std::string& source);

// Reads and parses `file`; a file that cannot be opened is an msl::Error naming it.
template <typename Json = nlohmann::json>
Json readJsonFile(const std::filesystem::path& file);

// An interval for messages and checks: "[1, 1048576]", "(0, inf)", "[0, 1)".
struct NumberRange {
  double min = -std::numeric_limits<double>::max();
  double max = std::numeric_limits<double>::max();
  bool minExclusive = false;
  bool maxExclusive = false;
  bool contains(double value) const;
  std::string text() const;
};

template <typename Json>
class BasicJsonReader {
 public:
  BasicJsonReader(const Json& json, std::string source, std::string path = {});

  const Json& json() const { return *json_; }
  const std::string& path() const { return path_; }
  const std::string& source() const { return source_; }
  bool isNull() const { return json_->is_null(); }  // absent members read as null
  bool has(const char* key) const { return !(*this)[key].isNull(); }

  [[noreturn]] void fail(const std::string& problem) const;
  // "expected <what>, found <the value, shortened>".
  [[noreturn]] void expected(const std::string& what) const;

  BasicJsonReader operator[](const std::string& key) const;  // null when absent
  BasicJsonReader operator[](std::size_t index) const;       // fails when out of range
  std::size_t size() const;                                  // of an array
  // An object's members in the document's order (the ordered Json keeps the file's order).
  std::vector<std::pair<std::string, BasicJsonReader>> members() const;
  // Fails unless an object whose keys are all in `keys`, listing them.
  void allowOnly(const std::vector<std::string>& keys) const;
  void requireObject() const;

  std::string string() const;
  bool boolean() const;
  std::int64_t integer() const;  // an integer that fits 64 bits, never a float
  std::int64_t integer(const NumberRange& range) const;
  double number() const;  // finite
  double number(const NumberRange& range) const;
  std::string oneOf(const std::vector<std::string>& allowed) const;

  // The member `key`, or `fallback` when it is absent or null.
  std::string string(const char* key, const std::string& fallback) const;
  bool boolean(const char* key, bool fallback) const;
  std::int64_t integer(const char* key, std::int64_t fallback) const;
  double number(const char* key, double fallback) const;

  // The "type" member; fails with the supported types when it is not among them.
  std::string type(std::initializer_list<const char*> supported) const;

 private:
  const Json* json_;
  std::string path_;
  std::string source_;
};

using JsonReader = BasicJsonReader<nlohmann::json>;
using OrderedJsonReader = BasicJsonReader<nlohmann::ordered_json>;

// "a, b, c".
std::string joinedNames(const std::vector<std::string>& names);

}  // namespace msl
