#include "tokenizer/config_node.h"

#include "common/error.h"

namespace msl {
namespace {
const nlohmann::json& nullJson() {
  static const nlohmann::json value;
  return value;
}
}  // namespace

void ConfigNode::fail(const std::string& message) const {
  throw Error(source_ + ": " + (path_.empty() ? std::string("<root>") : path_) + ": " + message);
}

ConfigNode ConfigNode::operator[](const char* key) const {
  const std::string childPath = path_.empty() ? std::string(key) : path_ + "." + key;
  if (!json_.is_object()) return ConfigNode(nullJson(), childPath, source_);
  const auto it = json_.find(key);
  return ConfigNode(it == json_.end() ? nullJson() : *it, childPath, source_);
}

ConfigNode ConfigNode::operator[](std::size_t index) const {
  return ConfigNode(json_.at(index), path_ + "[" + std::to_string(index) + "]", source_);
}

std::size_t ConfigNode::size() const {
  if (!json_.is_array()) fail("expected an array, found " + std::string(json_.type_name()));
  return json_.size();
}

std::string ConfigNode::string() const {
  if (!json_.is_string()) fail("expected a string, found " + std::string(json_.type_name()));
  return json_.get<std::string>();
}

std::string ConfigNode::string(const char* key, const std::string& fallback) const {
  const ConfigNode child = (*this)[key];
  return child.isNull() ? fallback : child.string();
}

bool ConfigNode::boolean(const char* key, bool fallback) const {
  const ConfigNode child = (*this)[key];
  if (child.isNull()) return fallback;
  if (!child.json_.is_boolean()) {
    child.fail("expected true or false, found " + std::string(child.json_.type_name()));
  }
  return child.json_.get<bool>();
}

long long ConfigNode::integer(const char* key, long long fallback) const {
  const ConfigNode child = (*this)[key];
  if (child.isNull()) return fallback;
  if (!child.json_.is_number_integer()) {
    child.fail("expected an integer, found " + std::string(child.json_.type_name()));
  }
  return child.json_.get<long long>();
}

std::string ConfigNode::type(std::initializer_list<const char*> supported) const {
  if (!json_.is_object()) fail("expected an object, found " + std::string(json_.type_name()));
  const ConfigNode typeNode = (*this)["type"];
  if (typeNode.isNull()) fail("missing \"type\"");
  const std::string name = typeNode.string();
  std::string list;
  for (const char* s : supported) {
    if (name == s) return name;
    list += (list.empty() ? "" : ", ") + std::string(s);
  }
  fail("unsupported type '" + name + "' (supported: " + list + ")");
}

}  // namespace msl
