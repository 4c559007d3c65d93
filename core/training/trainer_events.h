#pragma once
// What the trainer tells its observers (CLI, GUI): plain values only, so they cross threads and
// reach code that never includes LibTorch. Callbacks run on the training thread; keep them short
// and hand the values over (a queued signal in the GUI, a line of output in the CLI).
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "store/evaluation_metrics.h"
#include "store/run_status.h"
#include "store/store_types.h"

namespace msl {

struct StepReport {
  RunId run = 0;
  std::int64_t step = 0;        // 1-based optimizer step
  std::int64_t totalSteps = 0;  // the schedule's length
  double epoch = 0;             // fractional: 1.5 = half-way through the second epoch
  std::int64_t epochIndex = 0;  // 0-based epoch of this step
  std::int64_t batchIndex = 0;  // 0-based batch within the epoch's order
  double loss = 0;              // mean over the step's micro-batches
  // The masked cross-entropy at τ = 1 over every row (losses/recommendation_loss.h): the curve
  // that falls as the model learns whatever τ does, and the measure every loss kind shares.
  std::optional<double> maskedCrossEntropy;
  double tau = 0;                // τ the loss used (last micro-batch)
  std::optional<double> tauRaw;  // clamped ATS estimate τ̂ (MSL + ATS with a first-position row)
  std::optional<double> muPos, muNeg, varNeg;
  std::int64_t firstPositionRows = 0;
  std::int64_t atsN = 0;
  double gradNorm = 0;  // global norm before clipping
  bool clipped = false;
  // "layers.0.self_attn.q_proj" per module and "layers.0" per layer (plus "embed_tokens",
  // "norm", "lm_head" where they train).
  std::map<std::string, double> moduleGradNorms;
  double learningRate = 0;
  double tokensPerSecond = 0;
  double samplesPerSecond = 0;
  std::int64_t samples = 0;
  std::int64_t tokens = 0;
  std::optional<double> invalidMass;  // on sampled steps
  double elapsedSeconds = 0;          // since this process started the run
  double stepSeconds = 0;             // this step's wall time
  // Data-parallel runs: the part of stepSeconds spent in collectives (waiting for the other
  // ranks included); 0 for one process.
  double communicationSeconds = 0;
  // The device's memory after the step (model/device_memory.h: CUDA's caching allocator, or the
  // CPU process's resident set) and the estimate made before the run, for the memory chart.
  std::int64_t memoryAllocatedBytes = 0;
  std::int64_t memoryReservedBytes = 0;
  std::int64_t memoryPeakBytes = 0;
  std::int64_t memoryEstimateBytes = 0;
};

struct CheckpointReport {
  RunId run = 0;
  std::int64_t step = 0;
  double epoch = 0;
  std::string path;
  std::string kind;  // step | epoch | final
  std::int64_t bytes = 0;
};

// An evaluation during training (every N steps on a subset of the validation split) or at the
// end (the full split). Also recorded in the store.
struct EvaluationReport {
  EvaluationMetrics metrics;  // run, step, split, "NDCG@10" -> ..., samples
  bool final = false;         // the end-of-run evaluation on the full split
  double seconds = 0;
};

struct TrainingOutcome {
  RunId run = 0;
  RunStatus status = RunStatus::Finished;  // Finished, Failed or Cancelled
  std::string message;                     // failure or cancel report
  std::int64_t steps = 0;                  // optimizer steps done in total
  std::string lastCheckpoint;              // "" when none was written
};

class TrainerObserver {
 public:
  virtual ~TrainerObserver() = default;
  virtual void onStep(const StepReport&) {}
  virtual void onLog(const std::string& /*level*/, const std::string& /*text*/) {}
  virtual void onCheckpoint(const CheckpointReport&) {}
  // Called on the training thread once an evaluation is done.
  virtual void onEvaluation(const EvaluationReport&) {}
  virtual void onFinished(const TrainingOutcome&) {}
};

}  // namespace msl
