#include "common/json_reader.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace msl {
namespace {

constexpr std::size_t kShownValueLength = 60;

// Hostile files hold megabyte strings: a message shows the start of the value.
template <typename Json>
std::string shortened(const Json& value) {
  std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (text.size() > kShownValueLength) text = text.substr(0, kShownValueLength) + "…";
  return text;
}

std::string numberText(double value) {
  if (std::abs(value) < 1e15 && value == std::floor(value))
    return std::to_string(static_cast<long long>(value));
  std::ostringstream out;
  out << value;
  return out.str();
}

template <typename Json>
const Json& nullJson() {
  static const Json value;
  return value;
}

std::pair<std::size_t, std::size_t> lineAndColumn(std::string_view text, std::size_t byte) {
  // nlohmann's byte is one past the offending character.
  const std::size_t offset = std::min<std::size_t>(byte == 0 ? 0 : byte - 1, text.size());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n')
      ++line, column = 1;
    else
      ++column;
  }
  return {line, column};
}

}  // namespace

JsonError::JsonError(std::string source, std::string keyPath, std::string problem)
    : Error(source + ": " + (keyPath.empty() ? std::string("<root>") : keyPath) + ": " + problem),
      source_(std::move(source)),
      keyPath_(std::move(keyPath)),
      problem_(std::move(problem)) {}

template <typename Json>
Json parseJson(std::string_view text, const std::string& source) {
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    const auto [line, column] = lineAndColumn(text, e.byte);
    throw Error(source + ":" + std::to_string(line) + ":" + std::to_string(column) +
                ": not valid JSON: " + e.what());
  } catch (const nlohmann::json::exception& e) {  // a number too large for a double
    throw Error(source + ": not valid JSON: " + e.what());
  }
}

template <typename Json>
Json readJsonFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(file.string() + ": cannot open");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw Error(file.string() + ": cannot read");
  return parseJson<Json>(text.str(), file.string());
}

bool NumberRange::contains(double value) const {
  return std::isfinite(value) && value >= min && value <= max && !(minExclusive && value == min) &&
         !(maxExclusive && value == max);
}

std::string NumberRange::text() const {
  const bool unboundedMax = max == std::numeric_limits<double>::max();
  return std::string(minExclusive ? "(" : "[") + numberText(min) + ", " +
         (unboundedMax ? std::string("inf)") : numberText(max) + (maxExclusive ? ")" : "]"));
}

