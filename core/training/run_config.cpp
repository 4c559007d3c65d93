#include "training/run_config.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "common/device_name.h"
#include "common/error.h"

namespace msl {
namespace {

using nlohmann::json;

std::string joined(const std::vector<std::string>& values) {
  std::string text;
  for (const auto& value : values) text += (text.empty() ? "" : ", ") + value;
  return text;
}

// Reads one JSON object, remembering which keys were used so that the rest (typos, options
// from another tool) can be reported instead of silently ignored.
class SectionReader {
 public:
  SectionReader(const json& object, std::string path) : object_(object), path_(std::move(path)) {
    if (!object_.is_object()) throw Error("run config: " + where() + " must be an object");
  }

  std::string keyPath(const std::string& key) const {
    return path_.empty() ? key : path_ + "." + key;
  }

  const json* find(const std::string& key) {
    used_.insert(key);
    const auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }

  void readString(const std::string& key, std::string& value,
                  const std::vector<std::string>& allowed = {}) {
    const json* node = find(key);
    if (!node) return;
    if (!node->is_string()) fail(key, "must be a string");
    const auto text = node->get<std::string>();
    if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), text) == allowed.end())
      fail(key, "is '" + text + "', allowed: " + joined(allowed));
    value = text;
  }

  void readBool(const std::string& key, bool& value) {
    const json* node = find(key);
    if (!node) return;
    if (!node->is_boolean()) fail(key, "must be true or false");
    value = node->get<bool>();
  }

  template <typename Integer>
  void readInteger(const std::string& key, Integer& value, std::int64_t min,
                   std::int64_t max = std::numeric_limits<std::int64_t>::max()) {
    const json* node = find(key);
    if (!node) return;
    if (!node->is_number_integer()) fail(key, "must be an integer in " + range(min, max));
    const auto number = node->get<std::int64_t>();
    if (number < min || number > max)
      fail(key, "is " + node->dump() + ", allowed " + range(min, max));
    value = static_cast<Integer>(number);
  }

  // minExclusive: the value must be greater than min (a learning rate of 0 trains nothing).
  void readNumber(const std::string& key, double& value, double min, double max,
                  bool minExclusive = false) {
    const json* node = find(key);
    if (!node) return;
    const std::string allowed =
        std::string(minExclusive ? "(" : "[") + number(min) + ", " + number(max) + "]";
    if (!node->is_number()) fail(key, "must be a number in " + allowed);
    const double number = node->get<double>();
    if (!std::isfinite(number) || number < min || number > max || (minExclusive && number == min))
      fail(key, "is " + node->dump() + ", allowed " + allowed);
    value = number;
  }

  void readStrings(const std::string& key, std::vector<std::string>& values,
                   const std::vector<std::string>& allowed) {
    const json* node = find(key);
    if (!node) return;
    if (!node->is_array() || node->empty())
      fail(key, "must be a non-empty list of: " + joined(allowed));
    std::vector<std::string> result;
    for (const auto& item : *node) {
      if (!item.is_string()) fail(key, "must hold strings, allowed: " + joined(allowed));
      const auto text = item.get<std::string>();
      if (std::find(allowed.begin(), allowed.end(), text) == allowed.end())
        fail(key, "holds '" + text + "', allowed: " + joined(allowed));
      result.push_back(text);
    }
    values = result;
  }

  // Runs `read` on the sub-object at `key` when present.
  template <typename Read>
  void section(const std::string& key, Read read) {
    const json* node = find(key);
    if (!node) return;
    SectionReader child(*node, keyPath(key));
    read(child);
    child.rejectUnknownKeys();
  }

  void rejectUnknownKeys() const {
    for (const auto& item : object_.items()) {
      if (!used_.count(item.key())) {
        std::vector<std::string> known(used_.begin(), used_.end());
        throw Error("run config: unknown key '" + keyPath(item.key()) +
                    "' (allowed here: " + joined(known) + ")");
      }
    }
  }

  [[noreturn]] void fail(const std::string& key, const std::string& what) const {
    throw Error("run config: " + keyPath(key) + " " + what);
  }

 private:
  std::string where() const { return path_.empty() ? "the top level" : path_; }
  static std::string number(double value) {
    if (value == std::numeric_limits<double>::max()) return "inf";
    std::ostringstream out;
    out << value;
    return out.str();
  }
  static std::string range(std::int64_t min, std::int64_t max) {
    return "[" + std::to_string(min) + ", " +
           (max == std::numeric_limits<std::int64_t>::max() ? std::string("inf")
                                                            : std::to_string(max)) +
           "]";
  }

  const json& object_;
  std::string path_;
  std::set<std::string> used_;
};

