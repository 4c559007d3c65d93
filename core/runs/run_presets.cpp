// The presets a run can start from; each begins at RunConfig's defaults.
#include <algorithm>

#include "common/error.h"
#include "common/json_reader.h"
#include "runs/run_config.h"

namespace msl {
namespace {

RunConfig paperBook() {
  RunConfig config;  // the defaults are the reference's Book set-up (MSL.md)
  config.lora = RunLoraConfig{};
  config.optimizer.learningRate = 1e-4;
  config.schedule.warmupSteps = 20;
  config.training.batchSize = 128;
  config.training.epochs = 10;
  config.data.cutoffLength = 512;
  // An 8B model's activations at 512 tokens do not fit a useful batch otherwise.
  config.training.activationCheckpointing = true;
  config.loss.kind = "msl_ats";
  config.loss.tau = 1.5;
  config.loss.eta = 0.25;
  config.loss.alpha = 0.05;
  // The paper reports the test split after training; monitoring every 100 steps on 500
  // validation samples costs a few percent of a run.
  config.evaluation.everySteps = 100;
  config.evaluation.atEnd = "test";
  return config;
}

RunConfig paperToy() {
  RunConfig config = paperBook();
  config.loss.tau = 4.5;  // the reference's fixed τ for Toy; ATS starts there too
  return config;
}

// A created tiny model trained for a few hundred steps: minutes on a laptop's CPU.
RunConfig quickCpu() {
  RunConfig config;
  config.model.create = true;
  config.model.createArch = "llama";
  config.model.createSize = "tiny";
  config.model.tokenizerVocabSize = 1024;
  config.lora.enabled = false;
  config.optimizer.learningRate = 3e-3;
  config.schedule.warmupSteps = 10;
  config.schedule.kind = "cosine";
  config.training.batchSize = 16;
  config.training.epochs = 1;
  config.training.maxSteps = 300;
  config.training.checkpointEvery = 100;
  config.training.device = "cpu";
  config.data.cutoffLength = 256;
  config.loss.invalidMassEvery = 10;
  // A curve of three points on a small subset, then the whole test split: seconds on a CPU.
  config.evaluation.everySteps = 100;
  config.evaluation.subset = 100;
  config.evaluation.atEnd = "test";
  return config;
}

struct RunPreset {
  const char* name;
  RunConfig (*make)();
};

const RunPreset kPresets[] = {
    {"paper-book", paperBook}, {"paper-toy", paperToy}, {"quick-cpu", quickCpu}};

}  // namespace

std::vector<std::string> runConfigPresetNames() {
  std::vector<std::string> names;
  for (const RunPreset& preset : kPresets) names.emplace_back(preset.name);
  return names;
}

RunConfig presetRunConfig(const std::string& name) {
  const auto* preset = std::find_if(std::begin(kPresets), std::end(kPresets),
                                    [&](const RunPreset& p) { return name == p.name; });
  if (preset == std::end(kPresets))
    throw Error("unknown run preset '" + name +
                "' (allowed: " + joinedNames(runConfigPresetNames()) + ")");
  RunConfig config = preset->make();
  config.preset = name;
  return config;
}

}  // namespace msl
