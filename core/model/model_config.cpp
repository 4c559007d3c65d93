#include "model/model_config.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/error.h"
#include "common/json_reader.h"

namespace msl {
namespace {

using nlohmann::json;

const char* const kSupportedTypes = "llama, mistral, qwen2, qwen3";
const char* const kSupportedRopeTypes = "default, linear, llama3";

std::int64_t positiveInteger(const JsonReader& value) {
  if (value.isNull()) value.fail("missing (expected a positive integer)");
  if (!value.json().is_number_integer() || value.integer() <= 0)
    value.expected("a positive integer");
  return value.integer();
}

std::int64_t positiveInteger(const JsonReader& value, std::int64_t fallback) {
  return value.isNull() ? fallback : positiveInteger(value);
}

double positiveNumber(const JsonReader& value, double fallback) {
  if (value.isNull()) return fallback;
  if (!value.json().is_number() || value.number() <= 0) value.expected("a positive number");
  return value.number();
}

std::vector<std::int64_t> tokenIds(const JsonReader& value) {
  if (value.isNull()) return {};
  const auto idOf = [&](const JsonReader& id) {
    if (!id.json().is_number_integer() || id.integer() < 0)
      value.expected("a token id or a list of token ids");
    return id.integer();
  };
  if (!value.json().is_array()) return {idOf(value)};
  std::vector<std::int64_t> ids;
  for (std::size_t i = 0; i < value.size(); ++i) ids.push_back(idOf(value[i]));
  return ids;
}

// `key` is "rope_scaling" (transformers < 5) or "rope_parameters" (transformers >= 5).
RopeScaling parseRopeScaling(const JsonReader& object) {
  RopeScaling scaling;
  if (object.isNull()) return scaling;
  if (!object.json().is_object()) object.expected("an object or null");
  // Older configs name the kind "type", newer ones "rope_type".
  std::string kind = "default";
  for (const char* key : {"rope_type", "type"})
    if (object[key].json().is_string()) {
      kind = object[key].string();
      break;
    }
  if (kind == "default") return scaling;
  scaling.factor = positiveNumber(object["factor"], 0.0);
  if (scaling.factor <= 0) object.fail("\"factor\" is required for " + kind);
  if (kind == "linear") {
    scaling.type = RopeScalingType::Linear;
    return scaling;
  }
  if (kind != "llama3")
    object.fail("unsupported rope type '" + kind + "' (supported: " + kSupportedRopeTypes + ")");
  scaling.type = RopeScalingType::Llama3;
  scaling.lowFreqFactor = positiveNumber(object["low_freq_factor"], 1.0);
  scaling.highFreqFactor = positiveNumber(object["high_freq_factor"], 4.0);
  const double originalMax = positiveNumber(object["original_max_position_embeddings"], 8192);
  if (originalMax > 1e15) object["original_max_position_embeddings"].expected("a context length");
  scaling.originalMaxPositionEmbeddings = static_cast<std::int64_t>(originalMax);
  if (scaling.highFreqFactor <= scaling.lowFreqFactor)
    object.fail("high_freq_factor must exceed low_freq_factor");
  return scaling;
}

void parseFamilyOptions(const JsonReader& reader, ModelConfig& config) {
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
      reader["use_sliding_window"].fail(
          "Qwen's per-layer sliding window is not supported (supported: false)");
  } else if (config.modelType == "mistral" && reader.has("sliding_window")) {
    config.slidingWindow = positiveInteger(reader["sliding_window"]);
  }
  if (reader.boolean("mlp_bias", false))
    reader["mlp_bias"].fail("not supported (supported: false)");
  const auto activation = reader.string("hidden_act", "silu");
  if (activation != "silu")
    reader["hidden_act"].fail("unsupported activation '" + activation + "' (supported: silu)");
}

void checkConsistency(const JsonReader& reader, const ModelConfig& config) {
  if (config.numAttentionHeads % config.numKeyValueHeads != 0)
    reader["num_key_value_heads"].fail(std::to_string(config.numKeyValueHeads) +
                                       " must divide num_attention_heads " +
                                       std::to_string(config.numAttentionHeads));
  if (config.headDim % 2 != 0)
    reader["head_dim"].fail("must be even for rotary embeddings, got " +
                            std::to_string(config.headDim));
  for (const auto id : config.eosTokenIds)
    if (id >= config.vocabSize)
      reader["eos_token_id"].fail(std::to_string(id) + " is outside the vocabulary");
  if (config.bosTokenId && *config.bosTokenId >= config.vocabSize)
    reader["bos_token_id"].fail(std::to_string(*config.bosTokenId) + " is outside the vocabulary");
}

}  // namespace

