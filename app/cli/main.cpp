// mslw: the headless MSL Workbench command line. Commands register themselves (command_*.cpp).
#include <exception>
#include <iostream>

#include "command_registry.h"
#include "model/torch_runtime.h"

int main(int argc, char** argv) {
  CLI::App app{"MSL Workbench command line: data, tokenizers, title tries and masks"};
  app.require_subcommand(1);
  // Every core by default (or OMP_NUM_THREADS); --threads before the command overrides it.
  msl::configureComputeThreads();
  app.add_option_function<int>(
         "--threads", [](int threads) { msl::configureComputeThreads(threads); },
         "LibTorch threads (default: OMP_NUM_THREADS, else every core)")
      ->check(CLI::PositiveNumber);
  mslw::installCommands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const std::exception& e) {
    std::cerr << "mslw: error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