std::string joinedNames(const std::vector<std::string>& names) {
  std::string text;
  for (const auto& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

template <typename Json>
BasicJsonReader<Json>::BasicJsonReader(const Json& json, std::string source, std::string path)
    : json_(&json), path_(std::move(path)), source_(std::move(source)) {}

template <typename Json>
void BasicJsonReader<Json>::fail(const std::string& problem) const {
  throw JsonError(source_, path_, problem);
}

template <typename Json>
void BasicJsonReader<Json>::expected(const std::string& what) const {
  fail("expected " + what + ", found " + shortened(*json_));
}

template <typename Json>
BasicJsonReader<Json> BasicJsonReader<Json>::operator[](const std::string& key) const {
  std::string childPath = path_.empty() ? key : path_ + "." + key;
  if (!json_->is_object()) return BasicJsonReader(nullJson<Json>(), source_, std::move(childPath));
  const auto it = json_->find(key);
  return BasicJsonReader(it == json_->end() ? nullJson<Json>() : *it, source_,
                         std::move(childPath));
}

template <typename Json>
BasicJsonReader<Json> BasicJsonReader<Json>::operator[](std::size_t index) const {
  std::string childPath = path_ + "[" + std::to_string(index) + "]";
  if (!json_->is_array() || index >= json_->size())
    BasicJsonReader(nullJson<Json>(), source_, childPath).fail("no such element");
  return BasicJsonReader((*json_)[index], source_, std::move(childPath));
}

template <typename Json>
std::size_t BasicJsonReader<Json>::size() const {
  if (!json_->is_array()) expected("an array");
  return json_->size();
}

template <typename Json>
void BasicJsonReader<Json>::requireObject() const {
  if (!json_->is_object()) expected("an object");
}

template <typename Json>
std::vector<std::pair<std::string, BasicJsonReader<Json>>> BasicJsonReader<Json>::members() const {
  requireObject();
  std::vector<std::pair<std::string, BasicJsonReader>> result;
  for (const auto& item : json_->items())
    result.emplace_back(item.key(),
                        BasicJsonReader(item.value(), source_,
                                        path_.empty() ? item.key() : path_ + "." + item.key()));
  return result;
}

template <typename Json>
void BasicJsonReader<Json>::allowOnly(const std::vector<std::string>& keys) const {
  for (const auto& [key, member] : members())
    if (std::find(keys.begin(), keys.end(), key) == keys.end())
      member.fail("unknown key (allowed here: " + joinedNames(keys) + ")");
}

template <typename Json>
std::string BasicJsonReader<Json>::string() const {
  if (!json_->is_string()) expected("a string");
  return json_->template get<std::string>();
}

template <typename Json>
bool BasicJsonReader<Json>::boolean() const {
  if (!json_->is_boolean()) expected("true or false");
  return json_->template get<bool>();
}

template <typename Json>
std::int64_t BasicJsonReader<Json>::integer() const {
  if (!json_->is_number_integer() ||
      (json_->is_number_unsigned() &&
       json_->template get<std::uint64_t>() >
           static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())))
    expected("an integer");
  return json_->template get<std::int64_t>();
}

template <typename Json>
std::int64_t BasicJsonReader<Json>::integer(const NumberRange& range) const {
  const std::string what = "an integer in " + range.text();
  if (!json_->is_number_integer()) expected(what);
  const std::int64_t value = integer();
  if (!range.contains(static_cast<double>(value))) expected(what);
  return value;
}

template <typename Json>
double BasicJsonReader<Json>::number() const {
  if (!json_->is_number() || !std::isfinite(json_->template get<double>())) expected("a number");
  return json_->template get<double>();
}

template <typename Json>
double BasicJsonReader<Json>::number(const NumberRange& range) const {
  const std::string what = "a number in " + range.text();
  if (!json_->is_number() || !range.contains(json_->template get<double>())) expected(what);
  return json_->template get<double>();
}

template <typename Json>
std::string BasicJsonReader<Json>::oneOf(const std::vector<std::string>& allowed) const {
  const std::string what = "one of " + joinedNames(allowed);
  if (!json_->is_string()) expected(what);
  const auto value = json_->template get<std::string>();
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) expected(what);
  return value;
}

template <typename Json>
std::string BasicJsonReader<Json>::string(const char* key, const std::string& fallback) const {
  const BasicJsonReader child = (*this)[key];
  return child.isNull() ? fallback : child.string();
}

template <typename Json>
bool BasicJsonReader<Json>::boolean(const char* key, bool fallback) const {
  const BasicJsonReader child = (*this)[key];
  return child.isNull() ? fallback : child.boolean();
}

template <typename Json>
std::int64_t BasicJsonReader<Json>::integer(const char* key, std::int64_t fallback) const {
  const BasicJsonReader child = (*this)[key];
  return child.isNull() ? fallback : child.integer();
}

template <typename Json>
double BasicJsonReader<Json>::number(const char* key, double fallback) const {
  const BasicJsonReader child = (*this)[key];
  return child.isNull() ? fallback : child.number();
}

template <typename Json>
std::string BasicJsonReader<Json>::type(std::initializer_list<const char*> supported) const {
  requireObject();
  const BasicJsonReader typeNode = (*this)["type"];
  const std::vector<std::string> names(supported.begin(), supported.end());
  if (typeNode.isNull()) typeNode.fail("missing (supported: " + joinedNames(names) + ")");
  const std::string name = typeNode.string();
  if (std::find(names.begin(), names.end(), name) == names.end())
    typeNode.fail("unsupported type '" + name + "' (supported: " + joinedNames(names) + ")");
  return name;
}

template class BasicJsonReader<nlohmann::json>;
template class BasicJsonReader<nlohmann::ordered_json>;
template nlohmann::json parseJson<nlohmann::json>(std::string_view, const std::string&);
template nlohmann::ordered_json parseJson<nlohmann::ordered_json>(std::string_view,
                                                                  const std::string&);
template nlohmann::json readJsonFile<nlohmann::json>(const std::filesystem::path&);
template nlohmann::ordered_json readJsonFile<nlohmann::ordered_json>(const std::filesystem::path&);

}  // namespace msl
