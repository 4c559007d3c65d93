#pragma once
// One run's training state on the training thread: data, model, optimizer, loss, position, and
// the store connection. Trainer drives it step by step; it never blocks on the GUI.
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <torch/optim/adamw.h>

#include "losses/recommendation_loss.h"
#include "model/autocast_scope.h"
#include "model/causal_lm.h"
#include "model/lora_config.h"
#include "store/experiment_store.h"
#include "training/data_position.h"
#include "training/encoded_sample.h"
#include "training/learning_rate_schedule.h"
#include "training/optimizer_state_file.h"
#include "training/trainer.h"
#include "training/training_checkpoint.h"
#include "training/training_evaluation.h"
#include "trie/text_layer.h"

namespace msl {

class TrainingSession {
 public:
  // Opens the store, creates (or reopens for resuming) the run, loads data and model, and
  // restores the latest checkpoint when resuming.
  TrainingSession(const TrainerOptions& options, TrainerObserver* observer,
                  const TrainerTestHooks& hooks);
  ~TrainingSession();

  RunId run() const { return run_; }
  ExperimentStore& store() { return *store_; }
  bool done() const;
  // One optimizer step (and the checkpoints due after it). Throws msl::Error on non-finite
  // values (naming step and batch) and on out-of-memory (naming batch size and length).
  void step();
  // Writes a checkpoint of the current state (kind: step, epoch, final) unless one exists for
  // this step already; returns its folder.
  std::string checkpoint(const std::string& kind);
  // The end-of-run evaluation on the full split (evaluation.at_end), if configured. Returns
  // false when the stop check ended it early.
  bool evaluateAtEnd();
  // Polled during evaluations, which can outlast a step by far: true stops them (cancel).
  void setStopCheck(TrainingEvaluation::StopCheck stop) { stop_ = std::move(stop); }
  std::int64_t stepsDone() const { return stepsDone_; }
  const std::string& lastCheckpoint() const { return lastCheckpoint_; }
  void log(const std::string& level, const std::string& text);

 private:
  // What a step reads back from the device, in one synchronisation (model/host_read.h).
  struct StepReadback {
    std::vector<double> microLosses;
    double invalidMass = StepMetrics::kNotMeasured;
    double maskedCrossEntropy = StepMetrics::kNotMeasured;
    std::int64_t tokens = 0;        // of every rank
    std::vector<double> atsValues;  // kAtsStepValues per pending ATS step, in order
    std::vector<std::optional<double>> squaredGradNorms;  // per trainable tensor; none: no grad
  };
  std::string outOfMemoryMessage(const std::string& where, std::size_t batchSize,
                                 std::size_t microBatchSize, std::int64_t sequenceLength) const;
  StepReadback readStep(const std::vector<torch::Tensor>& microLosses,
                        const torch::Tensor& invalidMass, const torch::Tensor& maskedCrossEntropy,
                        const std::vector<PendingAtsStep>& pendingAts, std::int64_t tokens) const;
  // Data-parallel: this rank's part of the step's micro-batch, and the whole micro-batch's counts.
  bool follower() const;
  std::vector<std::size_t> shardOf(const std::vector<std::size_t>& micro) const;
  BatchShare batchShareOf(const std::vector<std::size_t>& micro) const;
  void prepare(const std::filesystem::path& resumeFrom);
  void setUpModel(const std::filesystem::path& resumeFrom);
  void restore(const std::filesystem::path& checkpointDir);
  TrainingState trainingState();
  const std::vector<std::vector<std::size_t>>& batchesOf(std::int64_t epoch);
  std::filesystem::path baseModelDir() const;
  void prepareCreatedModel();

  TrainerOptions options_;
  ProcessGroup* group_ = nullptr;         // options_.processGroup, null for one process
  std::filesystem::path followerFolder_;  // a follower rank's private store and run folder
  RunConfig config_;
  TrainerObserver* observer_;
  TrainerTestHooks hooks_;
  std::unique_ptr<ExperimentStore> store_;
  RunId run_ = 0;
  std::filesystem::path runDir_;

  std::unique_ptr<TextLayer> text_;
  std::vector<EncodedSample> encoded_;
  std::vector<std::size_t> lengths_;
  std::int64_t cachedEpoch_ = -1;
  std::vector<std::vector<std::size_t>> cachedBatches_;

  c10::Device device_{c10::DeviceType::CPU};
  c10::ScalarType dtype_ = c10::ScalarType::Float;  // the weights'
  // The training forward's: enabled for full fine-tuning in bf16, over fp32 master weights.
  AutocastState forwardAutocast_;
  CausalLm model_{nullptr};
  LoraConfig loraConfig_;
  std::vector<NamedParameter> trainable_;
  std::unique_ptr<torch::optim::AdamW> optimizer_;
  std::unique_ptr<RecommendationLoss> loss_;
  std::unique_ptr<TrainingEvaluation> evaluation_;
  TrainingEvaluation::StopCheck stop_;
  ScheduleKind schedule_ = ScheduleKind::Linear;

  DataPosition position_;
  std::int64_t stepsDone_ = 0;
  std::int64_t totalSteps_ = 0;
  std::int64_t memoryEstimateBytes_ = 0;  // model/memory_estimate.h, for the step reports
  std::int64_t lastCheckpointStep_ = -1;
  std::string lastCheckpoint_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

}  // namespace msl
