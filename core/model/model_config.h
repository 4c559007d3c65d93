#pragma once
// config.json of a Hugging Face decoder checkpoint, for the families the workbench supports:
// llama (Llama 2/3/3.1/3.2, SmolLM), mistral, qwen2 (Qwen2/2.5, q/k/v bias) and qwen3 (q/k
// RMSNorm). Torch-free. Options we cannot honour are errors that list what is supported,
// never silently ignored.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace msl {

enum class RopeScalingType { None, Linear, Llama3 };

struct RopeScaling {
  RopeScalingType type = RopeScalingType::None;
  double factor = 1.0;
  double lowFreqFactor = 1.0;                         // llama3 only
  double highFreqFactor = 4.0;                        // llama3 only
  std::int64_t originalMaxPositionEmbeddings = 8192;  // llama3 only
};

struct ModelConfig {
  std::string modelType;  // "llama", "mistral", "qwen2", "qwen3"
  std::int64_t vocabSize = 0;
  std::int64_t hiddenSize = 0;
  std::int64_t intermediateSize = 0;
  std::int64_t numHiddenLayers = 0;
  std::int64_t numAttentionHeads = 0;
  std::int64_t numKeyValueHeads = 0;
  std::int64_t headDim = 0;
  std::int64_t maxPositionEmbeddings = 0;
  double rmsNormEps = 1e-6;
  double ropeTheta = 10000.0;
  RopeScaling ropeScaling;
  bool tieWordEmbeddings = false;
  bool qkvBias = false;            // qwen2, or llama's attention_bias
  bool outputBias = false;         // llama's attention_bias also biases o_proj
  bool qkNorm = false;             // qwen3
  std::int64_t slidingWindow = 0;  // 0 = full attention (mistral may set a window)
  std::optional<std::int64_t> bosTokenId;
  std::vector<std::int64_t> eosTokenIds;  // config.json may give one id or a list
  double initializerRange = 0.02;
  std::string torchDtype = "float32";  // the dtype the checkpoint was saved in

  std::int64_t queriesPerKeyValueHead() const { return numAttentionHeads / numKeyValueHeads; }
  std::int64_t parameterCount() const;  // weights the decoder holds (tied head counted once)
};

// `source` names the file in errors.
ModelConfig parseModelConfig(const nlohmann::json& config, const std::string& source);
ModelConfig parseModelConfigText(std::string_view text, const std::string& source);
ModelConfig loadModelConfig(const std::filesystem::path& configJson);

// config.json as Hugging Face writes it for this architecture (used by the model factory).
nlohmann::json modelConfigToJson(const ModelConfig& config);

std::string supportedModelTypes();  // "llama, mistral, qwen2, qwen3"

}  // namespace msl
