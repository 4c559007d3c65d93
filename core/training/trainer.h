#pragma once
// The background trainer: one run on its own std::thread, reporting through TrainerObserver
// (plain values) and recording everything in the experiment store. Pause, resume and cancel
// take effect at the next optimizer-step boundary; cancel writes a checkpoint first. No LibTorch
// in this header: the GUI and the CLI include it.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "store/store_types.h"
#include "runs/run_config.h"
#include "training/trainer_events.h"

namespace msl {

class ProcessGroup;

struct TrainerOptions {
  RunConfig config;
  std::string storePath;  // the experiment store (its own connection on the training thread)
  // Continue this run from its latest good checkpoint. `config` then replaces the stored one
  // (same data and model); raising training.epochs or max_steps extends the run.
  std::optional<RunId> resumeRun;
  // Run the training thread (and the threads it starts) at a lower OS priority, so that on a
  // machine with few cores a window in the same process keeps its event loop responsive.
  bool lowPriority = false;
  // Data-parallel training (distributed/process_group.h): this process is one rank; each step's
  // batch is split over the ranks and the gradients summed, so the run equals a one-process run
  // of the same batch. Only rank 0 writes `storePath`, the logs and the checkpoints and reports
  // to the observer. Null: one process.
  std::shared_ptr<ProcessGroup> processGroup;
  // Or: start the other ranks of a local world here (training/local_world.h): this process is
  // rank 0 of `localProcesses`, the others run `rankProgram` (the mslw binary) on the same config.
  int localProcesses = 1;
  std::string rankProgram;
};

// Test hooks: reachable only from C++ (never from a run config), to provoke failures that real
// data rarely produces on demand.
struct TrainerTestHooks {
  std::int64_t nonFiniteLossAtStep = 0;  // 1-based step whose loss becomes NaN; 0 = never
  std::int64_t outOfMemoryAtStep = 0;    // step whose first micro-batch fails to allocate
};

class Trainer {
 public:
  // `observer` may be null and must outlive the trainer.
  Trainer(TrainerOptions options, TrainerObserver* observer);
  ~Trainer();  // cancels a running run and joins
  Trainer(const Trainer&) = delete;
  Trainer& operator=(const Trainer&) = delete;

  void setTestHooks(const TrainerTestHooks& hooks);  // before start()
  void start();
  void pause();
  void resume();
  void cancel();
  bool paused() const;  // a pause was asked for (the step in flight may still be running)
  // The training thread has stopped at a step boundary and waits for resume() or cancel().
  bool waitingAtPause() const;
  bool running() const;
  // Blocks until the run ends; the outcome also went to onFinished.
  TrainingOutcome wait();

  struct Control;  // shared with the training thread

 private:
  TrainerOptions options_;
  TrainerObserver* observer_;
  TrainerTestHooks hooks_;
  std::shared_ptr<Control> control_;
  std::thread thread_;
  std::optional<TrainingOutcome> outcome_;
};

// Runs to the end on the calling thread (tests, `mslw bench train`).
TrainingOutcome trainBlocking(TrainerOptions options, TrainerObserver* observer = nullptr,
                              const TrainerTestHooks& hooks = {});

}  // namespace msl
