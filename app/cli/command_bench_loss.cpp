// `mslw bench loss`: the sparse MSL path (logits over the union of the batch's valid tokens)
// against the dense one (full-vocabulary logits, -inf fill, as the reference) at Llama-3 scale,
// loss + backward, with and without a gradient for the LM-head weight W (LoRA leaves W frozen;
// full fine-tuning does not), in one run: time ratio, peak-memory ratio, loss difference.
// Peak memory is allocation accounting (msl::AllocationMeter): the bytes of every tensor the
// step allocates (logits, masks, gathered rows of W, buffers saved for backward, gradients),
// read from LibTorch's allocator reports, so it is exact and independent of malloc's caching.
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>

#include "bench_command_group.h"
#include "command_registry.h"
#include "common/error.h"
#include "common/hf_reference.h"
#include "losses/allocation_meter.h"
#include "losses/recommendation_loss.h"
#include "trie/text_layer.h"

namespace {

namespace fs = std::filesystem;

struct BenchLossOptions {
  std::string data = MSLW_SOURCE_DIR "/../shared/data/amazon_books";
  std::string split = "train_10000";
  std::string tokenizer;
  std::size_t batch = 8;
  std::int64_t hidden = 2048;
  std::int64_t vocabulary = 128256;  // used when the masks are synthesised
  int repeats = 3;
  unsigned seed = 1;
  bool json = false;
};

// Target rows of the batch plus where they came from; `sets` owns synthesised valid sets.
struct BenchRows {
  msl::TargetRows rows;
  std::vector<std::vector<msl::TokenId>> sets;
  std::unique_ptr<msl::TextLayer> layer;
  std::string source;
  std::int64_t vocabulary = 0;
  std::vector<std::size_t> samples;
};

BenchRows realRows(const BenchLossOptions& options, const fs::path& tokenizer) {
  BenchRows bench;
  bench.layer = msl::TextLayer::load(options.data, tokenizer, options.split);
  bench.vocabulary = static_cast<std::int64_t>(bench.layer->tokenizer.vocabSize());
  std::mt19937 random(options.seed);
  std::vector<std::size_t> all(bench.layer->masks.sampleCount());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  std::shuffle(all.begin(), all.end(), random);
  bench.samples.assign(all.begin(), all.begin() + std::min(options.batch, all.size()));
  bench.rows = msl::TargetRows::fromMasks(bench.layer->masks, bench.samples);
  bench.source = "Amazon Books " + bench.layer->splitName + " masks, tokenizer " +
                 tokenizer.filename().string() + " (" + tokenizer.parent_path().string() + ")";
  return bench;
}

// Shape statistics of Amazon Books train_10000 with the Llama-3 tokenizer (`mslw masks`):
// n = 64 first tokens; the second position's valid set depends on the first token and averages
// 788 tokens (at most 1182); then 5, 1.36 and 1 from the fourth position on; targets average
// 12.2 tokens.
BenchRows synthesizedRows(const BenchLossOptions& options) {
  BenchRows bench;
  bench.vocabulary = options.vocabulary;
  std::mt19937 random(options.seed);
  auto randomSet = [&](std::size_t size, std::mt19937& generator) {
    std::vector<msl::TokenId> set;
    std::uniform_int_distribution<msl::TokenId> token(
        0, static_cast<msl::TokenId>(options.vocabulary - 1));
    while (set.size() < size) {
      set.push_back(token(generator));
      std::sort(set.begin(), set.end());
      set.erase(std::unique(set.begin(), set.end()), set.end());
    }
    return set;
  };
  const std::vector<msl::TokenId> root = randomSet(64, random);
  bench.sets.reserve(options.batch * 40);
  for (std::size_t sample = 0; sample < options.batch; ++sample) {
    const int length = std::uniform_int_distribution<int>(6, 18)(random);
    std::size_t firstChoice = 0;
    for (int t = 0; t < length; ++t) {
      std::vector<msl::TokenId> valid;
      if (t == 0) {
        valid = root;
      } else if (t == 1) {  // the same first token leads to the same second-position set
        std::mt19937 perFirstToken(options.seed * 7919u + static_cast<unsigned>(firstChoice));
        valid = randomSet(std::uniform_int_distribution<std::size_t>(394, 1182)(perFirstToken),
                          perFirstToken);
      } else {
        const std::size_t size =
            t == 2 ? std::uniform_int_distribution<std::size_t>(1, 9)(random)
                   : (t == 3 && std::bernoulli_distribution(0.36)(random) ? 2 : 1);
        valid = randomSet(size, random);
      }
      const std::size_t choice =
          std::uniform_int_distribution<std::size_t>(0, valid.size() - 1)(random);
      if (t == 0) firstChoice = choice;
      bench.sets.push_back(std::move(valid));
      const auto& set = bench.sets.back();
      bench.rows.append(set[choice], {set.data(), set.size()}, static_cast<std::int64_t>(sample),
                        t == 0);
    }
    bench.samples.push_back(sample);
  }
  bench.source =
      "SYNTHESISED masks with Amazon Books / Llama-3 shape statistics (dataset or "
      "tokenizer missing)";
  return bench;
}

struct Measurement {
  double seconds = 0;  // median over repeats
  std::int64_t peakBytes = 0;
  double gradWeightNorm = 0;
  double loss = 0;
  at::Tensor gradHidden;
  std::int64_t columns = 0;
};

// With a W gradient the step runs as in full fine-tuning with a kept gradient buffer
// (zero_grad without set_to_none): W.grad exists, zeroed, before the step; the dense path adds a
// fresh dense [V, H] gradient into it, the sparse path adds the |U| gathered rows into it chunk by
// chunk (WeightGradient::IntoKeptGradient).
Measurement measure(msl::LossConfig config, const at::Tensor& hidden, const at::Tensor& weight,
                    bool weightGrad, const msl::TargetRows& rows, int repeats) {
  Measurement result;
  std::vector<double> seconds;
  config.weightGradient = weightGrad && config.path == msl::LogitsPath::Sparse
                              ? msl::WeightGradient::IntoKeptGradient
                              : msl::WeightGradient::Dense;
  weight.requires_grad_(weightGrad);
  if (weightGrad) weight.mutable_grad() = torch::zeros_like(weight);
  for (int run = 0; run <= repeats; ++run) {  // run 0 warms caches and is not timed
    const at::Tensor h = hidden.detach().requires_grad_(true);
    if (weightGrad) weight.grad().zero_();
    msl::AllocationMeter meter;
    {
      const auto start = std::chrono::steady_clock::now();
      msl::RecommendationLoss loss(config);  // fresh: both paths see the same first ATS step
      msl::LossResult step = loss.compute(h, weight, at::Tensor(), rows);
      step.loss.backward();
      const double elapsed =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (run > 0) seconds.push_back(elapsed);
      result.loss = step.stats.loss;
      result.columns = step.stats.logitColumns;
    }
    result.peakBytes = std::max(result.peakBytes, meter.peakBytes());
    result.gradHidden = h.grad();
    if (weightGrad) result.gradWeightNorm = weight.grad().norm().item<double>();
  }
  std::sort(seconds.begin(), seconds.end());
  result.seconds = seconds[seconds.size() / 2];
  weight.mutable_grad() = at::Tensor();
  weight.requires_grad_(false);
  return result;
}

// The sparse path's own bound: its GEMMs alone on pre-gathered, contiguous rows W[U] —
// h·W[U]ᵀ forward, dL/dz·W[U] for dL/dh and, with a W gradient, dL/dzᵀ·h for the |U| rows.
// Median over repeats, like the paths it bounds.
double gemmBoundSeconds(const at::Tensor& hidden, const at::Tensor& weight,
                        const at::Tensor& unionIndex, bool weightGrad, int repeats) {
  torch::NoGradGuard noGrad;
  const at::Tensor gathered = weight.index_select(0, unionIndex).contiguous();  // [K, H]
  const at::Tensor gradLogits = torch::randn({hidden.size(0), gathered.size(0)});
  std::vector<double> seconds;
  for (int run = 0; run <= repeats; ++run) {
    const auto start = std::chrono::steady_clock::now();
    const at::Tensor logits = torch::mm(hidden, gathered.t());
    const at::Tensor gradHidden = torch::mm(gradLogits, gathered);
    at::Tensor gradRows;
    if (weightGrad) gradRows = torch::mm(gradLogits.t(), hidden);
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (run > 0) seconds.push_back(elapsed);
  }
  std::sort(seconds.begin(), seconds.end());
  return seconds[seconds.size() / 2];
}

double mib(std::int64_t bytes) {
  return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

void runBenchLoss(const BenchLossOptions& options) {
  if (options.batch == 0 || options.hidden <= 0 || options.repeats < 1) {
    throw msl::Error("bench loss: --batch, --hidden and --repeats must be positive");
  }
  const fs::path tokenizer =
      options.tokenizer.empty() ? msl::sharedTokenizerFile("llama3") : fs::path(options.tokenizer);
  const bool real = fs::exists(options.data) && fs::exists(tokenizer);
  BenchRows bench = real ? realRows(options, tokenizer) : synthesizedRows(options);
  const msl::TargetRows& rows = bench.rows;
  rows.checkTargetsValid();
  const auto n = static_cast<std::int64_t>(rows.size());

  torch::manual_seed(options.seed);
  const at::Tensor hidden = torch::randn({n, options.hidden});
  // Initialised like a trained LM head's scale: logits of order 1.
  const at::Tensor weight = torch::randn({bench.vocabulary, options.hidden}) * 0.02;

  nlohmann::json variants = nlohmann::json::array();
  double maxLossDifference = 0;
  double maxGradDifference = 0;
  std::int64_t unionSize = 0;
  struct Row {
    std::string kind;
    bool weightGrad;
    Measurement sparse, dense;
    double gemmSeconds = 0;
  };
  // U as the sparse path builds it: every valid token and every target, sorted.
  std::vector<std::int64_t> unionTokens;
  for (std::size_t row = 0; row < rows.size(); ++row) {
    for (msl::TokenId token : rows.valid(row)) unionTokens.push_back(token);
    unionTokens.push_back(rows.target(row));
  }
  std::sort(unionTokens.begin(), unionTokens.end());
  unionTokens.erase(std::unique(unionTokens.begin(), unionTokens.end()), unionTokens.end());
  const at::Tensor unionIndex = torch::tensor(unionTokens, torch::kInt64);
  std::vector<Row> table;
  for (msl::LossKind kind : {msl::LossKind::MslFixed, msl::LossKind::MslAdaptive}) {
    for (bool weightGrad : {false, true}) {
      msl::LossConfig config;
      config.kind = kind;
      config.temperature = 1.5;  // the reference's fixed τ on Book
      config.path = msl::LogitsPath::Sparse;
      Row row{msl::lossKindName(kind), weightGrad, {}, {}};
      row.sparse = measure(config, hidden, weight, weightGrad, rows, options.repeats);
      row.gemmSeconds = gemmBoundSeconds(hidden, weight, unionIndex, weightGrad, options.repeats);
      config.path = msl::LogitsPath::Dense;
      row.dense = measure(config, hidden, weight, weightGrad, rows, options.repeats);
      unionSize = row.sparse.columns;
      const double lossDifference = std::abs(row.sparse.loss - row.dense.loss);
      const double gradDifference =
          (row.sparse.gradHidden - row.dense.gradHidden).abs().max().item<double>() /
          std::max(row.dense.gradHidden.abs().max().item<double>(), 1e-30);
      maxLossDifference = std::max(maxLossDifference, lossDifference);
      maxGradDifference = std::max(maxGradDifference, gradDifference);
      auto side = [](const Measurement& m) {
        return nlohmann::json{{"seconds", m.seconds},
                              {"peak_bytes", m.peakBytes},
                              {"loss", m.loss},
                              {"logit_columns", m.columns}};
      };
      variants.push_back(
          {{"loss", row.kind},
           {"weight_grad", weightGrad},
           {"sparse", side(row.sparse)},
           {"dense", side(row.dense)},
           {"time_ratio", row.dense.seconds / row.sparse.seconds},
           {"gemm_bound_seconds", row.gemmSeconds},
           {"sparse_over_gemm_bound", row.sparse.seconds / row.gemmSeconds},
           {"memory_ratio", static_cast<double>(row.dense.peakBytes) / row.sparse.peakBytes},
           {"grad_weight_norm_relative_difference",
            weightGrad ? std::abs(row.sparse.gradWeightNorm - row.dense.gradWeightNorm) /
                             row.dense.gradWeightNorm
                       : 0.0},
           {"loss_difference", lossDifference},
           {"grad_hidden_relative_difference", gradDifference}});
      table.push_back(std::move(row));
    }
  }
  const nlohmann::json result = {{"masks", bench.source},
                                 {"synthesised_masks", !real},
                                 {"samples", bench.samples},
                                 {"rows", n},
                                 {"single_valid_rows", rows.singleValidCount()},
                                 {"valid_tokens", rows.totalValid()},
                                 {"union_size", unionSize},
                                 {"vocabulary", bench.vocabulary},
                                 {"hidden", options.hidden},
                                 {"dtype", "float32"},
                                 {"threads", torch::get_num_threads()},
                                 {"repeats", options.repeats},
                                 {"memory_measure",
                                  "peak bytes of LibTorch tensor allocations "
                                  "during loss + backward"},
                                 {"variants", variants},
                                 {"max_loss_difference", maxLossDifference},
                                 {"max_grad_hidden_relative_difference", maxGradDifference}};
  if (options.json) {
    std::cout << result.dump(2) << "\n";
    return;
  }
  std::cout
      << "loss + backward, sparse (union of valid tokens) vs dense (full vocabulary)\n"
      << "masks: " << bench.source << "\n"
      << "batch " << bench.samples.size() << " target sequences = " << n << " rows ("
      << rows.singleValidCount() << " single-valid), union |U| = " << unionSize
      << " of V = " << bench.vocabulary << ", hidden " << options.hidden << ", float32, "
      << torch::get_num_threads() << " threads, median of " << options.repeats << "\n"
      << "peak = bytes of tensors allocated during loss + backward (LibTorch allocator "
         "reports)\nW grad yes = full fine-tuning with a kept, zeroed W.grad [V, H]: dense "
         "adds a fresh [V, H] gradient, sparse adds the |U| rows into it\nGEMM = the sparse path's "
         "matrix products alone on pre-gathered W[U] (its bound)\n\n";
  std::cout << std::left << std::setw(9) << "loss" << std::setw(8) << "W grad" << std::right
            << std::setw(11) << "sparse ms" << std::setw(11) << "dense ms" << std::setw(8)
            << "speed" << std::setw(12) << "sparse MiB" << std::setw(11) << "dense MiB"
            << std::setw(8) << "memory" << std::setw(10) << "GEMM ms" << std::setw(9) << "/ GEMM"
            << std::setw(12) << "|Δloss|"
            << "\n";
  for (std::size_t i = 0; i < table.size(); ++i) {
    const Row& row = table[i];
    const nlohmann::json& v = variants[i];
    std::cout << std::left << std::setw(9) << row.kind << std::setw(8)
              << (row.weightGrad ? "yes" : "no") << std::right << std::fixed << std::setprecision(1)
              << std::setw(11) << row.sparse.seconds * 1e3 << std::setw(11)
              << row.dense.seconds * 1e3 << std::setw(7) << v["time_ratio"].get<double>() << "x"
              << std::setw(12) << mib(row.sparse.peakBytes) << std::setw(11)
              << mib(row.dense.peakBytes) << std::setw(7) << v["memory_ratio"].get<double>() << "x"
              << std::setw(10) << row.gemmSeconds * 1e3 << std::setw(8)
              << v["sparse_over_gemm_bound"].get<double>() << "x" << std::scientific
              << std::setprecision(1) << std::setw(12) << v["loss_difference"].get<double>()
              << "\n";
  }
  std::cout << std::scientific << std::setprecision(2)
            << "\nmax |loss sparse - loss dense| = " << maxLossDifference
            << ", max relative difference of dL/dh = " << maxGradDifference << "\n";
}

const mslw::CommandRegistration registration{
    "bench_loss", [](CLI::App& root) {
      CLI::App* bench = mslw::benchCommandGroup(root, "loss");
      auto options = std::make_shared<BenchLossOptions>();
      auto* loss = bench->add_subcommand(
          "loss", "Sparse vs dense MSL (+ATS) loss + backward at Llama-3 scale: time, memory");
      loss->add_option("--data", options->data, "Dataset folder (masks)")->capture_default_str();
      loss->add_option("--split", options->split, "Split whose targets form the batch")
          ->capture_default_str();
      loss->add_option("--tokenizer", options->tokenizer,
                       "tokenizer.json (default: Llama-3's from ../shared/tokenizers)");
      loss->add_option("--batch", options->batch, "Target sequences per batch")
          ->capture_default_str();
      loss->add_option("--hidden", options->hidden, "Hidden size H")->capture_default_str();
      loss->add_option("--vocab", options->vocabulary,
                       "Vocabulary when masks are synthesised (else the tokenizer's)")
          ->capture_default_str();
      loss->add_option("--repeats", options->repeats, "Timed repetitions (median)")
          ->capture_default_str();
      loss->add_option("--seed", options->seed, "Seed for samples, h and W")->capture_default_str();
      loss->add_flag("--json", options->json, "Print JSON");
      loss->callback([options] { runBenchLoss(*options); });
    }};

}  // namespace