constexpr double kUnbounded = std::numeric_limits<double>::max();
const std::vector<std::string> kLoraTargets{"q_proj",    "k_proj",  "v_proj",   "o_proj",
                                            "gate_proj", "up_proj", "down_proj"};

RunConfig paperBase() {
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

}  // namespace

std::vector<std::string> runConfigPresetNames() {
  return {"paper-book", "paper-toy", "quick-cpu"};
}

RunConfig presetRunConfig(const std::string& name) {
  RunConfig config;
  if (name == "paper-book") {
    config = paperBase();
  } else if (name == "paper-toy") {
    config = paperBase();
    config.loss.tau = 4.5;  // the reference's fixed τ for Toy; ATS starts there too
  } else if (name == "quick-cpu") {
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
  } else {
    throw Error("unknown run preset '" + name + "' (allowed: " + joined(runConfigPresetNames()) +
                ")");
  }
  config.preset = name;
  return config;
}

RunConfig runConfigFromJson(const json& input, const RunConfig& base) {
  SectionReader top(input, "");
  RunConfig config = base;
  if (const json* preset = top.find("preset")) {
    if (!preset->is_string())
      top.fail("preset", "must be a string, allowed: " + joined(runConfigPresetNames()));
    try {
      config = presetRunConfig(preset->get<std::string>());
    } catch (const Error& error) {
      top.fail("preset", error.what());
    }
  }
  top.readString("name", config.name);
  top.readString("output_dir", config.outputDir);
  top.section("data", [&](SectionReader& r) {
    auto& d = config.data;
    r.readString("dir", d.dir);
    r.readString("train_split", d.trainSplit);
    r.readString("valid_split", d.validSplit);
    r.readString("test_split", d.testSplit);
    r.readInteger("cutoff_length", d.cutoffLength, 8, 1 << 20);
    r.readBool("length_bucketing", d.lengthBucketing);
  });
  top.section("model", [&](SectionReader& r) {
    auto& m = config.model;
    r.readString("checkpoint", m.checkpoint);
    r.readString("tokenizer", m.tokenizer);
    r.readInteger("tokenizer_vocab_size", m.tokenizerVocabSize, 300, 1 << 20);
    r.section("create", [&](SectionReader& c) {
      m.create = true;
      c.readBool("enabled", m.create);
      c.readString("arch", m.createArch, {"llama", "qwen2"});
      c.readString("size", m.createSize, {"tiny", "small"});
      c.readInteger("seed", m.createSeed, 0);
    });
  });
  top.section("loss", [&](SectionReader& r) {
    auto& l = config.loss;
    r.readString("kind", l.kind, {"lml", "msl", "msl_ats"});
    r.readNumber("tau", l.tau, 0, 100, true);
    r.readNumber("eta", l.eta, 0, kUnbounded, true);
    r.readNumber("alpha", l.alpha, 0, 1);
    r.readInteger("warmup_steps", l.atsWarmupSteps, 0);
    r.readNumber("min_tau", l.minTau, 0, 100, true);
    r.readNumber("max_tau", l.maxTau, 0, 100, true);
    r.readString("ats_rows", l.atsRows, {"first_position", "valid_count_equals_n"});
    r.readString("single_valid_rows", l.singleValidRows, {"excluded", "counted_as_zero"});
    r.readString("logits_path", l.logitsPath, {"sparse", "dense"});
    r.readInteger("invalid_mass_every", l.invalidMassEvery, 0);
    if (l.minTau > l.maxTau) r.fail("min_tau", "must not exceed loss.max_tau");
  });
  top.section("lora", [&](SectionReader& r) {
    auto& l = config.lora;
    r.readBool("enabled", l.enabled);
    r.readInteger("r", l.rank, 1, 4096);
    r.readNumber("alpha", l.alpha, 0, kUnbounded, true);
    r.readNumber("dropout", l.dropout, 0, 0.99);
    r.readStrings("targets", l.targets, kLoraTargets);
  });
  top.section("optimizer", [&](SectionReader& r) {
    auto& o = config.optimizer;
    r.readNumber("lr", o.learningRate, 0, 10, true);
    r.readNumber("weight_decay", o.weightDecay, 0, 10);
    r.readNumber("eps", o.eps, 0, 1, true);
    if (const json* betas = r.find("betas")) {
      if (!betas->is_array() || betas->size() != 2 || !(*betas)[0].is_number() ||
          !(*betas)[1].is_number())
        r.fail("betas", "must be two numbers in [0, 1), e.g. [0.9, 0.999]");
      const double beta1 = (*betas)[0].get<double>(), beta2 = (*betas)[1].get<double>();
      if (beta1 < 0 || beta1 >= 1 || beta2 < 0 || beta2 >= 1)
        r.fail("betas", "is " + betas->dump() + ", each must be in [0, 1)");
      o.beta1 = beta1;
      o.beta2 = beta2;
    }
  });
  top.section("schedule", [&](SectionReader& r) {
    r.readString("kind", config.schedule.kind, {"linear", "cosine", "constant"});
    r.readInteger("warmup_steps", config.schedule.warmupSteps, 0);
  });
  top.section("training", [&](SectionReader& r) {
    auto& t = config.training;
    r.readInteger("batch_size", t.batchSize, 1, 1 << 20);
    r.readInteger("gradient_accumulation", t.gradientAccumulation, 1, 1 << 20);
    r.readInteger("epochs", t.epochs, 1, 100000);
    r.readInteger("max_steps", t.maxSteps, 0);
    r.readNumber("clip_norm", t.clipNorm, 0, kUnbounded);
    r.readInteger("seed", t.seed, 0);
    r.readInteger("checkpoint_every", t.checkpointEvery, 0);
    r.readString("device", t.device);
    if (!isDeviceName(t.device))
      r.fail("device", "is '" + t.device + "', allowed: auto, cpu, cuda, cuda:N");
    r.readString("precision", t.precision, precisionNames());
    r.readBool("activation_checkpointing", t.activationCheckpointing);
  });
  top.section("evaluation", [&](SectionReader& r) {
    auto& e = config.evaluation;
    r.readInteger("every_steps", e.everySteps, 0);
    r.readInteger("subset", e.subset, 0);
    r.readInteger("subset_seed", e.subsetSeed, 0);
    r.readString("at_end", e.atEnd, {"off", "valid", "test"});
    r.readInteger("beams", e.beams, 1, 1000);
    r.readString("variant", e.variant, {"full_softmax_then_mask", "masked_softmax"});
    r.readInteger("batch_size", e.batchSize, 1, 4096);
  });
  top.rejectUnknownKeys();
  return config;
}

