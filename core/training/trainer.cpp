#include "training/trainer.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <mutex>

#include "common/error.h"
#include "training/local_world.h"
#include "training/training_session.h"

namespace msl {

struct Trainer::Control {
  std::mutex mutex;
  std::condition_variable changed;
  bool pauseRequested = false;
  bool cancelRequested = false;
  bool parked = false;  // the training thread waits at a step boundary
  std::atomic<bool> running{false};
};

namespace {

// Waits while paused; returns false when the run should stop (cancel).
bool waitAtStepBoundary(Trainer::Control& control, TrainingSession& session) {
  std::unique_lock<std::mutex> lock(control.mutex);
  if (control.cancelRequested) return false;
  if (!control.pauseRequested) return true;
  lock.unlock();
  session.store().pauseRun(session.run());
  session.log("info", "paused at step " + std::to_string(session.stepsDone()));
  lock.lock();
  control.parked = true;
  while (control.pauseRequested && !control.cancelRequested) {
    if (control.changed.wait_for(lock, std::chrono::seconds(30)) == std::cv_status::timeout) {
      lock.unlock();
      session.store().heartbeat(session.run());
      lock.lock();
    }
  }
  control.parked = false;
  const bool cancelled = control.cancelRequested;
  lock.unlock();
  if (cancelled) return false;
  session.store().startRun(session.run());
  session.log("info", "resumed at step " + std::to_string(session.stepsDone()));
  return true;
}

TrainingOutcome runSession(TrainerOptions options, TrainerObserver* observer,
                           const TrainerTestHooks& hooks, Trainer::Control* control) {
  TrainingOutcome outcome;
  std::unique_ptr<LocalWorld> world;
  std::unique_ptr<TrainingSession> session;
  try {
    if (options.localProcesses > 1 && !options.processGroup) {
      world = std::make_unique<LocalWorld>(options);
      options.processGroup = world->group();
    }
    session = std::make_unique<TrainingSession>(options, observer, hooks);
    if (world)
      session->log("info", "data-parallel over " + std::to_string(options.localProcesses) +
                               " processes (this one is rank 0)");
    outcome.run = session->run();
    if (control) {
      session->setStopCheck([control] {
        std::lock_guard<std::mutex> lock(control->mutex);
        return control->cancelRequested;
      });
    }
    bool cancelled = false;
    while (!session->done()) {
      if (control && !waitAtStepBoundary(*control, *session)) {
        cancelled = true;
        break;
      }
      session->step();
    }
    outcome.steps = session->stepsDone();
    if (cancelled) {
      outcome.lastCheckpoint = session->checkpoint("step");
      outcome.status = RunStatus::Cancelled;
      outcome.message = "cancelled at step " + std::to_string(outcome.steps) + "; checkpoint " +
                        outcome.lastCheckpoint;
    } else {
      outcome.lastCheckpoint = session->checkpoint("final");
      if (session->evaluateAtEnd()) {
        outcome.status = RunStatus::Finished;
        outcome.message = "finished after " + std::to_string(outcome.steps) + " steps";
      } else {
        // Resuming the run repeats only the evaluation: every step is done.
        outcome.status = RunStatus::Cancelled;
        outcome.message = "cancelled during the final evaluation after " +
                          std::to_string(outcome.steps) + " steps; checkpoint " +
                          outcome.lastCheckpoint;
      }
    }
    session->log("info", outcome.message);
    session->store().endRun(session->run(), outcome.status);
    if (world && outcome.status == RunStatus::Finished) {
      session.reset();  // rank 0 leaves the group first, then the others end with it
      options.processGroup.reset();
      world->finish();
    }
  } catch (const std::exception& error) {
    outcome.status = RunStatus::Failed;
    outcome.message = error.what();
    if (session) {
      outcome.steps = session->stepsDone();
      outcome.lastCheckpoint = session->lastCheckpoint();
      outcome.message += outcome.lastCheckpoint.empty()
                             ? "; no checkpoint was written"
                             : "; last good checkpoint: " + outcome.lastCheckpoint;
      try {
        session->log("error", outcome.message);
        session->store().endRun(session->run(), RunStatus::Failed, outcome.message);
      } catch (const std::exception& storeError) {
        outcome.message += std::string(" (and the store failed: ") + storeError.what() + ")";
      }
    } else if (observer) {
      observer->onLog("error", outcome.message);  // the run ended itself as failed, if created
    }
  }
  if (observer) observer->onFinished(outcome);
  return outcome;
}

}  // namespace

Trainer::Trainer(TrainerOptions options, TrainerObserver* observer)
    : options_(std::move(options)), observer_(observer), control_(std::make_shared<Control>()) {}

Trainer::~Trainer() {
  if (thread_.joinable()) {
    cancel();
    thread_.join();
  }
}

void Trainer::setTestHooks(const TrainerTestHooks& hooks) {
  hooks_ = hooks;
}

void Trainer::start() {
  if (thread_.joinable()) throw Error("trainer: already started");
  control_->running = true;
  thread_ = std::thread([this] {
    if (options_.lowPriority) {
      // Linux keeps the nice value per thread and new threads inherit it, so LibTorch's workers
      // started from here run at the same lower priority. Failure only costs responsiveness.
      const auto thread = static_cast<id_t>(::syscall(SYS_gettid));
      ::setpriority(PRIO_PROCESS, thread, ::getpriority(PRIO_PROCESS, thread) + 5);
    }
    outcome_ = runSession(options_, observer_, hooks_, control_.get());
    control_->running = false;
  });
}

void Trainer::pause() {
  std::lock_guard<std::mutex> lock(control_->mutex);
  control_->pauseRequested = true;
  control_->changed.notify_all();
}

void Trainer::resume() {
  std::lock_guard<std::mutex> lock(control_->mutex);
  control_->pauseRequested = false;
  control_->changed.notify_all();
}

void Trainer::cancel() {
  std::lock_guard<std::mutex> lock(control_->mutex);
  control_->cancelRequested = true;
  control_->changed.notify_all();
}

bool Trainer::paused() const {
  std::lock_guard<std::mutex> lock(control_->mutex);
  return control_->pauseRequested;
}

bool Trainer::waitingAtPause() const {
  std::lock_guard<std::mutex> lock(control_->mutex);
  return control_->parked;
}

bool Trainer::running() const {
  return control_->running;
}

TrainingOutcome Trainer::wait() {
  if (thread_.joinable()) thread_.join();
  if (!outcome_) throw Error("trainer: wait() before start()");
  return *outcome_;
}

TrainingOutcome trainBlocking(TrainerOptions options, TrainerObserver* observer,
                              const TrainerTestHooks& hooks) {
  return runSession(options, observer, hooks, nullptr);
}

}  // namespace msl
