#pragma once
// A small synthetic catalog with its own byte-level BPE tokenizer in a temporary folder: enough
// for a tiny model to learn something in seconds on a CPU.
#include <QTemporaryDir>

#include <filesystem>
#include <string>

#include "bpe_training/bpe_trainer.h"
#include "bpe_training/tokenizer_json_writer.h"
#include "data/synthetic_catalog.h"
#include "data/tokenizer_corpus.h"
#include "runs/run_config.h"

class TrainingFixture {
 public:
  explicit TrainingFixture(std::size_t users = 40, std::size_t items = 60) {
    msl::SyntheticOptions options;
    options.items = items;
    options.users = users;
    options.seed = 7;
    options.minInteractionsPerUser = 6;
    options.maxInteractionsPerUser = 10;
    dataset = msl::writeSyntheticDataset(options, dataDir());
    msl::BpeTrainingOptions training;
    training.vocabSize = 600;
    msl::BpeTrainer trainer(training);
    trainer.addTexts(msl::tokenizerCorpus(dataset, "train").texts);
    msl::writeTokenizerFiles(trainer.train(), tokenizerJson());
  }

  std::filesystem::path root() const { return dir_.path().toStdString(); }
  std::filesystem::path dataDir() const { return root() / "data"; }
  std::filesystem::path tokenizerJson() const { return root() / "tokenizer" / "tokenizer.json"; }
  std::string storePath() const { return (root() / "store.sqlite").string(); }

  // Full fine-tuning of a created tiny llama on the CPU, fixed-τ MSL, no checkpoints.
  msl::RunConfig tinyRun() const {
    msl::RunConfig config;
    config.name = "fixture";
    config.outputDir = (root() / "runs").string();
    config.data.dir = dataDir().string();
    config.data.cutoffLength = 160;
    config.model.create = true;
    config.model.createSeed = 3;
    config.model.tokenizer = tokenizerJson().string();
    config.lora.enabled = false;
    config.loss.kind = "msl";
    config.loss.tau = 1.0;
    config.loss.invalidMassEvery = 5;
    config.optimizer.learningRate = 3e-3;
    config.schedule.kind = "cosine";
    config.schedule.warmupSteps = 5;
    config.training.batchSize = 8;
    config.training.epochs = 1;
    config.training.maxSteps = 10;
    config.training.device = "cpu";
    config.training.seed = 11;
    return config;
  }

  // tinyRun with LoRA and MSL+ATS (the synthetic titles share n = 3 first tokens: C = ln(n·η)
  // needs n·η > 1).
  msl::RunConfig tinyLoraRun() const {
    msl::RunConfig config = tinyRun();
    config.lora.enabled = true;
    config.lora.targets = {"q_proj", "v_proj", "down_proj"};
    config.loss.kind = "msl_ats";
    config.loss.eta = 1.0;
    config.optimizer.learningRate = 1e-2;
    config.training.batchSize = 8;
    config.training.epochs = 100;
    return config;
  }

  msl::Dataset dataset;

 private:
  QTemporaryDir dir_;
};
