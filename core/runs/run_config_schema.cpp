#include "runs/run_config_schema.h"

#include <algorithm>
#include <limits>

#include "common/device_name.h"

namespace msl {
namespace {

using Kind = RunConfigValueKind;

constexpr double kUnbounded = std::numeric_limits<double>::max();

NumberRange closed(double min, double max) {
  return {min, max, false, false};
}
NumberRange aboveZero(double max) {
  return {0, max, true, false};
}
const NumberRange kCount = closed(0, kUnbounded);  // steps, samples, seeds: 0 and up

RunConfigKey key(std::string path, Kind kind, RunConfigKey::Value field, NumberRange range = {},
                 std::vector<std::string> allowed = {}) {
  RunConfigKey entry;
  entry.path = std::move(path);
  entry.kind = kind;
  entry.field = field;
  entry.range = range;
  entry.allowed = std::move(allowed);
  return entry;
}

RunConfigKey deviceKey() {
  RunConfigKey entry = key(
      "training.device", Kind::Text, +[](RunConfig & c) -> auto& { return c.training.device; });
  entry.accepts = isDeviceName;
  entry.acceptedText = "auto, cpu, cuda, cuda:N";
  return entry;
}

// Where a key's value lives; a captureless lambda is a plain function pointer.
#define MSL_RUN_FIELD(member)   \
  +[](RunConfig & c) -> auto& { \
    return c.member;            \
  }

std::vector<RunConfigKey> makeSchema() {
  const std::vector<std::string> loraTargets{"q_proj",    "k_proj",  "v_proj",   "o_proj",
                                             "gate_proj", "up_proj", "down_proj"};
  return {
      key("name", Kind::Text, MSL_RUN_FIELD(name)),
      key("output_dir", Kind::Path, MSL_RUN_FIELD(outputDir)),

      key("data.dir", Kind::Path, MSL_RUN_FIELD(data.dir)),
      key("data.train_split", Kind::Text, MSL_RUN_FIELD(data.trainSplit)),
      key("data.valid_split", Kind::Text, MSL_RUN_FIELD(data.validSplit)),
      key("data.test_split", Kind::Text, MSL_RUN_FIELD(data.testSplit)),
      key("data.cutoff_length", Kind::Integer, MSL_RUN_FIELD(data.cutoffLength),
          closed(8, 1 << 20)),
      key("data.length_bucketing", Kind::Bool, MSL_RUN_FIELD(data.lengthBucketing)),

      key("model.create.enabled", Kind::Bool, MSL_RUN_FIELD(model.create)),
      key("model.create.arch", Kind::Choice, MSL_RUN_FIELD(model.createArch), {},
          {"llama", "qwen2"}),
      key("model.create.size", Kind::Choice, MSL_RUN_FIELD(model.createSize), {},
          {"tiny", "small"}),
      key("model.create.seed", Kind::Integer, MSL_RUN_FIELD(model.createSeed), kCount),
      key("model.checkpoint", Kind::Path, MSL_RUN_FIELD(model.checkpoint)),
      key("model.tokenizer", Kind::Path, MSL_RUN_FIELD(model.tokenizer)),
      key("model.tokenizer_vocab_size", Kind::Integer, MSL_RUN_FIELD(model.tokenizerVocabSize),
          closed(300, 1 << 20)),

      key("loss.kind", Kind::Choice, MSL_RUN_FIELD(loss.kind), {}, {"lml", "msl", "msl_ats"}),
      key("loss.tau", Kind::Number, MSL_RUN_FIELD(loss.tau), aboveZero(100)),
      key("loss.eta", Kind::Number, MSL_RUN_FIELD(loss.eta), aboveZero(kUnbounded)),
      key("loss.alpha", Kind::Number, MSL_RUN_FIELD(loss.alpha), closed(0, 1)),
      key("loss.warmup_steps", Kind::Integer, MSL_RUN_FIELD(loss.atsWarmupSteps), kCount),
      key("loss.min_tau", Kind::Number, MSL_RUN_FIELD(loss.minTau), aboveZero(100)),
      key("loss.max_tau", Kind::Number, MSL_RUN_FIELD(loss.maxTau), aboveZero(100)),
      key("loss.ats_rows", Kind::Choice, MSL_RUN_FIELD(loss.atsRows), {},
          {"first_position", "valid_count_equals_n"}),
      key("loss.single_valid_rows", Kind::Choice, MSL_RUN_FIELD(loss.singleValidRows), {},
          {"excluded", "counted_as_zero"}),
      key("loss.logits_path", Kind::Choice, MSL_RUN_FIELD(loss.logitsPath), {},
          {"sparse", "dense"}),
      key("loss.invalid_mass_every", Kind::Integer, MSL_RUN_FIELD(loss.invalidMassEvery), kCount),

      key("lora.enabled", Kind::Bool, MSL_RUN_FIELD(lora.enabled)),
      key("lora.r", Kind::Integer, MSL_RUN_FIELD(lora.rank), closed(1, 4096)),
      key("lora.alpha", Kind::Number, MSL_RUN_FIELD(lora.alpha), aboveZero(kUnbounded)),
      key("lora.dropout", Kind::Number, MSL_RUN_FIELD(lora.dropout), closed(0, 0.99)),
      key("lora.targets", Kind::Names, MSL_RUN_FIELD(lora.targets), {}, loraTargets),

      key("optimizer.lr", Kind::Number, MSL_RUN_FIELD(optimizer.learningRate), aboveZero(10)),
      key("optimizer.weight_decay", Kind::Number, MSL_RUN_FIELD(optimizer.weightDecay),
          closed(0, 10)),
      key("optimizer.betas", Kind::NumberPair,
          RunConfigKey::Value(std::array<RunConfigKey::Field<double>, 2>{
              MSL_RUN_FIELD(optimizer.beta1), MSL_RUN_FIELD(optimizer.beta2)}),
          {0, 1, false, true}),
      key("optimizer.eps", Kind::Number, MSL_RUN_FIELD(optimizer.eps), aboveZero(1)),
      key("schedule.kind", Kind::Choice, MSL_RUN_FIELD(schedule.kind), {},
          {"linear", "cosine", "constant"}),
      key("schedule.warmup_steps", Kind::Integer, MSL_RUN_FIELD(schedule.warmupSteps), kCount),

      key("training.batch_size", Kind::Integer, MSL_RUN_FIELD(training.batchSize),
          closed(1, 1 << 20)),
      key("training.gradient_accumulation", Kind::Integer,
          MSL_RUN_FIELD(training.gradientAccumulation), closed(1, 1 << 20)),
      key("training.epochs", Kind::Integer, MSL_RUN_FIELD(training.epochs), closed(1, 100000)),
      key("training.max_steps", Kind::Integer, MSL_RUN_FIELD(training.maxSteps), kCount),
      key("training.clip_norm", Kind::Number, MSL_RUN_FIELD(training.clipNorm), kCount),
      key("training.seed", Kind::Integer, MSL_RUN_FIELD(training.seed), kCount),
      key("training.checkpoint_every", Kind::Integer, MSL_RUN_FIELD(training.checkpointEvery),
          kCount),
      deviceKey(),
      key("training.precision", Kind::Choice, MSL_RUN_FIELD(training.precision), {},
          precisionNames()),
      key("training.activation_checkpointing", Kind::Bool,
          MSL_RUN_FIELD(training.activationCheckpointing)),

      key("evaluation.every_steps", Kind::Integer, MSL_RUN_FIELD(evaluation.everySteps), kCount),
      key("evaluation.subset", Kind::Integer, MSL_RUN_FIELD(evaluation.subset), kCount),
      key("evaluation.subset_seed", Kind::Integer, MSL_RUN_FIELD(evaluation.subsetSeed), kCount),
      key("evaluation.at_end", Kind::Choice, MSL_RUN_FIELD(evaluation.atEnd), {},
          {"off", "valid", "test"}),
      key("evaluation.beams", Kind::Integer, MSL_RUN_FIELD(evaluation.beams), closed(1, 1000)),
      key("evaluation.variant", Kind::Choice, MSL_RUN_FIELD(evaluation.variant), {},
          {"full_softmax_then_mask", "masked_softmax"}),
      key("evaluation.batch_size", Kind::Integer, MSL_RUN_FIELD(evaluation.batchSize),
          closed(1, 4096)),
  };
}

#undef MSL_RUN_FIELD

}  // namespace

const std::vector<RunConfigKey>& runConfigSchema() {
  static const std::vector<RunConfigKey> schema = makeSchema();
  return schema;
}

const RunConfigKey* findRunConfigKey(const std::string& path) {
  const auto& schema = runConfigSchema();
  const auto it = std::find_if(schema.begin(), schema.end(),
                               [&](const RunConfigKey& entry) { return entry.path == path; });
  return it == schema.end() ? nullptr : &*it;
}

}  // namespace msl
