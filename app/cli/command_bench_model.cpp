// `mslw bench model`: forward and forward+backward throughput of the decoder on random weights
// (config only, no download): a Llama-3.2-1B-shaped model and the tiny preset, at one batch and
// sequence length, with the achieved FLOP/s as a fraction of this machine's matrix-multiply
// peak measured in the same run (torch::mm on 2048 x 2048 float32). FLOPs are counted by
// msl::forwardFlops (matmuls + attention); backward counts as 2 x forward, so forward+backward
// is 3 x forward. Backward computes gradients for every weight (full fine-tuning).
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "bench_command_group.h"
#include "command_registry.h"
#include "common/error.h"
#include "model/available_memory.h"
#include "model/causal_lm.h"
#include "model/flop_count.h"
#include "model/lora.h"
#include "model/model_factory.h"

namespace {

struct BenchModelOptions {
  std::int64_t layers = 16;
  std::int64_t batch = 1;
  std::int64_t sequence = 256;
  std::int64_t tinyVocab = 8192;
  int repeats = 3;
  int peakRepeats = 5;
  bool skipLarge = false;
  bool json = false;
  std::string device = "cpu";  // "cuda" times bfloat16 on the GPU
};

// Kernels on a GPU run asynchronously: a timer must wait for them.
void waitForDevice(const torch::Device& device) {
  if (device.is_cuda()) torch::cuda::synchronize();
}

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

// Best of `repeats` timed square products in the benchmark's dtype (2048 on the CPU, 8192 on a
// GPU, which 2048 cannot fill): FLOP/s.
double matmulPeak(int repeats, const torch::TensorOptions& options) {
  const std::int64_t n = options.device().is_cuda() ? 8192 : 2048;
  const auto a = torch::randn({n, n}, options);
  const auto b = torch::randn({n, n}, options);
  auto c = torch::mm(a, b);  // warm-up
  waitForDevice(options.device());
  double best = 0;
  for (int i = 0; i < repeats; ++i) {
    const auto start = std::chrono::steady_clock::now();
    c = torch::mm(a, b);
    waitForDevice(options.device());
    best = std::max(best, 2.0 * n * n * n / secondsSince(start));
  }
  return best;
}

// Hugging Face's Llama-3.2-1B config.json, as a shape (weights are random).
msl::ModelConfig llama32OneBillionShape(std::int64_t layers) {
  msl::ModelConfig config;
  config.modelType = "llama";
  config.vocabSize = 128256;
  config.hiddenSize = 2048;
  config.intermediateSize = 8192;
  config.numHiddenLayers = layers;
  config.numAttentionHeads = 32;
  config.numKeyValueHeads = 8;
  config.headDim = 64;
  config.maxPositionEmbeddings = 131072;
  config.rmsNormEps = 1e-5;
  config.ropeTheta = 500000.0;
  config.ropeScaling = {msl::RopeScalingType::Llama3, 32.0, 1.0, 4.0, 8192};
  config.tieWordEmbeddings = true;
  return config;
}

struct ModelResult {
  std::string name;
  msl::ModelConfig config;
  double forwardSeconds = 0;
  double trainingSeconds = 0;
  double loraTrainingSeconds = 0;
  msl::ForwardFlops flops;
};

// Median seconds of forward+backward with gradients zeroed in place between steps, as a
// training loop reuses them: a fresh gigabyte of gradients per step would time page faults
// rather than arithmetic. Run 0 warms caches and is not timed.
double timeTraining(msl::CausalLm& model, const torch::Tensor& ids, int repeats) {
  model->train();
  std::vector<double> seconds;
  for (int run = 0; run <= repeats; ++run) {
    {
      torch::NoGradGuard noGrad;
      for (auto& parameter : model->parameters())
        if (parameter.grad().defined()) parameter.mutable_grad().zero_();
    }
    const auto start = std::chrono::steady_clock::now();
    model->forward({ids}).mean().backward();
    waitForDevice(ids.device());
    if (run > 0) seconds.push_back(secondsSince(start));
  }
  return median(seconds);
}

ModelResult measure(const std::string& name, const msl::ModelConfig& config,
                    const BenchModelOptions& options) {
  msl::MemoryWorkload workload;
  workload.use = msl::MemoryUse::FullTraining;
  workload.batch = options.batch;
  workload.sequenceLength = options.sequence;
  auto estimate = msl::estimateMemory(config, workload);
  estimate.optimizerStates = 0;  // no optimizer here: weights, gradients and activations only
  if (const auto available = msl::availableMemory(torch::kCPU))
    msl::refuseIfTooLarge(estimate, available->bytes, "bench model (" + name + ")",
                          available->source);

  torch::manual_seed(0);
  const torch::Device device(options.device);
  const auto dtype = device.is_cuda() ? torch::kBFloat16 : torch::kFloat32;
  msl::CausalLm model(config);  // random weights: the bench only needs the shapes
  model->to(device, dtype);
  const auto ids = torch::randint(0, config.vocabSize, {options.batch, options.sequence},
                                  torch::dtype(torch::kLong).device(device));
  ModelResult result{name, config, 0,
                     0,    0,      msl::forwardFlops(config, options.batch, options.sequence)};

  std::vector<double> forward;
  model->eval();
  for (int run = 0; run <= options.repeats; ++run) {
    torch::NoGradGuard noGrad;
    const auto start = std::chrono::steady_clock::now();
    const auto logits = model->forward({ids});
    waitForDevice(device);
    if (run > 0) forward.push_back(secondsSince(start));
  }
  result.forwardSeconds = median(forward);
  result.trainingSeconds = timeTraining(model, ids, options.repeats);
  // LoRA (rank 16 on the seven projections, the paper's recipe): the base is frozen, so
  // backward computes input gradients but no weight gradients.
  for (auto& parameter : model->parameters()) parameter.mutable_grad() = torch::Tensor();
  msl::LoraConfig lora;
  lora.rank = 16;
  lora.alpha = 32;
  lora.dropout = 0;
  lora.targetModules = {"q_proj",    "k_proj",  "v_proj",   "o_proj",
                        "gate_proj", "up_proj", "down_proj"};
  msl::applyLora(model, lora);  // fp32 adapters on the device, as training keeps them
  result.loraTrainingSeconds = timeTraining(model, ids, options.repeats);
  return result;
}

void runBenchModel(const BenchModelOptions& options) {
  if (options.layers < 1 || options.layers > 16 || options.batch < 1 || options.sequence < 1 ||
      options.repeats < 1 || options.peakRepeats < 1)
    throw msl::Error(
        "bench model: --layers must lie in 1..16; --batch, --seq and --repeats must be positive");
  // The machine is shared: measure the peak before and after the models and keep the better,
  // so that a busy moment during one measurement does not inflate the fractions.
  const torch::Device device(options.device);
  if (device.is_cuda() && !torch::cuda::is_available())
    throw msl::Error("bench model: --device " + options.device + ": no usable GPU");
  const auto peakOptions =
      torch::TensorOptions(device).dtype(device.is_cuda() ? torch::kBFloat16 : torch::kFloat32);
  const std::string dtypeName = device.is_cuda() ? "bfloat16" : "float32";
  const double peakBefore = matmulPeak(options.peakRepeats, peakOptions);
  std::vector<ModelResult> results;
  results.push_back(
      measure("tiny", msl::presetModelConfig("llama", "tiny", options.tinyVocab, 0, {1}), options));
  if (!options.skipLarge)
    results.push_back(
        measure("llama-3.2-1b-shape", llama32OneBillionShape(options.layers), options));

  const double peakAfter = matmulPeak(options.peakRepeats, peakOptions);
  const double peak = std::max(peakBefore, peakAfter);
  // The same product on one thread, in the same run: how much the other cores add.
  const int threads = torch::get_num_threads();
  torch::set_num_threads(1);
  const double singleThreadPeak = matmulPeak(options.peakRepeats, peakOptions);
  torch::set_num_threads(threads);
  const double tokens = static_cast<double>(options.batch * options.sequence);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : results) {
    const double forwardRate = r.flops.total() / r.forwardSeconds;
    const double trainingRate = 3.0 * r.flops.total() / r.trainingSeconds;
    // LoRA's backward skips the frozen weights' gradients: 2 x forward (adapters negligible).
    const double loraRate = 2.0 * r.flops.total() / r.loraTrainingSeconds;
    rows.push_back({{"model", r.name},
                    {"layers", r.config.numHiddenLayers},
                    {"parameters", r.config.parameterCount()},
                    {"forward_flops", r.flops.total()},
                    {"forward_attention_flops", r.flops.attention},
                    {"forward_seconds", r.forwardSeconds},
                    {"forward_tokens_per_second", tokens / r.forwardSeconds},
                    {"forward_flops_per_second", forwardRate},
                    {"forward_fraction_of_peak", forwardRate / peak},
                    {"forward_backward_seconds", r.trainingSeconds},
                    {"forward_backward_tokens_per_second", tokens / r.trainingSeconds},
                    {"forward_backward_flops_per_second", trainingRate},
                    {"forward_backward_fraction_of_peak", trainingRate / peak},
                    {"lora_forward_backward_seconds", r.loraTrainingSeconds},
                    {"lora_forward_backward_tokens_per_second", tokens / r.loraTrainingSeconds},
                    {"lora_forward_backward_flops_per_second", loraRate},
                    {"lora_forward_backward_fraction_of_peak", loraRate / peak}});
  }
  const nlohmann::json report{{"batch", options.batch},
                              {"sequence_length", options.sequence},
                              {"threads", torch::get_num_threads()},
                              {"dtype", dtypeName},
                              {"device", device.str()},
                              {"matmul_peak_flops_per_second", peak},
                              {"matmul_peak_before_flops_per_second", peakBefore},
                              {"matmul_peak_after_flops_per_second", peakAfter},
                              {"matmul_peak_one_thread_flops_per_second", singleThreadPeak},
                              {"threads_speedup", peak / singleThreadPeak},
                              {"repeats", options.repeats},
                              {"models", rows}};
  if (options.json) {
    std::cout << report.dump(2) << "\n";
    return;
  }
  std::cout << device.str() << " " << dtypeName << ", " << torch::get_num_threads()
            << " threads, batch " << options.batch << " x sequence " << options.sequence
            << ", median of " << options.repeats << "; matmul peak (torch::mm, best of "
            << options.peakRepeats << " before and after) = " << std::fixed << std::setprecision(1)
            << peak / 1e9 << " GFLOP/s (before " << peakBefore / 1e9 << ", after "
            << peakAfter / 1e9 << "; one thread " << singleThreadPeak / 1e9 << ", "
            << std::setprecision(2) << peak / singleThreadPeak << "x)\n"
            << std::setprecision(1)
            << "FLOPs: 2 x matmul weights x tokens + 4 x T^2 x heads x head_dim per layer; "
               "forward+backward = 3 x forward (LoRA: 2 x forward)\n\n";
  std::cout << std::left << std::setw(20) << "model" << std::right << std::setw(7) << "layers"
            << std::setw(14) << "parameters" << std::setw(12) << "fwd tok/s" << std::setw(12)
            << "fwd GFLOP/s" << std::setw(9) << "of peak" << std::setw(14) << "fwd+bwd tok/s"
            << std::setw(12) << "GFLOP/s" << std::setw(9) << "of peak" << std::setw(14)
            << "LoRA tok/s" << std::setw(9) << "of peak"
            << "\n";
  for (const auto& row : rows) {
    std::cout << std::left << std::setw(20) << row["model"].get<std::string>() << std::right
              << std::setw(7) << row["layers"].get<std::int64_t>() << std::setw(14)
              << row["parameters"].get<std::int64_t>() << std::setprecision(1) << std::setw(12)
              << row["forward_tokens_per_second"].get<double>() << std::setw(12)
              << row["forward_flops_per_second"].get<double>() / 1e9 << std::setw(8)
              << 100 * row["forward_fraction_of_peak"].get<double>() << "%" << std::setw(14)
              << row["forward_backward_tokens_per_second"].get<double>() << std::setw(12)
              << row["forward_backward_flops_per_second"].get<double>() / 1e9 << std::setw(8)
              << 100 * row["forward_backward_fraction_of_peak"].get<double>() << "%"
              << std::setw(14) << row["lora_forward_backward_tokens_per_second"].get<double>()
              << std::setw(8) << 100 * row["lora_forward_backward_fraction_of_peak"].get<double>()
              << "%\n";
  }
}

const mslw::CommandRegistration registration{
    "bench_model", [](CLI::App& root) {
      CLI::App* bench = mslw::benchCommandGroup(root, "model");
      auto options = std::make_shared<BenchModelOptions>();
      auto* model = bench->add_subcommand(
          "model", "Decoder forward and forward+backward throughput vs this machine's matmul peak");
      model
          ->add_option("--layers", options->layers,
                       "Layers of the Llama-3.2-1B shape to run (FLOPs counted for these)")
          ->capture_default_str();
      model->add_option("--batch", options->batch, "Sequences per batch")->capture_default_str();
      model->add_option("--seq", options->sequence, "Sequence length")->capture_default_str();
      model->add_option("--tiny-vocab", options->tinyVocab, "Vocabulary of the tiny preset")
          ->capture_default_str();
      model->add_option("--repeats", options->repeats, "Timed repetitions (median)")
          ->capture_default_str();
      model->add_flag("--tiny-only", options->skipLarge, "Skip the Llama-3.2-1B shape");
      model->add_option("--device", options->device, "cpu (float32) or cuda[:N] (bfloat16)")
          ->capture_default_str();
      model->add_flag("--json", options->json, "Print JSON");
      model->callback([options] { runBenchModel(*options); });
    }};

}  // namespace
