// The torch-free recommender façade against the core it wraps: its probabilities obey the
// softmax identities and match a plain forward pass, its lists equal the Evaluator's, a stored
// full fine-tuning run resolves to its base model plus the checkpoint's weights.
#include <torch/torch.h>

#include <QTemporaryDir>
#include <nlohmann/json.hpp>
#include <QTest>

#include "common/error.h"
#include "evaluation/evaluator.h"
#include "evaluation/recommender_session.h"
#include "model/device_choice.h"
#include "model/model_factory.h"
#include "store/experiment_store.h"
#include "support/tiny_model.h"
#include "runs/model_source_resolution.h"
#include "runs/run_config.h"

namespace fs = std::filesystem;

class TestRecommenderSession : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  fs::path root_;
  fs::path tokenizer_;

  fs::path modelFolder(std::uint64_t seed) {
    const fs::path folder = root_ / ("model-" + std::to_string(seed));
    if (!fs::exists(folder)) msl::testing::writeTinyModel(folder, tokenizer_, seed);
    return folder;
  }

  std::unique_ptr<msl::RecommenderSession> openFolder(std::uint64_t seed) {
    msl::ModelSource source;
    source.checkpoint = modelFolder(seed).string();
    return open(source, (root_ / "data").string());
  }

  static std::unique_ptr<msl::RecommenderSession> open(const msl::ModelSource& source,
                                                       const std::string& data) {
    return msl::RecommenderSession::open(msl::resolveModelSource(source), data);
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    root_ = dir_.path().toStdString();
    tokenizer_ = msl::testing::writeTinyDataset(root_);
  }

  void probabilitiesObeyTheSoftmax() {
    auto session = openFolder(1);
    const msl::Sample& sample = session->dataset().split("test").front();
    const auto positions = session->targetProbabilities(sample.history(), sample.target(), 5);
    const auto& path = session->trie().targetTokens(sample.target());
    QCOMPARE(positions.size(), path.size());

    // The full softmax from a plain forward pass over prompt + teacher-forced target.
    auto model = msl::loadCausalLm(session->model().base, torch::kCPU, torch::kFloat);
    model->eval();
    auto tokens = session->evaluator().promptTokens(sample.history(), 512);
    const auto promptLength = static_cast<std::int64_t>(tokens.size());
    tokens.insert(tokens.end(), path.begin(), path.end() - 1);
    torch::NoGradGuard noGrad;
    msl::DecoderInputs inputs;
    inputs.inputIds =
        torch::tensor(std::vector<std::int64_t>(tokens.begin(), tokens.end())).view({1, -1});
    const auto reference =
        torch::softmax(model->forward(inputs)[0].to(torch::kDouble), 1);  // [L, V]

    for (const auto& position : positions) {
      double masked = 0;
      double full = 0;
      bool targetSeen = false;
      for (const auto& token : position.valid) {
        masked += token.masked;
        full += token.full;
        targetSeen |= token.token == position.target;
        const double expected =
            reference[promptLength - 1 + static_cast<std::int64_t>(position.position)][token.token]
                .item<double>();
        QVERIFY2(std::abs(token.full - expected) < 1e-5,
                 qPrintable(QStringLiteral("position %1 token %2: %3 vs forward %4")
                                .arg(position.position)
                                .arg(token.token)
                                .arg(token.full)
                                .arg(expected)));
      }
      QVERIFY(targetSeen);
      QVERIFY2(std::abs(masked - 1) < 1e-9, qPrintable(QString::number(masked, 'g', 17)));
      QVERIFY2(std::abs(position.invalidMass - (1 - full)) < 1e-9,
               qPrintable(QStringLiteral("invalid %1, 1 - valid %2")
                              .arg(position.invalidMass, 0, 'g', 17)
                              .arg(1 - full, 0, 'g', 17)));
      QCOMPARE(position.topInvalid.size(), std::size_t(5));
      for (std::size_t i = 0; i < position.topInvalid.size(); ++i) {
        const auto& token = position.topInvalid[i];
        for (const auto& valid : position.valid) QVERIFY(valid.token != token.token);
        QVERIFY(token.full <= position.invalidMass);
        if (i > 0) QVERIFY(token.full <= position.topInvalid[i - 1].full);
      }
    }
  }

  void recommendEqualsEvaluator_data() {
    QTest::addColumn<int>("variant");
    QTest::newRow("full softmax then mask") << int(msl::MaskingVariant::FullSoftmaxThenMask);
    QTest::newRow("masked softmax") << int(msl::MaskingVariant::MaskedSoftmax);
  }

  void recommendEqualsEvaluator() {
    QFETCH(int, variant);
    auto session = openFolder(1);
    const msl::Dataset dataset = msl::loadDataset(root_ / "data");
    const msl::Tokenizer tokenizer = msl::Tokenizer::fromFile(tokenizer_);
    const msl::CatalogTrie trie = msl::CatalogTrie::build(dataset.catalog, tokenizer);
    msl::Evaluator evaluator(msl::loadCausalLm(modelFolder(1), torch::kCPU, torch::kFloat),
                             tokenizer, dataset, trie);
    msl::BeamSearchOptions options;
    options.beams = 6;
    options.returned = 6;
    options.variant = static_cast<msl::MaskingVariant>(variant);
    for (std::size_t s = 0; s < 3; ++s) {
      const auto history = dataset.split("test")[s].history();
      const auto expected = evaluator.recommend({history}, options).front();
      const auto titles = session->recommend(history, 6, options.variant);
      QCOMPARE(titles.size(), expected.size());
      for (std::size_t i = 0; i < titles.size(); ++i) {
        QCOMPARE(titles[i].title, expected[i].title);
        QCOMPARE(titles[i].items, expected[i].items);
        QVERIFY(dataset.catalog.contains(titles[i].items.front()));
        QCOMPARE(titles[i].score, expected[i].score);
      }
    }
  }

  void storedFullFineTuningRun() {
    // The run's base is seed 1; its step-7 checkpoint holds seed 2's weights only.
    const fs::path runDir = root_ / "runs" / "run-1";
    msl::testing::writeTinyWeights(runDir / "checkpoint-7" / "model.safetensors", tokenizer_, 2);
    const std::string storePath = (root_ / "store.sqlite").string();
    msl::RunId run = 0;
    {
      msl::ExperimentStore store(storePath);
      msl::RunRecord record;
      record.name = "full";
      msl::RunConfig config = msl::presetRunConfig("quick-cpu");
      config.model.create = false;
      config.model.checkpoint = modelFolder(1).string();
      config.model.tokenizer.clear();
      config.lora.enabled = false;
      config.data.dir = (root_ / "data").string();
      record.configJson = msl::runConfigToJson(config).dump();
      record.checkpoint.path = modelFolder(1).string();
      record.dataset.path = (root_ / "data").string();
      run = store.createRun(record);
      msl::CheckpointRecord checkpoint;
      checkpoint.run = run;
      checkpoint.step = 7;
      checkpoint.path = (runDir / "checkpoint-7").string();
      store.addCheckpoint(checkpoint);
    }
    msl::ModelSource source;
    source.store = storePath;
    source.run = run;
    source.step = 7;
    auto stored = open(source, "");  // the run's dataset
    QCOMPARE(stored->model().step, std::optional<std::int64_t>(7));
    auto seed2 = openFolder(2);
    const msl::Sample& sample = stored->dataset().split("test")[1];
    const auto a = stored->targetProbabilities(sample.history(), sample.target());
    const auto b = seed2->targetProbabilities(sample.history(), sample.target());
    QCOMPARE(a.front().valid.size(), b.front().valid.size());
    for (std::size_t i = 0; i < a.front().valid.size(); ++i)
      QVERIFY(std::abs(a.front().valid[i].full - b.front().valid[i].full) < 1e-9);
    const auto base = openFolder(1)->targetProbabilities(sample.history(), sample.target());
    QVERIFY(std::abs(base.front().invalidMass - a.front().invalidMass) > 1e-6);

    source.step = 8;
    try {
      open(source, "");
      QFAIL("a missing step opened");
    } catch (const msl::Error& error) {
      QVERIFY2(QString(error.what()).contains("step 8") &&
                   QString(error.what()).contains("checkpoints at steps: 7"),
               error.what());
    }
  }

  void generationMarksCatalogTitles() {
    auto session = openFolder(1);
    const auto history = session->dataset().split("test").front().history();
    const auto generated = session->generate(history, 4, 24);
    QCOMPARE(generated.size(), std::size_t(4));
    for (std::size_t i = 0; i < generated.size(); ++i) {
      bool inCatalog = false;
      for (const msl::Item& item : session->dataset().catalog.items())
        inCatalog |= item.title == generated[i].title;
      QCOMPARE(generated[i].inCatalog, inCatalog);
      QVERIFY(generated[i].firstTokenProbability > 0);
      if (i > 0)
        QVERIFY(generated[i].firstTokenProbability <= generated[i - 1].firstTokenProbability);
    }
  }

  void errorsNameWhatIsMissing() {
    msl::ModelSource source;
    source.checkpoint = (root_ / "nowhere").string();
    try {
      open(source, (root_ / "data").string());
      QFAIL("a missing folder opened");
    } catch (const msl::Error& error) {
      QVERIFY2(QString(error.what()).contains("nowhere") &&
                   QString(error.what()).contains("config.json"),
               error.what());
    }
    auto session = openFolder(1);
    try {
      session->targetProbabilities({1}, 987654);
      QFAIL("an unknown target was accepted");
    } catch (const msl::Error& error) {
      QVERIFY2(QString(error.what()).contains("987654"), error.what());
    }
  }
};

QTEST_MAIN(TestRecommenderSession)
#include "tst_recommender_session.moc"
