#include "model/model_config.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/error.h"

namespace msl {
namespace {

using nlohmann::json;

const char* const kSupportedTypes = "llama, mistral, qwen2, qwen3";
const char* const kSupportedRopeTypes = "default, linear, llama3";

class ConfigReader {
 public:
  ConfigReader(const json& config, const std::string& source) : config_(config), source_(source) {}

  [[noreturn]] void fail(const std::string& key, const std::string& message) const {
    throw Error(source_ + ": \"" + key + "\": " + message);
  }

  bool has(const std::string& key) const {
    const auto found = config_.find(key);
    return found != config_.end() && !found->is_null();
  }

  std::int64_t positiveInteger(const std::string& key) const {
    if (!has(key)) fail(key, "missing (expected a positive integer)");
    const auto& value = config_.at(key);
    if (!value.is_number_integer() || value.get<std::int64_t>() <= 0)
      fail(key, "expected a positive integer, got " + value.dump());
    return value.get<std::int64_t>();
  }

  std::int64_t positiveInteger(const std::string& key, std::int64_t fallback) const {
    return has(key) ? positiveInteger(key) : fallback;
  }

  double positiveNumber(const json& object, const std::string& key, double fallback) const {
    const auto found = object.find(key);
    if (found == object.end() || found->is_null()) return fallback;
    if (!found->is_number() || found->get<double>() <= 0)
      fail(key, "expected a positive number, got " + found->dump());
    return found->get<double>();
  }

  double positiveNumber(const std::string& key, double fallback) const {
    return positiveNumber(config_, key, fallback);
  }

  bool boolean(const std::string& key, bool fallback) const {
    if (!has(key)) return fallback;
    if (!config_.at(key).is_boolean()) fail(key, "expected true or false");
    return config_.at(key).get<bool>();
  }

  std::string string(const std::string& key, const std::string& fallback) const {
    if (!has(key)) return fallback;
    if (!config_.at(key).is_string()) fail(key, "expected a string");
    return config_.at(key).get<std::string>();
  }

  std::vector<std::int64_t> tokenIds(const std::string& key) const {
    if (!has(key)) return {};
    const auto& value = config_.at(key);
    const auto idOf = [&](const json& id) {
      if (!id.is_number_integer() || id.get<std::int64_t>() < 0)
        fail(key, "expected a token id or a list of token ids, got " + value.dump());
      return id.get<std::int64_t>();
    };
    if (!value.is_array()) return {idOf(value)};
    std::vector<std::int64_t> ids;
    for (const auto& id : value) ids.push_back(idOf(id));
    return ids;
  }

  const json& at(const std::string& key) const { return config_.at(key); }

