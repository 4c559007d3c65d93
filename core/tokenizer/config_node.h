#pragma once
// A position inside a parsed tokenizer.json that knows its own JSON path, so that every
// complaint names the file and the path ("tokenizer.json: model.merges[3]: expected ...").
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>

namespace msl {

class ConfigNode {
 public:
  ConfigNode(const nlohmann::json& json, std::string path, const std::string& source)
      : json_(json), path_(std::move(path)), source_(source) {}

  const nlohmann::json& json() const { return json_; }
  const std::string& path() const { return path_; }
  bool isNull() const { return json_.is_null(); }

  [[noreturn]] void fail(const std::string& message) const;

  // The member `key` (null when absent) and element `index`.
  ConfigNode operator[](const char* key) const;
  ConfigNode operator[](std::size_t index) const;
  std::size_t size() const;  // of an array; fails on anything else

  std::string string() const;  // fails unless a string
  std::string string(const char* key, const std::string& fallback) const;
  bool boolean(const char* key, bool fallback) const;
  long long integer(const char* key, long long fallback) const;

  // The "type" member; fails with the list of supported types when it is not among them.
  std::string type(std::initializer_list<const char*> supported) const;

 private:
  const nlohmann::json& json_;
  std::string path_;
  const std::string& source_;
};

}  // namespace msl