RunConfig runConfigFromText(const std::string& text, const RunConfig& base) {
  json parsed;
  try {
    parsed = json::parse(text);
  } catch (const json::exception& error) {
    throw Error(std::string("run config: not valid JSON: ") + error.what());
  }
  return runConfigFromJson(parsed, base);
}

RunConfig loadRunConfig(const std::string& path, const RunConfig& base) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("run config " + path + ": cannot be read");
  std::ostringstream text;
  text << in.rdbuf();
  try {
    return runConfigFromText(text.str(), base);
  } catch (const Error&) {
    rethrowWithContext(path);
  }
}

json runConfigToJson(const RunConfig& c) {
  json out = {
      {"name", c.name},
      {"output_dir", c.outputDir},
      {"data",
       {{"dir", c.data.dir},
        {"train_split", c.data.trainSplit},
        {"valid_split", c.data.validSplit},
        {"test_split", c.data.testSplit},
        {"cutoff_length", c.data.cutoffLength},
        {"length_bucketing", c.data.lengthBucketing}}},
      {"model",
       {{"checkpoint", c.model.checkpoint},
        {"tokenizer", c.model.tokenizer},
        {"tokenizer_vocab_size", c.model.tokenizerVocabSize},
        {"create",
         {{"enabled", c.model.create},
          {"arch", c.model.createArch},
          {"size", c.model.createSize},
          {"seed", c.model.createSeed}}}}},
      {"loss",
       {{"kind", c.loss.kind},
        {"tau", c.loss.tau},
        {"eta", c.loss.eta},
        {"alpha", c.loss.alpha},
        {"warmup_steps", c.loss.atsWarmupSteps},
        {"min_tau", c.loss.minTau},
        {"max_tau", c.loss.maxTau},
        {"ats_rows", c.loss.atsRows},
        {"single_valid_rows", c.loss.singleValidRows},
        {"logits_path", c.loss.logitsPath},
        {"invalid_mass_every", c.loss.invalidMassEvery}}},
      {"lora",
       {{"enabled", c.lora.enabled},
        {"r", c.lora.rank},
        {"alpha", c.lora.alpha},
        {"dropout", c.lora.dropout},
        {"targets", c.lora.targets}}},
      {"optimizer",
       {{"lr", c.optimizer.learningRate},
        {"weight_decay", c.optimizer.weightDecay},
        {"betas", {c.optimizer.beta1, c.optimizer.beta2}},
        {"eps", c.optimizer.eps}}},
      {"schedule", {{"kind", c.schedule.kind}, {"warmup_steps", c.schedule.warmupSteps}}},
      {"training",
       {{"batch_size", c.training.batchSize},
        {"gradient_accumulation", c.training.gradientAccumulation},
        {"epochs", c.training.epochs},
        {"max_steps", c.training.maxSteps},
        {"clip_norm", c.training.clipNorm},
        {"seed", c.training.seed},
        {"checkpoint_every", c.training.checkpointEvery},
        {"device", c.training.device},
        {"precision", c.training.precision},
        {"activation_checkpointing", c.training.activationCheckpointing}}},
      {"evaluation", {{"every_steps", c.evaluation.everySteps}, {"subset", c.evaluation.subset}}}};
  auto& evaluation = out["evaluation"];
  evaluation["subset_seed"] = c.evaluation.subsetSeed;
  evaluation["at_end"] = c.evaluation.atEnd;
  evaluation["beams"] = c.evaluation.beams;
  evaluation["variant"] = c.evaluation.variant;
  evaluation["batch_size"] = c.evaluation.batchSize;
  // The preset is where the values came from; every value is written, so reading the JSON back
  // must not start from the preset again (it would be the same values anyway).
  return out;
}

