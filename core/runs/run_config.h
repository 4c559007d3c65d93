#pragma once
// One training run's settings: the JSON format shared by `mslw train` and the GUI
// (docs/run-config.md). Plain values, no LibTorch, so the GUI can edit and show them.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace msl {

struct RunDataConfig {
  std::string dir;  // dataset folder (see docs/dataset-format.md)
  std::string trainSplit = "train";
  std::string validSplit = "valid";
  std::string testSplit = "test";
  std::int64_t cutoffLength = 512;  // prompt + target tokens; history is trimmed, never the target
  bool lengthBucketing = false;     // batches of similar length (less padding), still shuffled
};

// Either an existing Hugging Face checkpoint folder or a randomly initialised one created for
// the run (tests, demos, the quick CPU preset).
struct RunModelConfig {
  std::string checkpoint;            // folder with config.json + model.safetensors
  bool create = false;               // create a random model instead of loading `checkpoint`
  std::string createArch = "llama";  // llama | qwen2
  std::string createSize = "tiny";   // tiny | small
  std::uint64_t createSeed = 0;
  // Tokenizer: "" = the checkpoint's tokenizer.json. When creating a model without one, a
  // byte-level BPE of this vocabulary is trained on the dataset.
  std::string tokenizer;
  std::int64_t tokenizerVocabSize = 1024;
};

struct RunLossConfig {
  std::string kind = "msl_ats";  // lml | msl | msl_ats
  double tau = 1.5;              // LML/MSL temperature; initial τ of ATS
  double eta = 0.25;
  double alpha = 0.05;
  std::int64_t atsWarmupSteps = 0;
  double minTau = 1.5;
  double maxTau = 5.0;
  std::string atsRows = "first_position";    // first_position | valid_count_equals_n
  std::string singleValidRows = "excluded";  // excluded | counted_as_zero
  std::string logitsPath = "sparse";         // sparse | dense
  std::int64_t invalidMassEvery = 10;        // measure every k steps; 0 = never
};

struct RunLoraConfig {
  bool enabled = true;  // false = full fine-tuning
  std::int64_t rank = 8;
  double alpha = 16;
  double dropout = 0.05;
  std::vector<std::string> targets{"q_proj", "v_proj"};
};

struct RunOptimizerConfig {
  double learningRate = 1e-4;
  double weightDecay = 0.0;
  double beta1 = 0.9;
  double beta2 = 0.999;
  double eps = 1e-8;
};

struct RunScheduleConfig {
  std::string kind = "linear";  // linear | cosine | constant (after the warm-up)
  std::int64_t warmupSteps = 20;
};

struct RunTrainingConfig {
  std::int64_t batchSize = 128;           // samples per optimizer step
  std::int64_t gradientAccumulation = 1;  // micro-batches per step (batch_size divisible)
  std::int64_t epochs = 10;
  std::int64_t maxSteps = 0;  // > 0 stops there (and sets the schedule's length)
  double clipNorm = 1.0;      // global gradient norm; 0 = no clipping
  std::uint64_t seed = 42;
  std::int64_t checkpointEvery = 0;  // steps; 0 = only at epoch ends
  std::string device = "auto";       // auto | cpu | cuda | cuda:N (common/device_name.h)
  // auto | fp32 | bf16: the compute dtype (auto: bf16 on CUDA, else fp32). With LoRA it is also
  // the frozen base weights' dtype; full fine-tuning keeps fp32 master weights under a bf16
  // autocast forward. Trainable tensors, AdamW's state and the loss stay fp32 whatever it is.
  std::string precision = "auto";
  // Recompute each decoder layer in backward instead of keeping its activations: about a third
  // more compute for a fraction of the activation memory (model/activation_checkpoint.h).
  bool activationCheckpointing = false;
};

// Constrained beam search evaluations during training (docs/run-config.md): every N optimizer
// steps on a fixed seeded subset of the validation split, and once at the end on a full split.
struct RunEvaluationConfig {
  std::int64_t everySteps = 0;   // 0 = never during training
  std::int64_t subset = 500;     // samples of the validation split; 0 = all
  std::uint64_t subsetSeed = 0;  // the same seed picks the same samples in every run
  std::string atEnd = "off";     // off | valid | test: the data split evaluated in full at the end
  std::int64_t beams = 10;       // beam width = titles returned
  std::string variant = "full_softmax_then_mask";  // | masked_softmax (beam_search_options.h)
  std::int64_t batchSize = 8;                      // users per batched beam search
};

struct RunConfig {
  std::string name;
  std::string preset;  // the preset the values started from ("" = built-in defaults)
  // checkpoints in <output_dir>/run-<id>-<store>-<hash>/; relative to the store's folder
  std::string outputDir = "runs";
  RunDataConfig data;
  RunModelConfig model;
  RunLossConfig loss;
  RunLoraConfig lora;
  RunOptimizerConfig optimizer;
  RunScheduleConfig schedule;
  RunTrainingConfig training;
  RunEvaluationConfig evaluation;
};

// "paper-book", "paper-toy", "quick-cpu".
std::vector<std::string> runConfigPresetNames();
// Throws msl::Error listing the presets when `name` is unknown.
RunConfig presetRunConfig(const std::string& name);

// Reads `json` over `base`: keys present replace base values. A "preset" key starts from that
// preset instead of `base`. Unknown keys and bad values throw msl::JsonError naming the key path
// and what is allowed ("run config: loss.tau: expected a number in (0, 100], found -1"); a
// loaded file's errors name the file instead of "run config". The keys: runs/run_config_schema.h.
RunConfig runConfigFromJson(const nlohmann::json& json, const RunConfig& base = {});
RunConfig runConfigFromText(const std::string& text, const RunConfig& base = {});
RunConfig loadRunConfig(const std::string& path, const RunConfig& base = {});
// Every key, so that a stored config is complete and reads back to the same values.
nlohmann::json runConfigToJson(const RunConfig& config);

// What only a whole config can tell (data dir and model given, batch divisible by the
// accumulation); throws msl::JsonError naming the key.
void checkRunConfigComplete(const RunConfig& config);

// The name a run gets when the config gives none: dataset, loss and the settings that tell runs
// apart, e.g. "amazon_books · MSL+ATS · LoRA r8 · lr 0.0001" (the dataset is its folder's name,
// or the parent's when the folder is a generic "data").
std::string defaultRunName(const RunConfig& config);

}  // namespace msl
