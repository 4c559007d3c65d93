// Opening a corrupted experiment store and reading everything the Runs page reads.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "fuzz_input.h"
#include "store/experiment_store.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // On /dev/shm when there is one: a store is a file, and this runs a million times.
  static const std::filesystem::path folder = std::filesystem::exists("/dev/shm")
                                                  ? std::filesystem::path("/dev/shm")
                                                  : std::filesystem::temp_directory_path();
  static const std::string path =
      (folder / ("fuzz-store-" + std::to_string(::getpid()) + ".sqlite")).string();
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    std::filesystem::remove(path + suffix);
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  msl::fuzz::parsedOrClearError(path, [&] {
    msl::ExperimentStore store(path);
    (void)store.integrityCheck();
    for (const auto& summary : store.listRuns()) {
      const msl::RunId run = summary.run.id;
      (void)store.run(run);
      (void)store.stepsAfter(run, -1);
      (void)store.evaluations(run);
      (void)store.recommendations({run, {}, {}, {}});
      (void)store.checkpoints(run);
      (void)store.latestGoodCheckpoint(run);
      (void)store.logs(run);
    }
  });
  return 0;
}
