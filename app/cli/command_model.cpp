// mslw model: create random checkpoints in Hugging Face layout, describe a checkpoint, print
// logits (optionally with a PEFT LoRA adapter) for checking against transformers, and export a
// base checkpoint with an adapter merged in.
#include <torch/torch.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "command_registry.h"
#include "common/error.h"
#include "model/device_choice.h"
#include "model/lora_adapter_file.h"
#include "model/memory_estimate.h"
#include "model/merged_export.h"
#include "model/model_factory.h"
#include "model/random_checkpoint.h"
#include "tokenizer/tokenizer.h"

namespace {

namespace fs = std::filesystem;

struct ModelOptions {
  std::string arch = "llama";
  std::string preset = "tiny";
  std::string tokenizer;
  std::string out;
  std::string checkpoint;
  std::string ids;
  std::string adapter;
  std::string dtype = "float32";
  std::uint64_t seed = 0;
  bool json = false;
};

std::vector<std::int64_t> parseIds(const std::string& list) {
  std::vector<std::int64_t> ids;
  std::stringstream in(list);
  for (std::string item; std::getline(in, item, ',');) {
    std::size_t used = 0;
    long long value = -1;
    try {
      value = std::stoll(item, &used);
    } catch (const std::exception&) {
    }
    if (used != item.size() || value < 0)
      throw msl::Error("--ids: '" + item + "' is not a token id (expected e.g. 1,2,3)");
    ids.push_back(value);
  }
  if (ids.empty()) throw msl::Error("--ids: give at least one token id");
  return ids;
}

void create(const ModelOptions& o) {
  const auto tokenizer = msl::Tokenizer::fromFile(o.tokenizer);
  msl::RandomCheckpointRequest request;
  request.arch = o.arch;
  request.preset = o.preset;
  request.vocabSize = static_cast<std::int64_t>(tokenizer.vocabSize());
  if (tokenizer.bosId()) request.bosId = *tokenizer.bosId();
  if (tokenizer.eosId()) request.eosIds.push_back(*tokenizer.eosId());
  request.tokenizerJson = o.tokenizer;
  request.out = o.out;
  request.seed = o.seed;
  const auto config = msl::writeRandomCheckpoint(request);
  const nlohmann::json report{{"out", o.out},
                              {"arch", o.arch},
                              {"preset", o.preset},
                              {"vocab_size", config.vocabSize},
                              {"parameters", config.parameterCount()},
                              {"seed", o.seed}};
  if (o.json)
    std::cout << report.dump() << "\n";
  else
    std::cout << "wrote " << o.arch << " " << o.preset << " model (" << config.parameterCount()
              << " parameters, vocabulary " << config.vocabSize << ") to " << o.out << "\n";
}

void info(const ModelOptions& o) {
  const auto config = msl::loadModelConfig(fs::path(o.checkpoint) / "config.json");
  const auto device = msl::chooseDevice();
  // One sequence of 512 tokens at the device's dtype; LoRA with the default r = 8 on q/v.
  msl::MemoryWorkload workload;
  workload.bytesPerValue = static_cast<std::int64_t>(c10::elementSize(device.dtype));
  const double inference = msl::estimateMemory(config, workload).total();
  workload.use = msl::MemoryUse::LoraTraining;
  const double loraTraining = msl::estimateMemory(config, workload).total();
  const nlohmann::json report{{"model_type", config.modelType},
                              {"layers", config.numHiddenLayers},
                              {"hidden_size", config.hiddenSize},
                              {"heads", config.numAttentionHeads},
                              {"kv_heads", config.numKeyValueHeads},
                              {"vocab_size", config.vocabSize},
                              {"parameters", config.parameterCount()},
                              {"checkpoint_dtype", config.torchDtype},
                              {"device", device.describe()},
                              {"inference_bytes_512_tokens", inference},
                              {"lora_training_bytes_512_tokens", loraTraining}};
  if (o.json) {
    std::cout << report.dump() << "\n";
    return;
  }
  std::cout << "architecture  " << config.modelType << " (" << config.numHiddenLayers
            << " layers, hidden " << config.hiddenSize << ", heads " << config.numAttentionHeads
            << "/" << config.numKeyValueHeads << " kv)\n"
            << "parameters    " << config.parameterCount() << "\n"
            << "stored dtype  " << config.torchDtype << "\n"
            << "device        " << device.describe() << "\n"
            << "memory (512 tokens): inference ~" << inference / 1e6 << " MB, LoRA training ~"
            << loraTraining / 1e6 << " MB\n";
}

void logits(const ModelOptions& o) {
  const auto ids = parseIds(o.ids);
  // Logits for comparison with transformers are computed on the CPU in float32.
  auto model = msl::loadCausalLm(o.checkpoint, torch::kCPU, torch::kFloat32);
  if (!o.adapter.empty()) msl::loadLoraAdapter(model, o.adapter);
  for (const auto id : ids)
    if (id >= model->config().vocabSize)
      throw msl::Error("--ids: " + std::to_string(id) + " is outside the vocabulary of " +
                       std::to_string(model->config().vocabSize));
  torch::NoGradGuard noGrad;
  const auto output = model->forward({torch::tensor(ids, torch::kLong).view({1, -1})})[0];
  nlohmann::json rows = nlohmann::json::array();
  for (std::int64_t t = 0; t < output.size(0); ++t) {
    const auto row = output[t].contiguous();
    rows.push_back(std::vector<float>(row.data_ptr<float>(), row.data_ptr<float>() + row.numel()));
  }
  std::cout << nlohmann::json{{"logits", rows}}.dump() << "\n";
}

void exportMerged(const ModelOptions& o) {
  const auto dtype = o.dtype == "bfloat16"  ? torch::kBFloat16
                     : o.dtype == "float16" ? torch::kFloat16
                                            : torch::kFloat32;
  msl::exportMergedCheckpoint(o.checkpoint, o.adapter, o.out, dtype);
  const nlohmann::json report{
      {"out", o.out}, {"checkpoint", o.checkpoint}, {"adapter", o.adapter}, {"dtype", o.dtype}};
  if (o.json)
    std::cout << report.dump() << "\n";
  else
    std::cout << "wrote " << o.checkpoint << " + " << o.adapter << " merged (" << o.dtype << ") to "
              << o.out << "\n";
}

const mslw::CommandRegistration registration{
    "model", [](CLI::App& root) {
      auto* model = root.add_subcommand("model", "Create, describe and run model checkpoints");
      model->require_subcommand(1);
      auto options = std::make_shared<ModelOptions>();

      auto* createCommand =
          model->add_subcommand("create", "Write a randomly initialised checkpoint (HF layout)");
      createCommand->add_option("--arch", options->arch, "llama or qwen2")
          ->check(CLI::IsMember({"llama", "qwen2"}));
      createCommand->add_option("--preset", options->preset, "tiny or small")
          ->check(CLI::IsMember({"tiny", "small"}));
      createCommand->add_option("--tokenizer", options->tokenizer, "tokenizer.json")
          ->required()
          ->check(CLI::ExistingFile);
      createCommand->add_option("--out", options->out, "output folder")->required();
      createCommand->add_option("--seed", options->seed, "random seed");
      createCommand->add_flag("--json", options->json, "print a JSON report");
      createCommand->callback([options] { create(*options); });

      auto* infoCommand = model->add_subcommand("info", "Describe a checkpoint's config");
      infoCommand->add_option("--ckpt", options->checkpoint, "checkpoint folder")
          ->required()
          ->check(CLI::ExistingDirectory);
      infoCommand->add_flag("--json", options->json, "print JSON");
      infoCommand->callback([options] { info(*options); });

      auto* logitsCommand =
          model->add_subcommand("logits", "Print the logits at every position as JSON");
      logitsCommand->add_option("--ckpt", options->checkpoint, "checkpoint folder")
          ->required()
          ->check(CLI::ExistingDirectory);
      logitsCommand->add_option("--ids", options->ids, "token ids, e.g. 1,2,3")->required();
      logitsCommand->add_option("--adapter", options->adapter, "PEFT LoRA adapter folder")
          ->check(CLI::ExistingDirectory);
      logitsCommand->add_flag("--json", options->json, "JSON output (the only format)");
      logitsCommand->callback([options] { logits(*options); });

      auto* exportCommand = model->add_subcommand(
          "export", "Merge a LoRA adapter into its base and write a Hugging Face checkpoint");
      exportCommand->add_option("--ckpt", options->checkpoint, "base checkpoint folder")
          ->required()
          ->check(CLI::ExistingDirectory);
      exportCommand->add_option("--adapter", options->adapter, "PEFT LoRA adapter folder")
          ->required()
          ->check(CLI::ExistingDirectory);
      exportCommand->add_option("--out", options->out, "output folder")->required();
      exportCommand->add_option("--dtype", options->dtype, "float32, bfloat16 or float16")
          ->check(CLI::IsMember({"float32", "bfloat16", "float16"}))
          ->capture_default_str();
      exportCommand->add_flag("--json", options->json, "print a JSON report");
      exportCommand->callback([options] { exportMerged(*options); });
    }};

}  // namespace