std::string supportedModelTypes() {
  return kSupportedTypes;
}

ModelConfig parseModelConfig(const json& json, const std::string& source) {
  const JsonReader reader(json, source);
  reader.requireObject();
  ModelConfig config;
  config.modelType = reader.string("model_type", "");
  if (config.modelType != "llama" && config.modelType != "mistral" && config.modelType != "qwen2" &&
      config.modelType != "qwen3")
    reader["model_type"].fail("unsupported model type '" + config.modelType +
                              "' (supported: " + kSupportedTypes + ")");
  config.vocabSize = positiveInteger(reader["vocab_size"]);
  config.hiddenSize = positiveInteger(reader["hidden_size"]);
  config.intermediateSize = positiveInteger(reader["intermediate_size"]);
  config.numHiddenLayers = positiveInteger(reader["num_hidden_layers"]);
  config.numAttentionHeads = positiveInteger(reader["num_attention_heads"]);
  config.numKeyValueHeads =
      positiveInteger(reader["num_key_value_heads"], config.numAttentionHeads);
  if (!reader.has("head_dim") && config.hiddenSize % config.numAttentionHeads != 0)
    reader["hidden_size"].fail("must be a multiple of num_attention_heads when head_dim is absent");
  config.headDim =
      positiveInteger(reader["head_dim"], config.hiddenSize / config.numAttentionHeads);
  config.maxPositionEmbeddings = positiveInteger(reader["max_position_embeddings"], 2048);
  config.rmsNormEps = positiveNumber(reader["rms_norm_eps"], 1e-6);
  // transformers >= 5 writes "rope_parameters" with rope_theta inside; earlier versions write
  // "rope_theta" beside "rope_scaling".
  if (reader.has("rope_parameters")) {
    const JsonReader parameters = reader["rope_parameters"];
    parameters.requireObject();
    config.ropeTheta = positiveNumber(parameters["rope_theta"], 10000.0);
    config.ropeScaling = parseRopeScaling(parameters);
  } else {
    config.ropeTheta = positiveNumber(reader["rope_theta"], 10000.0);
    config.ropeScaling = parseRopeScaling(reader["rope_scaling"]);
  }
  config.tieWordEmbeddings = reader.boolean("tie_word_embeddings", false);
  parseFamilyOptions(reader, config);
  const auto bos = tokenIds(reader["bos_token_id"]);
  if (bos.size() > 1) reader["bos_token_id"].fail("expected one token id");
  if (!bos.empty()) config.bosTokenId = bos.front();
  config.eosTokenIds = tokenIds(reader["eos_token_id"]);
  config.initializerRange = positiveNumber(reader["initializer_range"], 0.02);
  // transformers >= 4.56 writes "dtype"; older versions "torch_dtype".
  config.torchDtype = reader.string("torch_dtype", reader.string("dtype", "float32"));
  checkConsistency(reader, config);
  return config;
}

ModelConfig parseModelConfigText(std::string_view text, const std::string& source) {
  return parseModelConfig(parseJson(text, source), source);
}

ModelConfig loadModelConfig(const std::filesystem::path& configJson) {
  return parseModelConfig(readJsonFile(configJson), configJson.string());
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
