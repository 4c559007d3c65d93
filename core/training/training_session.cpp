#include "training/training_session.h"

#include <torch/torch.h>

#include <unistd.h>
#include <cmath>
#include <cstdio>
#include <limits>
#include <new>
#include <nlohmann/json.hpp>
#include <sstream>

#include "bpe_training/dataset_tokenizer.h"
#include "bpe_training/tokenizer_json_writer.h"
#include "common/error.h"
#include "data/tokenizer_corpus.h"
#include "distributed/gradient_all_reduce.h"
#include "distributed/process_group.h"
#include "model/checkpoint_tensors.h"
#include "model/checkpoint_weights.h"
#include "model/device_choice.h"
#include "model/device_memory.h"
#include "model/host_read.h"
#include "model/lora.h"
#include "model/lora_adapter_file.h"
#include "model/memory_estimate.h"
#include "model/model_factory.h"
#include "store/content_hash.h"
#include "training/epoch_order.h"
#include "training/gradient_norms.h"
#include "training/training_batch.h"
#include "training/training_checkpoint.h"

namespace msl {
namespace fs = std::filesystem;
namespace {

LossConfig lossConfigOf(const RunLossConfig& loss) {
  LossConfig config;
  config.kind = parseLossKind(loss.kind);
  config.path = parseLogitsPath(loss.logitsPath);
  config.temperature = loss.tau;
  config.ats.eta = loss.eta;
  config.ats.alpha = loss.alpha;
  config.ats.initialTau = loss.tau;
  config.ats.warmupSteps = loss.atsWarmupSteps;
  config.ats.minTau = loss.minTau;
  config.ats.maxTau = loss.maxTau;
  config.singleValidRows = loss.singleValidRows == "counted_as_zero"
                               ? SingleValidRows::CountedAsZero
                               : SingleValidRows::Excluded;
  config.invalidMassEvery = loss.invalidMassEvery;
  return config;
}

bool isOutOfMemory(const std::exception& error) {
  // LibTorch 2.x throws c10::OutOfMemoryError from the CUDA caching allocator; the CPU
  // allocator throws c10::Error with this text, and plain new throws std::bad_alloc.
  if (dynamic_cast<const std::bad_alloc*>(&error) ||
      dynamic_cast<const c10::OutOfMemoryError*>(&error))
    return true;
  const std::string text = error.what();
  return text.find("DefaultCPUAllocator: can't allocate") != std::string::npos;
}

// Where this store's run keeps its folders. A relative training.output_dir is relative to the
// store's folder, not to the working directory of whichever process trains, and the folder
// names the store (its file name and a stable FNV-1a hash of its absolute path), so that two
// stores sharing an output folder, each with its own run 1, never meet.
fs::path runFolder(const std::string& outputDir, const std::string& storePath, RunId run) {
  const fs::path store = fs::absolute(storePath).lexically_normal();
  fs::path root = outputDir;
  if (root.is_relative()) root = store.parent_path() / root;
  std::uint32_t hash = 2166136261u;
  for (unsigned char c : store.string()) hash = (hash ^ c) * 16777619u;
  char tag[9];
  std::snprintf(tag, sizeof tag, "%08x", hash);
  return root / ("run-" + std::to_string(run) + "-" + store.stem().string() + "-" + tag);
}

}  // namespace

TrainingSession::TrainingSession(const TrainerOptions& options, TrainerObserver* observer,
                                 const TrainerTestHooks& hooks)
    : options_(options),
      group_(options.processGroup.get()),
      config_(options.config),
      observer_(observer),
      hooks_(hooks) {
  checkRunConfigComplete(config_);
  if (group_ && group_->worldSize() > 1) {
    const auto micro = config_.training.batchSize / config_.training.gradientAccumulation;
    if (micro < group_->worldSize())
      throw Error("training.batch_size / training.gradient_accumulation = " +
                  std::to_string(micro) + " samples per micro-batch cannot be split over " +
                  std::to_string(group_->worldSize()) + " ranks");
  }
  if (follower()) {
    // Everything but rank 0 trains in step and writes nothing the user sees: its store and run
    // folder are private and go when the session ends.
    followerFolder_ = fs::temp_directory_path() / ("mslw-rank" + std::to_string(group_->rank()) +
                                                   "-" + std::to_string(::getpid()));
    fs::create_directories(followerFolder_);
    options_.storePath = (followerFolder_ / "rank.sqlite").string();
    config_.outputDir = followerFolder_.string();
    observer_ = nullptr;
  }
  const std::string& storePath = options_.storePath;
  store_ = std::make_unique<ExperimentStore>(storePath);
  fs::path resumeFrom;
  if (options.resumeRun && !follower()) {
    const RunRecord record = store_->run(*options.resumeRun);
    if (record.status == RunStatus::Running || record.status == RunStatus::Paused)
      throw Error("run " + std::to_string(record.id) + " is " + toText(record.status) +
                  " in another process");
    run_ = record.id;
    runDir_ = runFolder(config_.outputDir, storePath, run_);
    const auto latest = store_->latestGoodCheckpoint(run_);
    if (!latest)
      throw Error("run " + std::to_string(run_) + " has no checkpoint on disk to resume from");
    resumeFrom = latest->path;
  } else {
    RunRecord record;
    record.name = config_.name.empty() ? defaultRunName(config_) : config_.name;
    record.configJson = runConfigToJson(config_).dump();
    record.lossKind = config_.loss.kind;
    record.dataset = {config_.data.dir, contentHash(config_.data.dir)};
    fs::path base = config_.model.checkpoint;
    fs::path staging;
    if (config_.model.create) {
      // The run id names the folder, so the created model waits in a staging folder until the
      // store has handed out the id.
      staging = runFolder(config_.outputDir, storePath, 0).parent_path() /
                (".new-base-" + std::to_string(::getpid()) + "-" +
                 std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
      fs::create_directories(staging);
      config_.model.checkpoint.clear();
      runDir_ = staging;
      prepareCreatedModel();
      base = staging / "base";
    }
    record.checkpoint = {base.string(), contentHash(base.string())};
    run_ = store_->createRun(record);
    runDir_ = runFolder(config_.outputDir, storePath, run_);
    // Never write into what another run left (a store whose ids restarted, a copied store):
    // the run fails before it writes anything, and the folder stays as it was.
    if (fs::exists(runDir_) && !fs::is_empty(runDir_)) {
      const std::string message = "run folder " + runDir_.string() +
                                  " already holds files of another run; move it away or set "
                                  "training.output_dir elsewhere";
      if (!staging.empty()) fs::remove_all(staging);
      store_->endRun(run_, RunStatus::Failed, message);
      throw Error(message);
    }
    fs::create_directories(runDir_);
    if (!staging.empty()) {
      fs::rename(staging / "base", baseModelDir());
      fs::remove_all(staging);
      store_->moveRunCheckpoint(run_, baseModelDir().string());
    }
  }
  // A resumed data-parallel run: every rank restores the checkpoint rank 0 found (on a folder
  // all ranks see, as with torchrun), whatever the world size that wrote it.
  if (group_ && options.resumeRun)
    resumeFrom = group_->broadcastTextFromLeader(resumeFrom.string());
  store_->startRun(run_);
  try {
    prepare(resumeFrom);
  } catch (const std::exception& error) {
    // The run exists in the store: record why it could not start instead of leaving it running.
    log("error", error.what());
    store_->endRun(run_, RunStatus::Failed, error.what());
    throw;
  }
}

TrainingSession::~TrainingSession() {
  if (followerFolder_.empty()) return;
  store_.reset();
  std::error_code ignored;
  fs::remove_all(followerFolder_, ignored);
}

bool TrainingSession::follower() const {
  return group_ != nullptr && group_->rank() != 0;
}

std::vector<std::size_t> TrainingSession::shardOf(const std::vector<std::size_t>& micro) const {
  if (!group_) return micro;
  // Contiguous parts in rank order: the ranks together hold the micro-batch once.
  const std::size_t ranks = static_cast<std::size_t>(group_->worldSize());
  const std::size_t rank = static_cast<std::size_t>(group_->rank());
  return {micro.begin() + static_cast<std::ptrdiff_t>(rank * micro.size() / ranks),
          micro.begin() + static_cast<std::ptrdiff_t>((rank + 1) * micro.size() / ranks)};
}

BatchShare TrainingSession::batchShareOf(const std::vector<std::size_t>& micro) const {
  BatchShare share;
  for (const std::size_t sample : micro) {
    const std::size_t length = text_->masks.targetLength(sample);
    share.rows += static_cast<std::int64_t>(length);
    for (std::size_t t = 0; t < length; ++t)
      if (text_->masks.validTokens(sample, t).size > 1) ++share.severalValidRows;
  }
  ProcessGroup* group = group_;
  share.sumAcrossRanks = [group](at::Tensor& values) {
    std::vector<at::Tensor> one{values};
    group->allReduceSum(one);
  };
  return share;
}

void TrainingSession::prepare(const fs::path& resumeFrom) {
  log("info", std::string(options_.resumeRun ? "resuming" : "starting") + " run " +
                  std::to_string(run_) + " in " + runDir_.string());

  // Data: trie and masks of the training split, prompts fitted to the cutoff.
  const fs::path tokenizerPath = config_.model.tokenizer.empty()
                                     ? baseModelDir() / "tokenizer.json"
                                     : fs::path(config_.model.tokenizer);
  text_ = TextLayer::build(loadDataset(config_.data.dir), Tokenizer::fromFile(tokenizerPath),
                           config_.data.trainSplit);
  encoded_ = encodeSamples(text_->dataset, text_->samples(), text_->tokenizer, text_->catalogTrie,
                           static_cast<std::size_t>(config_.data.cutoffLength));
  if (encoded_.empty()) throw Error("split '" + config_.data.trainSplit + "' has no samples");
  for (const auto& sample : encoded_) lengths_.push_back(sample.inputLength());
  const EncodingSummary summary = summarizeEncoding(encoded_);
  log("info", std::to_string(summary.samples) + " training samples, mean length " +
                  std::to_string(summary.meanInputLength) + " tokens, max " +
                  std::to_string(summary.maxInputLength) + "; " +
                  std::to_string(summary.trimmedSamples) + " trimmed to the cutoff of " +
                  std::to_string(config_.data.cutoffLength) + ", " +
                  std::to_string(summary.overCutoffSamples) + " over it even without history");

  evaluation_ = std::make_unique<TrainingEvaluation>(
      config_, *text_,
      [this](const std::string& level, const std::string& text) { log(level, text); });

  const std::size_t firstTokens = text_->catalogTrie.trie().children(TitleTrie::kRoot).size;
  if (config_.loss.kind == "msl_ats") {
    const std::string problem = atsFirstTokenProblem(firstTokens, config_.loss.eta);
    if (!problem.empty()) throw Error("run config: " + problem);
  }
  const auto perEpoch = static_cast<std::int64_t>(
      batchesPerEpoch(encoded_.size(), static_cast<std::size_t>(config_.training.batchSize)));
  totalSteps_ = config_.training.maxSteps > 0 ? config_.training.maxSteps
                                              : perEpoch * config_.training.epochs;
  schedule_ = parseScheduleKind(config_.schedule.kind);
  setUpModel(resumeFrom);
  if (!resumeFrom.empty()) restore(resumeFrom);
}

fs::path TrainingSession::baseModelDir() const {
  return config_.model.create ? runDir_ / "base" : fs::path(config_.model.checkpoint);
}

void TrainingSession::prepareCreatedModel() {
  const fs::path dir = runDir_ / "base";
  fs::create_directories(dir);
  const fs::path tokenizerJson = dir / "tokenizer.json";
  if (!config_.model.tokenizer.empty()) {
    fs::copy_file(config_.model.tokenizer, tokenizerJson, fs::copy_options::overwrite_existing);
  } else {
    const Dataset dataset = loadDataset(config_.data.dir);
    const DatasetTokenizer trained =
        trainDatasetTokenizer(dataset, static_cast<std::size_t>(config_.model.tokenizerVocabSize),
                              config_.data.trainSplit);
    writeTokenizerFiles(trained.bpe, tokenizerJson);
    log("info", "trained a byte-level BPE tokenizer of " + std::to_string(trained.vocabSize) +
                    " tokens on split " + trained.corpus.split);
  }
  const Tokenizer tokenizer = Tokenizer::fromFile(tokenizerJson);
  std::optional<std::int64_t> bos;
  if (tokenizer.bosId()) bos = *tokenizer.bosId();
  std::vector<std::int64_t> eos;
  if (tokenizer.eosId()) eos.push_back(*tokenizer.eosId());
  CausalLm model(presetModelConfig(config_.model.createArch, config_.model.createSize,
                                   static_cast<std::int64_t>(tokenizer.vocabSize()), bos, eos));
  initializeLikeHuggingFace(model, config_.model.createSeed);
  writeCheckpoint(model, dir);
}

void TrainingSession::setUpModel(const fs::path& resumeFrom) {
  DeviceChoice choice;
  try {
    choice = resolveDevice(config_.training.device, config_.training.precision);
  } catch (const Error&) {
    rethrowWithContext("training.device");
  }
  device_ = choice.device;
  dtype_ = choice.dtype;
  // Full fine-tuning trains the base weights themselves, and AdamW's updates of lr 1e-5 round
  // away on bf16 weights: in bf16 they stay fp32 (master weights) and the forward computes in
  // bf16 through autocast, as torch.autocast with transformers' Trainer(bf16=True) does.
  if (!config_.lora.enabled && dtype_ == c10::ScalarType::BFloat16) {
    forwardAutocast_ = {device_.type(), true, dtype_};
    dtype_ = c10::ScalarType::Float;
  }
  // On GPUs each rank trains where its collectives run: cuda:LOCAL_RANK.
  if (group_ && device_.is_cuda()) device_ = group_->device();
  // LoRA's initialisation draws from the global generator.
  torch::manual_seed(config_.training.seed);
  model_ = loadCausalLm(baseModelDir(), device_, dtype_);
  if (config_.lora.enabled) {
    if (!resumeFrom.empty()) {
      loraConfig_ = loadLoraAdapter(model_, resumeFrom / "adapter");
    } else {
      LoraConfig lora;
      lora.rank = config_.lora.rank;
      lora.alpha = config_.lora.alpha;
      lora.dropout = config_.lora.dropout;
      lora.targetModules = config_.lora.targets;
      lora.baseModelNameOrPath = baseModelDir().string();
      loraConfig_ = applyLora(model_, lora);
    }
  } else {
    enableFullFineTuning(model_);
    if (!resumeFrom.empty())
      loadWeights(model_, CheckpointTensors(resumeFrom / "model.safetensors"));
  }
  model_->model->setActivationCheckpointing(config_.training.activationCheckpointing);
  const auto names = trainableParameterNames(model_);
  const auto tensors = trainableParameters(model_);
  std::int64_t count = 0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    trainable_.push_back({names[i], tensors[i]});
    count += tensors[i].numel();
  }
  if (group_) {
    // Every rank starts from rank 0's weights, as DistributedDataParallel does.
    torch::NoGradGuard noGrad;
    std::vector<at::Tensor> weights(tensors.begin(), tensors.end());
    group_->broadcastFromLeader(weights);
  }
  const auto& o = config_.optimizer;
  optimizer_ =
      std::make_unique<torch::optim::AdamW>(tensors, torch::optim::AdamWOptions(o.learningRate)
                                                         .betas({o.beta1, o.beta2})
                                                         .eps(o.eps)
                                                         .weight_decay(o.weightDecay));
  const AtsRows atsRows = config_.loss.atsRows == "valid_count_equals_n"
                              ? AtsRows::ValidCountEqualsN
                              : AtsRows::FirstPositionFlag;
  loss_ = std::make_unique<RecommendationLoss>(lossConfigOf(config_.loss), atsRows);
  MemoryWorkload workload;
  workload.use = config_.lora.enabled ? MemoryUse::LoraTraining : MemoryUse::FullTraining;
  workload.batch = config_.training.batchSize / config_.training.gradientAccumulation;
  workload.sequenceLength = config_.data.cutoffLength;
  workload.bytesPerValue = static_cast<std::int64_t>(c10::elementSize(dtype_));
  if (forwardAutocast_.enabled)
    workload.autocastBytesPerValue =
        static_cast<std::int64_t>(c10::elementSize(forwardAutocast_.dtype));
  workload.lora = loraConfig_;
  workload.activationCheckpointing = config_.training.activationCheckpointing;
  memoryEstimateBytes_ =
      static_cast<std::int64_t>(estimateMemory(model_->config(), workload).total());
  std::ostringstream text;
  text << (config_.lora.enabled ? "LoRA" : "full fine-tuning") << ": " << count
       << " trainable parameters in " << trainable_.size() << " tensors on "
       << DeviceChoice{device_, dtype_}.describe();
  if (forwardAutocast_.enabled)
    text << " (master weights), computing in " << dtypeName(forwardAutocast_.dtype)
         << " (autocast)";
  text << "; " << totalSteps_ << " steps";
  log("info", text.str());
}

const std::vector<std::vector<std::size_t>>& TrainingSession::batchesOf(std::int64_t epoch) {
  if (cachedEpoch_ != epoch) {
    cachedBatches_ = epochBatches(lengths_, static_cast<std::size_t>(config_.training.batchSize),
                                  config_.training.seed, epoch, config_.data.lengthBucketing);
    cachedEpoch_ = epoch;
  }
  return cachedBatches_;
}

bool TrainingSession::done() const {
  if (stepsDone_ >= totalSteps_) return true;
  return config_.training.maxSteps == 0 && position_.epoch >= config_.training.epochs;
}

void TrainingSession::log(const std::string& level, const std::string& text) {
  if (store_ && run_) store_->addLog({0, run_, nowUnixMillis(), level, text});
  if (observer_) observer_->onLog(level, text);
}

void TrainingSession::step() {
  const auto& batches = batchesOf(position_.epoch);
  const std::vector<std::size_t>& samples = batches.at(static_cast<std::size_t>(position_.batch));
  const auto started = std::chrono::steady_clock::now();
  const double collectiveBefore = group_ ? group_->collectiveSeconds() : 0.0;
  const std::int64_t stepNumber = stepsDone_ + 1;
  const std::string where = "step " + std::to_string(stepNumber) + " (epoch " +
                            std::to_string(position_.epoch + 1) + ", batch " +
                            std::to_string(position_.batch) + ")";

  const double learningRate = learningRateAt(stepsDone_, config_.optimizer.learningRate, schedule_,
                                             config_.schedule.warmupSteps, totalSteps_);
  for (auto& group : optimizer_->param_groups())
    static_cast<torch::optim::AdamWOptions&>(group.options()).lr(learningRate);
  // Dropout draws from the global generator: seeding it per step makes a resumed run draw what
  // the uninterrupted run drew, on any device, without saving generator state.
  torch::manual_seed(config_.training.seed + static_cast<std::uint64_t>(stepNumber));

  StepReport report;
  report.run = run_;
  report.step = stepNumber;
  report.totalSteps = totalSteps_;
  report.epochIndex = position_.epoch;
  report.batchIndex = position_.batch;
  report.learningRate = learningRate;
  report.samples = static_cast<std::int64_t>(samples.size());

  model_->train();
  optimizer_->zero_grad();
  const auto microSize =
      static_cast<std::size_t>(config_.training.batchSize / config_.training.gradientAccumulation);
  const TokenId pad = text_->catalogTrie.eos();
  std::int64_t longest = 0;
  std::size_t microBatchSize = 0;
  // Read back once, after backward (host_read.h): each micro-batch's loss and the invalid mass.
  std::vector<torch::Tensor> microLosses;
  std::vector<std::size_t> microFirstSamples;
  torch::Tensor invalidMass;
  torch::Tensor maskedCrossEntropy;        // the micro-batches' τ-free losses, weighed as the loss
  std::vector<PendingAtsStep> pendingAts;  // MSL + ATS: each micro-batch's τ, on the device
  try {
    for (std::size_t begin = 0; begin < samples.size(); begin += microSize) {
      const std::vector<std::size_t> whole(
          samples.begin() + static_cast<std::ptrdiff_t>(begin),
          samples.begin() +
              static_cast<std::ptrdiff_t>(std::min(samples.size(), begin + microSize)));
      // Data-parallel: this rank's part, weighed against the whole micro-batch's rows.
      const std::vector<std::size_t> micro = shardOf(whole);
      std::optional<BatchShare> batchShare;
      if (group_) batchShare = batchShareOf(whole);
      microBatchSize = micro.size();
      const TrainingBatch batch = buildTrainingBatch(encoded_, text_->masks, micro, pad, device_);
      longest = std::max(longest, batch.sequenceLength);
      if (hooks_.outOfMemoryAtStep == stepNumber) throw std::bad_alloc();
      report.tokens += batch.realTokens;
      // hidden [B, T, D] -> rows [N, D] at the positions that predict target tokens.
      torch::Tensor hidden;
      {
        // The loss stays outside: its logits and log-sum-exp are fp32 whatever the precision.
        const AutocastScope mixedPrecision(forwardAutocast_);
        hidden = model_->hiddenStates({batch.inputIds, batch.attentionMask, batch.positionIds});
      }
      const torch::Tensor rows = selectPositions(hidden, batch.batchIndex, batch.positionIndex);
      LossResult result =
          loss_->compute(rows, model_->lmHeadWeight(), torch::Tensor(), batch.rows,
                         LossStatsRead::ByCaller, batchShare ? &*batchShare : nullptr);
      // Each micro-batch weighs by its share of the step's samples: the step's loss and
      // gradient are those of the whole batch.
      const double share = static_cast<double>(whole.size()) / static_cast<double>(samples.size());
      torch::Tensor scaled = result.loss * share;
      if (hooks_.nonFiniteLossAtStep == stepNumber)
        scaled = scaled * std::numeric_limits<double>::quiet_NaN();
      microLosses.push_back(scaled.detach().to(torch::kFloat64).reshape({1}));
      microFirstSamples.push_back(whole.front());
      // A non-finite loss poisons only this step's gradients: it is caught below, before the
      // optimizer step, so the weights and the last checkpoint stay as they were.
      scaled.backward();
      if (result.ats)
        pendingAts.push_back(*result.ats);  // its τ is settled after the step's read, below
      else
        report.tau = result.stats.tau;
      if (result.invalidMass.defined()) {
        // A rank's mean over its rows, as its part of the whole micro-batch's mean.
        invalidMass = result.invalidMass.reshape({1});
        if (batchShare)
          invalidMass = invalidMass * (static_cast<double>(batch.rows.size()) /
                                       static_cast<double>(batchShare->rows));
      }
      if (result.maskedCrossEntropy.defined()) {
        const torch::Tensor weighed = result.maskedCrossEntropy.reshape({1}) * share;
        maskedCrossEntropy = maskedCrossEntropy.defined() ? maskedCrossEntropy + weighed : weighed;
      }
    }
  } catch (const std::exception& error) {
    if (!isOutOfMemory(error)) throw;
    throw Error(outOfMemoryMessage(where, samples.size(), microBatchSize, longest));
  }

  if (group_) {
    std::vector<at::Tensor> parameters;
    for (const auto& parameter : trainable_) parameters.push_back(parameter.tensor);
    allReduceGradients(*group_, parameters);
  }
  const StepReadback values =
      readStep(microLosses, invalidMass, maskedCrossEntropy, pendingAts, report.tokens);
  report.tokens = values.tokens;
  for (std::size_t micro = 0; micro < pendingAts.size(); ++micro) {
    LossStats stats;
    loss_->settleTemperature(pendingAts[micro], values.atsValues.data() + micro * kAtsStepValues,
                             stats);
    const AtsStep& ats = *stats.ats;
    report.tau = ats.tau;
    if (ats.estimated) {
      report.tauRaw = ats.tauRaw;
      report.muPos = ats.muPos;
      report.muNeg = ats.muNeg;
      report.varNeg = ats.varNeg;
    }
    report.firstPositionCount += ats.firstRows;
    report.atsN = ats.n;
  }
  report.loss = 0;
  for (std::size_t micro = 0; micro < values.microLosses.size(); ++micro) {
    const double value = values.microLosses[micro];
    if (!std::isfinite(value))
      throw Error("non-finite loss (" + std::to_string(value) + ") at " + where +
                  ", micro-batch from sample " + std::to_string(microFirstSamples[micro]));
    report.loss += value;
  }
  report.invalidMass = values.invalidMass;
  report.maskedCrossEntropy = values.maskedCrossEntropy;
  GradientNorms norms = gradientNorms(trainable_, values.squaredGradNorms);
  report.gradNorm = norms.global;
  report.moduleGradNorms = std::move(norms.perModule);
  if (!std::isfinite(report.gradNorm)) throw Error("non-finite gradient norm at " + where);
  const double clip = config_.training.clipNorm;
  if (clip > 0 && report.gradNorm > clip) {
    torch::NoGradGuard noGrad;
    const double factor = clip / (report.gradNorm + 1e-6);
    for (auto& parameter : trainable_)
      if (parameter.tensor.grad().defined()) parameter.tensor.grad().mul_(factor);
    report.clipped = true;
  }
  optimizer_->step();

  ++stepsDone_;
  ++position_.batch;
  const auto perEpoch = static_cast<double>(batches.size());
  report.epoch =
      static_cast<double>(position_.epoch) + static_cast<double>(position_.batch) / perEpoch;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  report.stepSeconds = seconds;
  if (group_) report.communicationSeconds = group_->collectiveSeconds() - collectiveBefore;
  report.tokensPerSecond = static_cast<double>(report.tokens) / std::max(seconds, 1e-9);
  report.samplesPerSecond = static_cast<double>(report.samples) / std::max(seconds, 1e-9);
  report.elapsedSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  const DeviceMemory memory = measureDeviceMemory(device_);
  report.memoryAllocatedBytes = memory.allocatedBytes;
  report.memoryReservedBytes = memory.reservedBytes;
  report.memoryPeakBytes = memory.peakBytes;
  report.memoryEstimateBytes = memoryEstimateBytes_;

  report.wallTime = nowUnixMillis();
  store_->appendStep(report);  // its StepMetrics part
  if (observer_) observer_->onStep(report);

  if (position_.batch >= static_cast<std::int64_t>(batches.size())) {
    position_ = {position_.epoch + 1, 0};
    checkpoint("epoch");
  } else if (config_.training.checkpointEvery > 0 &&
             stepsDone_ % config_.training.checkpointEvery == 0) {
    checkpoint("step");
  }
  // Every rank evaluates its share of the users; rank 0 stores and reports.
  if (evaluation_->dueAfter(stepsDone_, done()))
    evaluation_->evaluate(model_, *store_, run_, stepsDone_, false, observer_, stop_, group_);
}

std::string TrainingSession::outOfMemoryMessage(const std::string& where, std::size_t batchSize,
                                                std::size_t microBatchSize,
                                                std::int64_t sequenceLength) const {
  const DeviceMemory memory = measureDeviceMemory(device_);
  const auto gigabytes = [](std::int64_t bytes) {
    std::ostringstream text;
    text.precision(2);
    text << std::fixed << static_cast<double>(bytes) / 1e9 << " GB";
    return text.str();
  };
  std::string message =
      "out of memory at " + where + " with batch size " + std::to_string(batchSize) +
      " (micro-batches of " + std::to_string(microBatchSize) + ") and sequence length " +
      std::to_string(sequenceLength) + ", " + gigabytes(memory.allocatedBytes) + " in use on " +
      device_.str() + " (peak " + gigabytes(memory.peakBytes) + "): ";
  // The same batch in smaller micro-batches gives the same gradient (training_session.h).
  const std::int64_t accumulation = config_.training.gradientAccumulation * 2;
  if (microBatchSize > 1 && config_.training.batchSize % accumulation == 0)
    message += "set training.gradient_accumulation to " + std::to_string(accumulation) +
               " (micro-batches of " + std::to_string(config_.training.batchSize / accumulation) +
               ", the same batch of " + std::to_string(config_.training.batchSize) + "), ";
  return message + "lower training.batch_size or lower data.cutoff_length";
}

TrainingSession::StepReadback TrainingSession::readStep(
    const std::vector<torch::Tensor>& microLosses, const torch::Tensor& invalidMass,
    const torch::Tensor& maskedCrossEntropy, const std::vector<PendingAtsStep>& pendingAts,
    std::int64_t tokens) const {
  std::vector<torch::Tensor> gradients;
  std::vector<std::size_t> withGradient;
  for (std::size_t index = 0; index < trainable_.size(); ++index) {
    const torch::Tensor& grad = trainable_[index].tensor.grad();
    if (!grad.defined()) continue;
    gradients.push_back(grad.detach());
    withGradient.push_back(index);
  }
  // The same layout on every rank, whatever a rank measured: a missing masked cross-entropy is
  // NaN (and stays NaN in the sum), a missing invalid mass is missing on every rank.
  const auto options = torch::dtype(torch::kFloat64).device(device_);
  std::vector<torch::Tensor> parts = microLosses;
  parts.push_back(invalidMass.defined() ? invalidMass.to(torch::kFloat64).reshape({1})
                                        : torch::zeros({1}, options));
  parts.push_back(maskedCrossEntropy.defined()
                      ? maskedCrossEntropy.reshape({1})
                      : torch::full({1}, std::numeric_limits<double>::quiet_NaN(), options));
  parts.push_back(torch::full({1}, static_cast<double>(tokens), options));
  // Each rank holds its part of the step's losses: their sum is the step's.
  std::vector<torch::Tensor> reported{torch::cat(parts)};
  if (group_) group_->allReduceSum(reported);
  // One batched reduction over every trainable tensor, in float64 as the norms are reported.
  std::vector<torch::Tensor> all = reported;
  // Already pooled over the ranks (ats_statistics.h): after the sum, not in it.
  for (const PendingAtsStep& pending : pendingAts) all.push_back(pending.values);
  if (!gradients.empty())
    all.push_back(torch::stack(at::_foreach_norm(gradients, 2, torch::kFloat64)).pow(2));
  const std::vector<double> host = readToHost(torch::cat(all));

  StepReadback values;
  auto next = host.begin();
  values.microLosses.assign(next, next + static_cast<std::ptrdiff_t>(microLosses.size()));
  next += static_cast<std::ptrdiff_t>(microLosses.size());
  const double mass = *next++;
  if (invalidMass.defined()) values.invalidMass = mass;
  values.maskedCrossEntropy = *next++;
  values.tokens = static_cast<std::int64_t>(*next++);
  const auto atsCount = static_cast<std::ptrdiff_t>(pendingAts.size()) * kAtsStepValues;
  values.atsValues.assign(next, next + atsCount);
  next += atsCount;
  values.squaredGradNorms.resize(trainable_.size());
  for (std::size_t index : withGradient) values.squaredGradNorms[index] = *next++;
  return values;
}

bool TrainingSession::evaluateAtEnd() {
  if (!evaluation_->finalSplit()) return true;
  const auto report =
      evaluation_->evaluate(model_, *store_, run_, stepsDone_, true, observer_, stop_, group_);
  return report.has_value() || follower();  // a follower's share went to rank 0
}

std::string TrainingSession::checkpoint(const std::string& kind) {
  if (follower()) return {};  // rank 0 writes the run's checkpoints
  if (lastCheckpointStep_ == stepsDone_ && !lastCheckpoint_.empty()) return lastCheckpoint_;
  const auto perEpoch = static_cast<double>(
      batchesPerEpoch(encoded_.size(), static_cast<std::size_t>(config_.training.batchSize)));
  const double epoch =
      static_cast<double>(position_.epoch) + static_cast<double>(position_.batch) / perEpoch;
  const WrittenCheckpoint written = writeTrainingCheckpoint(
      runDir_, trainingState(), config_, {stepsDone_, epoch, kind, position_, totalSteps_});
  const fs::path& dir = written.folder;

  CheckpointRecord record;
  record.run = run_;
  record.step = stepsDone_;
  record.epoch = epoch;
  record.path = dir.string();
  record.kind = checkpointKindFromText(kind);
  record.bytes = written.bytes;
  record.createdAt = nowUnixMillis();
  // The steps up to the checkpoint are saved before it is recorded: a run resumed from it after
  // a kill would otherwise never have the steps that were still buffered (found by tst_soak).
  store_->flushSteps();
  store_->addCheckpoint(record);
  lastCheckpointStep_ = stepsDone_;
  lastCheckpoint_ = dir.string();
  if (observer_)
    observer_->onCheckpoint({run_, stepsDone_, epoch, dir.string(), kind, record.bytes});
  log("info",
      "checkpoint (" + kind + ") at step " + std::to_string(stepsDone_) + ": " + dir.string());
  return lastCheckpoint_;
}

TrainingState TrainingSession::trainingState() {
  return {model_, config_.lora.enabled ? &loraConfig_ : nullptr, *optimizer_, trainable_, *loss_};
}

void TrainingSession::restore(const fs::path& checkpointDir) {
  const CheckpointPoint point = restoreTrainingCheckpoint(checkpointDir, trainingState());
  stepsDone_ = point.step;
  position_ = point.position;
  lastCheckpointStep_ = stepsDone_;
  lastCheckpoint_ = checkpointDir.string();
  log("info", "restored step " + std::to_string(stepsDone_) + " (epoch " +
                  std::to_string(position_.epoch + 1) + ", batch " +
                  std::to_string(position_.batch) + ") from " + checkpointDir.string());
}

}  // namespace msl
