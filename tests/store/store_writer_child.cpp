// Helper of tst_store_crash_consistency: a stand-in trainer that writes step metrics into an
// experiment store as fast as it can until it is killed.
//   store_writer_child DB BATCH_STEPS
// Prints "run <id>" once the run exists. Steps are numbered from 1 and flushed only in full
// batches of BATCH_STEPS, so a consistent store holds a whole number of batches per run.
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <string>

#include "store/experiment_store.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: store_writer_child DB BATCH_STEPS\n";
    return 2;
  }
  try {
    msl::ExperimentStoreOptions options;
    options.stepFlush.maxSteps = static_cast<std::size_t>(std::atoi(argv[2]));
    options.stepFlush.maxDelay = std::chrono::hours(1);  // batches end only by size here
    msl::ExperimentStore store(argv[1], options);
    msl::RunRecord record;
    record.name = "crash writer";
    record.configJson = R"({"loss":"msl","batch":)" + std::string(argv[2]) + "}";
    record.lossKind = "msl";
    const msl::RunId run = store.createRun(record);
    store.startRun(run);
    std::cout << "run " << run << std::endl;
    for (std::int64_t step = 1;; ++step) {
      msl::StepMetrics metrics;
      metrics.run = run;
      metrics.step = step;
      metrics.epoch = step / 100.0;
      metrics.loss = 5.0 / std::sqrt(static_cast<double>(step));
      metrics.tau = 1.5;
      metrics.gradNorm = 1.0 + 1.0 / step;
      metrics.wallTime = msl::nowUnixMillis();
      for (int layer = 0; layer < 8; ++layer) {
        metrics.moduleGradNorms["layers." + std::to_string(layer) + ".q_proj"] = 0.1 * layer;
      }
      store.appendStep(metrics);
      if (step % 40 == 0) {
        store.addLog({0, run, 0, "info", "reached step " + std::to_string(step)});
      }
    }
  } catch (const std::exception& e) {
    std::cerr << "store_writer_child: " << e.what() << "\n";
    return 1;
  }
}