void checkRunConfigComplete(const RunConfig& config) {
  if (config.data.dir.empty()) throw Error("run config: data.dir is required (a dataset folder)");
  if (!config.model.create && config.model.checkpoint.empty())
    throw Error(
        "run config: model.checkpoint is required (a checkpoint folder), or model.create to "
        "train a randomly initialised model");
  if (config.training.batchSize % config.training.gradientAccumulation != 0)
    throw Error("run config: training.batch_size (" + std::to_string(config.training.batchSize) +
                ") must be divisible by training.gradient_accumulation (" +
                std::to_string(config.training.gradientAccumulation) + ")");
  // AdamW updates of lr 1e-4 round away on bf16 weights: full fine-tuning trains fp32 weights.
  if (!config.lora.enabled && config.training.precision == "bf16")
    throw Error(
        "run config: training.precision bf16 needs lora.enabled (full fine-tuning keeps its "
        "trained weights in fp32; use precision auto or fp32)");
}

std::string defaultRunName(const RunConfig& config) {
  std::filesystem::path data = std::filesystem::path(config.data.dir).lexically_normal();
  if (data.filename().empty()) data = data.parent_path();
  std::string dataset = data.filename().string();
  if ((dataset == "data" || dataset == "dataset") && !data.parent_path().filename().empty())
    dataset = data.parent_path().filename().string();
  std::ostringstream name;
  name << (dataset.empty() ? "dataset" : dataset) << " · ";
  if (config.loss.kind == "lml")
    name << "LML";
  else if (config.loss.kind == "msl")
    name << "MSL τ " << config.loss.tau;
  else
    name << "MSL+ATS";
  if (config.lora.enabled)
    name << " · LoRA r" << config.lora.rank;
  else
    name << " · full";
  if (config.model.create) name << " · created " << config.model.createSize;
  name << " · lr " << config.optimizer.learningRate;
  return name.str();
}

}  // namespace msl
