// The run config's JSON form, read and written through the schema (runs/run_config_schema.h).
#include <algorithm>
#include <nlohmann/json.hpp>

#include "common/json_reader.h"
#include "runs/run_config.h"
#include "runs/run_config_schema.h"

namespace msl {
namespace {

using nlohmann::json;

const char* const kSource = "run config";

std::string childPath(const std::string& prefix, const std::string& name) {
  return prefix.empty() ? name : prefix + "." + name;
}

// The names one level below `prefix` ("loss" gives kind, tau, ...), in the schema's order.
std::vector<std::string> namesBelow(const std::string& prefix) {
  std::vector<std::string> names;
  if (prefix.empty()) names.push_back("preset");
  const std::string start = prefix.empty() ? std::string() : prefix + ".";
  for (const RunConfigKey& key : runConfigSchema()) {
    if (key.path.compare(0, start.size(), start) != 0) continue;
    const std::string rest = key.path.substr(start.size());
    const std::string name = rest.substr(0, rest.find('.'));
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return names;
}

void readNames(const RunConfigKey& key, const JsonReader& value, std::vector<std::string>& names) {
  if (!value.json().is_array() || value.json().empty())
    value.expected("a non-empty list of: " + joinedNames(key.allowed));
  std::vector<std::string> result;
  for (std::size_t i = 0; i < value.size(); ++i) result.push_back(value[i].oneOf(key.allowed));
  names = std::move(result);
}

void readValue(const RunConfigKey& key, const JsonReader& value, RunConfig& config) {
  using Field = RunConfigKey;
  std::visit(
      [&](auto field) {
        using F = decltype(field);
        if constexpr (std::is_same_v<F, Field::Field<std::string>>) {
          if (key.kind == RunConfigValueKind::Choice) {
            field(config) = value.oneOf(key.allowed);
            return;
          }
          const std::string text = value.string();
          if (key.accepts && !key.accepts(text)) value.expected("one of " + key.acceptedText);
          field(config) = text;
        } else if constexpr (std::is_same_v<F, Field::Field<bool>>) {
          field(config) = value.boolean();
        } else if constexpr (std::is_same_v<F, Field::Field<std::int64_t>>) {
          field(config) = value.integer(key.range);
        } else if constexpr (std::is_same_v<F, Field::Field<std::uint64_t>>) {
          field(config) = static_cast<std::uint64_t>(value.integer(key.range));
        } else if constexpr (std::is_same_v<F, Field::Field<double>>) {
          field(config) = value.number(key.range);
        } else if constexpr (std::is_same_v<F, Field::Field<std::vector<std::string>>>) {
          readNames(key, value, field(config));
        } else {  // a pair of numbers
          if (!value.json().is_array() || value.json().size() != 2)
            value.expected("two numbers in " + key.range.text() + ", e.g. [0.9, 0.999]");
          const double first = value[0].number(key.range), second = value[1].number(key.range);
          field[0](config) = first;
          field[1](config) = second;
        }
      },
      key.field);
}

void readSection(const JsonReader& section, const std::string& prefix, RunConfig& config) {
  section.allowOnly(namesBelow(prefix));
  // A "model.create" section means the run creates its model, unless it says enabled: false.
  if (prefix == "model.create") config.model.create = true;
  for (const auto& [name, member] : section.members()) {
    const std::string path = childPath(prefix, name);
    if (path == "preset") continue;
    if (const RunConfigKey* key = findRunConfigKey(path))
      readValue(*key, member, config);
    else
      readSection(member, path, config);
  }
}

RunConfig runConfigFrom(const json& input, const RunConfig& base, const std::string& source) {
  const JsonReader root(input, source);
  root.requireObject();
  RunConfig config = base;
  if (root.has("preset")) config = presetRunConfig(root["preset"].oneOf(runConfigPresetNames()));
  readSection(root, "", config);
  if (config.loss.minTau > config.loss.maxTau)
    root["loss"]["min_tau"].fail("must not exceed loss.max_tau");
  return config;
}

json valueOf(const RunConfigKey& key, RunConfig& config) {
  return std::visit(
      [&](auto field) -> json {
        if constexpr (std::is_same_v<decltype(field), std::array<RunConfigKey::Field<double>, 2>>)
          return {field[0](config), field[1](config)};
        else
          return field(config);
      },
      key.field);
}

}  // namespace

RunConfig runConfigFromJson(const json& input, const RunConfig& base) {
  return runConfigFrom(input, base, kSource);
}

RunConfig runConfigFromText(const std::string& text, const RunConfig& base) {
  return runConfigFrom(parseJson(text, kSource), base, kSource);
}

RunConfig loadRunConfig(const std::string& path, const RunConfig& base) {
  return runConfigFrom(readJsonFile(path), base, path);
}

json runConfigToJson(const RunConfig& config) {
  RunConfig values = config;  // the schema's fields take a mutable config
  json out = json::object();
  for (const RunConfigKey& key : runConfigSchema()) {
    std::string pointer = "/" + key.path;
    std::replace(pointer.begin(), pointer.end(), '.', '/');
    out[json::json_pointer(pointer)] = valueOf(key, values);
  }
  // The preset is where the values came from; every value is written, so reading the JSON back
  // must not start from the preset again (it would be the same values anyway).
  return out;
}

}  // namespace msl