 private:
  const json& config_;
  const std::string& source_;
};

// `key` is "rope_scaling" (transformers < 5) or "rope_parameters" (transformers >= 5).
RopeScaling parseRopeScaling(const ConfigReader& reader, const std::string& key) {
  RopeScaling scaling;
  if (!reader.has(key)) return scaling;
  const auto& object = reader.at(key);
  if (!object.is_object()) reader.fail(key, "expected an object or null");
  // Older configs name the kind "type", newer ones "rope_type".
  std::string kind = "default";
  for (const char* key : {"rope_type", "type"})
    if (object.contains(key) && object.at(key).is_string()) {
      kind = object.at(key).get<std::string>();
      break;
    }
  if (kind == "default") return scaling;
  scaling.factor = reader.positiveNumber(object, "factor", 0.0);
  if (scaling.factor <= 0) reader.fail(key, "\"factor\" is required for " + kind);
  if (kind == "linear") {
    scaling.type = RopeScalingType::Linear;
    return scaling;
  }
  if (kind != "llama3")
    reader.fail(key,
                "unsupported rope type '" + kind + "' (supported: " + kSupportedRopeTypes + ")");
  scaling.type = RopeScalingType::Llama3;
  scaling.lowFreqFactor = reader.positiveNumber(object, "low_freq_factor", 1.0);
  scaling.highFreqFactor = reader.positiveNumber(object, "high_freq_factor", 4.0);
  scaling.originalMaxPositionEmbeddings = static_cast<std::int64_t>(
      reader.positiveNumber(object, "original_max_position_embeddings", 8192));
  if (scaling.highFreqFactor <= scaling.lowFreqFactor)
    reader.fail(key, "high_freq_factor must exceed low_freq_factor");
  return scaling;
}

void parseFamilyOptions(const ConfigReader& reader, ModelConfig& config) {
  if (config.modelType == "qwen2") {
    config.qkvBias = true;  // Qwen2/2.5 always bias q, k and v (not o)
  } else if (config.modelType == "qwen3") {
    config.qkNorm = true;
    config.qkvBias = config.outputBias = reader.boolean("attention_bias", false);
  } else {
    config.qkvBias = config.outputBias = reader.boolean("attention_bias", false);
  }
  if (config.modelType == "qwen2" || config.modelType == "qwen3") {
    if (reader.boolean("use_sliding_window", false))
      reader.fail("use_sliding_window",
                  "Qwen's per-layer sliding window is not supported (supported: false)");
  } else if (config.modelType == "mistral" && reader.has("sliding_window")) {
    config.slidingWindow = reader.positiveInteger("sliding_window");
  }
  if (reader.boolean("mlp_bias", false))
    reader.fail("mlp_bias", "not supported (supported: false)");
  const auto activation = reader.string("hidden_act", "silu");
  if (activation != "silu")
    reader.fail("hidden_act", "unsupported activation '" + activation + "' (supported: silu)");
}

void checkConsistency(const ConfigReader& reader, const ModelConfig& config) {
  if (config.numAttentionHeads % config.numKeyValueHeads != 0)
    reader.fail("num_key_value_heads", std::to_string(config.numKeyValueHeads) +
                                           " must divide num_attention_heads " +
                                           std::to_string(config.numAttentionHeads));
  if (config.headDim % 2 != 0)
    reader.fail("head_dim",
                "must be even for rotary embeddings, got " + std::to_string(config.headDim));
  for (const auto id : config.eosTokenIds)
    if (id >= config.vocabSize)
      reader.fail("eos_token_id", std::to_string(id) + " is outside the vocabulary");
  if (config.bosTokenId && *config.bosTokenId >= config.vocabSize)
    reader.fail("bos_token_id", std::to_string(*config.bosTokenId) + " is outside the vocabulary");
}

}  // namespace

std::string supportedModelTypes() {
  return kSupportedTypes;
}

ModelConfig parseModelConfig(const json& json, const std::string& source) {
  if (!json.is_object()) throw Error(source + ": expected a JSON object");
  const ConfigReader reader(json, source);
  ModelConfig config;
  config.modelType = reader.string("model_type", "");
  if (config.modelType != "llama" && config.modelType != "mistral" && config.modelType != "qwen2" &&
      config.modelType != "qwen3")
    reader.fail("model_type", "unsupported model type '" + config.modelType +
                                  "' (supported: " + kSupportedTypes + ")");
  config.vocabSize = reader.positiveInteger("vocab_size");
  config.hiddenSize = reader.positiveInteger("hidden_size");
  config.intermediateSize = reader.positiveInteger("intermediate_size");
  config.numHiddenLayers = reader.positiveInteger("num_hidden_layers");
  config.numAttentionHeads = reader.positiveInteger("num_attention_heads");
  config.numKeyValueHeads = reader.positiveInteger("num_key_value_heads", config.numAttentionHeads);
  if (!reader.has("head_dim") && config.hiddenSize % config.numAttentionHeads != 0)
    reader.fail("hidden_size", "must be a multiple of num_attention_heads when head_dim is absent");
  config.headDim = reader.positiveInteger("head_dim", config.hiddenSize / config.numAttentionHeads);
  config.maxPositionEmbeddings = reader.positiveInteger("max_position_embeddings", 2048);
  config.rmsNormEps = reader.positiveNumber("rms_norm_eps", 1e-6);
  // transformers >= 5 writes "rope_parameters" with rope_theta inside; earlier versions write
  // "rope_theta" beside "rope_scaling".
  if (reader.has("rope_parameters")) {
    const auto& parameters = reader.at("rope_parameters");
    if (!parameters.is_object()) reader.fail("rope_parameters", "expected an object");
    config.ropeTheta = reader.positiveNumber(parameters, "rope_theta", 10000.0);
    config.ropeScaling = parseRopeScaling(reader, "rope_parameters");
  } else {
    config.ropeTheta = reader.positiveNumber("rope_theta", 10000.0);
    config.ropeScaling = parseRopeScaling(reader, "rope_scaling");
  }
  config.tieWordEmbeddings = reader.boolean("tie_word_embeddings", false);
  parseFamilyOptions(reader, config);
  const auto bos = reader.tokenIds("bos_token_id");
  if (bos.size() > 1) reader.fail("bos_token_id", "expected one token id");
  if (!bos.empty()) config.bosTokenId = bos.front();
  config.eosTokenIds = reader.tokenIds("eos_token_id");
  config.initializerRange = reader.positiveNumber("initializer_range", 0.02);
  // transformers >= 4.56 writes "dtype"; older versions "torch_dtype".
  config.torchDtype = reader.string("torch_dtype", reader.string("dtype", "float32"));
  checkConsistency(reader, config);
  return config;
}

ModelConfig parseModelConfigText(std::string_view text, const std::string& source) {
  nlohmann::json parsed;
  try {
    parsed = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    throw Error(source + ": not valid JSON: " + e.what());
  }
  return parseModelConfig(parsed, source);
}

ModelConfig loadModelConfig(const std::filesystem::path& configJson) {
  std::ifstream in(configJson);
  if (!in) throw Error(configJson.string() + ": cannot open");
  std::stringstream text;
  text << in.rdbuf();
  return parseModelConfigText(text.str(), configJson.string());
}

std::int64_t ModelConfig::parameterCount() const {
  const std::int64_t queryWidth = numAttentionHeads * headDim;
  const std::int64_t keyValueWidth = numKeyValueHeads * headDim;
  std::int64_t attention =
      hiddenSize * queryWidth + 2 * hiddenSize * keyValueWidth + queryWidth * hiddenSize;
  if (qkvBias) attention += queryWidth + 2 * keyValueWidth;
  if (outputBias) attention += hiddenSize;
  if (qkNorm) attention += 2 * headDim;
  const std::int64_t mlp = 3 * hiddenSize * intermediateSize;
  const std::int64_t layer = attention + mlp + 2 * hiddenSize;
  const std::int64_t embedding = vocabSize * hiddenSize;
  return embedding + numHiddenLayers * layer + hiddenSize + (tieWordEmbeddings ? 0 : embedding);
}

nlohmann::json modelConfigToJson(const ModelConfig& config) {
  static const std::map<std::string, std::string> kArchitectures{{"llama", "LlamaForCausalLM"},
                                                                 {"mistral", "MistralForCausalLM"},
                                                                 {"qwen2", "Qwen2ForCausalLM"},
                                                                 {"qwen3", "Qwen3ForCausalLM"}};
  nlohmann::json json;
  json["architectures"] = {kArchitectures.at(config.modelType)};
  json["model_type"] = config.modelType;
  json["vocab_size"] = config.vocabSize;
  json["hidden_size"] = config.hiddenSize;
  json["intermediate_size"] = config.intermediateSize;
  json["num_hidden_layers"] = config.numHiddenLayers;
  json["num_attention_heads"] = config.numAttentionHeads;
  json["num_key_value_heads"] = config.numKeyValueHeads;
  json["head_dim"] = config.headDim;
  json["max_position_embeddings"] = config.maxPositionEmbeddings;
  json["rms_norm_eps"] = config.rmsNormEps;
  json["rope_theta"] = config.ropeTheta;
  json["hidden_act"] = "silu";
  json["tie_word_embeddings"] = config.tieWordEmbeddings;
  json["initializer_range"] = config.initializerRange;
  json["torch_dtype"] = config.torchDtype;
  json["attention_dropout"] = 0.0;
  json["use_cache"] = true;
  if (config.modelType == "llama" || config.modelType == "mistral" || config.modelType == "qwen3")
    json["attention_bias"] = config.qkvBias;
  if (config.modelType == "llama") json["mlp_bias"] = false;
  if (config.modelType == "qwen2" || config.modelType == "qwen3")
    json["use_sliding_window"] = false;
  if (config.modelType == "mistral")
    json["sliding_window"] =
        config.slidingWindow > 0 ? nlohmann::json(config.slidingWindow) : nlohmann::json();
  switch (config.ropeScaling.type) {
    case RopeScalingType::None:
      json["rope_scaling"] = nullptr;
      break;
    case RopeScalingType::Linear:
      json["rope_scaling"] = {{"rope_type", "linear"}, {"factor", config.ropeScaling.factor}};
      break;
    case RopeScalingType::Llama3:
      json["rope_scaling"] = {
          {"rope_type", "llama3"},
          {"factor", config.ropeScaling.factor},
          {"low_freq_factor", config.ropeScaling.lowFreqFactor},
          {"high_freq_factor", config.ropeScaling.highFreqFactor},
          {"original_max_position_embeddings", config.ropeScaling.originalMaxPositionEmbeddings}};
      break;
  }
  if (config.bosTokenId) json["bos_token_id"] = *config.bosTokenId;
  if (config.eosTokenIds.size() == 1) json["eos_token_id"] = config.eosTokenIds.front();
  if (config.eosTokenIds.size() > 1) json["eos_token_id"] = config.eosTokenIds;
  return json;
}

}  // namespace msl
