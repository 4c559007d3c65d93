// Constrained beam search against exhaustive scoring of every title, on a catalog small enough
// to score each title's full sequence; both masking variants; batched against one user at a
// time; cached against the naive uncached search.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include <algorithm>
#include <set>

#include "data/prompt_builder.h"
#include "evaluation/constrained_beam_search.h"
#include "evaluation_fixture.h"

namespace {

struct Scored {
  msl::TrieNodeId leaf;
  double score;
};

// Every distinct title path scored under the model with the beam search's normalisation.
std::vector<Scored> exhaustiveRanking(EvaluationFixture& f, const std::vector<msl::TokenId>& prompt,
                                      msl::MaskingVariant variant) {
  torch::NoGradGuard noGrad;
  const auto& trie = f.trie->trie();
  std::set<msl::TrieNodeId> seen;
  std::vector<Scored> scored;
  for (msl::ItemId item : f.trie->items()) {
    const auto& target = f.trie->targetTokens(item);
    const auto leaf = *trie.walk(target);
    if (!seen.insert(leaf).second) continue;
    std::vector<std::int64_t> ids(prompt.begin(), prompt.end());
    ids.insert(ids.end(), target.begin(), target.end() - 1);
    msl::DecoderInputs inputs;
    inputs.inputIds = torch::tensor(ids, torch::kLong).view({1, -1});
    const auto logits = f.model->forward(inputs)[0].to(torch::kDouble);  // [T, V]
    double sum = 0;
    msl::TrieNodeId node = msl::TitleTrie::kRoot;
    for (std::size_t t = 0; t < target.size(); ++t) {
      const auto row = logits[static_cast<std::int64_t>(prompt.size() + t - 1)];
      double logNormaliser = torch::logsumexp(row, 0).item<double>();
      if (variant == msl::MaskingVariant::MaskedSoftmax) {
        const auto children = trie.children(node);
        std::vector<std::int64_t> valid(children.begin(), children.end());
        logNormaliser =
            torch::logsumexp(row.index_select(0, torch::tensor(valid)), 0).item<double>();
      }
      sum += row[target[t]].item<double>() - logNormaliser;
      node = *trie.child(node, target[t]);
    }
    scored.push_back({leaf, sum / static_cast<double>(target.size())});
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const Scored& a, const Scored& b) { return a.score > b.score; });
  return scored;
}

std::size_t distinctTitles(const EvaluationFixture& f) {
  std::set<msl::TrieNodeId> leaves;
  for (msl::ItemId item : f.trie->items())
    leaves.insert(*f.trie->trie().walk(f.trie->targetTokens(item)));
  return leaves.size();
}

void expectSameLists(const std::vector<msl::BeamHypothesis>& a,
                     const std::vector<msl::BeamHypothesis>& b, double tolerance) {
  QCOMPARE(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    QCOMPARE(a[i].leaf, b[i].leaf);
    QCOMPARE(a[i].tokens, b[i].tokens);
    QVERIFY2(std::abs(a[i].score - b[i].score) < tolerance,
             qPrintable(QString("entry %1: %2 vs %3").arg(i).arg(a[i].score).arg(b[i].score)));
  }
}

// Each user's list of a batched search equals the naive uncached search of that user alone.
void expectEachUserMatchesNaive(EvaluationFixture& f,
                                const std::vector<std::vector<msl::BeamHypothesis>>& batched,
                                const std::vector<std::vector<msl::TokenId>>& prompts,
                                const msl::BeamSearchOptions& options) {
  QCOMPARE(batched.size(), prompts.size());
  for (std::size_t u = 0; u < prompts.size(); ++u)
    expectSameLists(batched[u],
                    msl::naiveConstrainedBeamSearch(f.model, *f.trie, prompts[u], options), 1e-5);
}

}  // namespace

class TestConstrainedBeamSearch : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void wideBeamEqualsExhaustiveRanking_data() {
    QTest::addColumn<int>("variant");
    QTest::newRow("full softmax then mask") << int(msl::MaskingVariant::FullSoftmaxThenMask);
    QTest::newRow("masked softmax") << int(msl::MaskingVariant::MaskedSoftmax);
  }
  void wideBeamEqualsExhaustiveRanking() {
    QFETCH(int, variant);
    EvaluationFixture f(bookTitles());
    msl::BeamSearchOptions options;
    options.beams = distinctTitles(f);
    options.returned = 6;
    options.variant = static_cast<msl::MaskingVariant>(variant);
    options.stopping = msl::BeamStopping::Exact;
    for (const char* history : {"\"Emma\", \"Ulysses\"", "\"The Sea\""}) {
      const auto prompt = f.prompt(history);
      const auto found = msl::constrainedBeamSearch(f.model, *f.trie, {prompt}, options).front();
      const auto expected = exhaustiveRanking(f, prompt, options.variant);
      QCOMPARE(found.size(), options.returned);
      for (std::size_t i = 0; i < found.size(); ++i) {
        QCOMPARE(found[i].leaf, expected[i].leaf);
        QVERIFY2(std::abs(found[i].score - expected[i].score) < 1e-5,
                 qPrintable(QString("rank %1: beam %2, exhaustive %3")
                                .arg(i)
                                .arg(found[i].score)
                                .arg(expected[i].score)));
      }
    }
  }

  void returnedTitlesAreDistinctCatalogItems() {
    EvaluationFixture f(bookTitles(), 11);
    msl::BeamSearchOptions options;  // the defaults: 10 beams, 10 returned, HF stopping
    const auto found =
        msl::constrainedBeamSearch(f.model, *f.trie, {f.prompt("\"Dragons\"")}, options).front();
    QVERIFY(!found.empty());
    std::set<msl::ItemId> items;
    std::size_t entries = 0;
    for (const auto& hypothesis : found) {
      QCOMPARE(hypothesis.tokens.back(), f.trie->eos());
      const auto& atLeaf = f.trie->itemsAt(hypothesis.leaf);
      QVERIFY(!atLeaf.empty());
      QCOMPARE(f.trie->targetTokens(atLeaf.front()), hypothesis.tokens);
      for (msl::ItemId item : atLeaf) {
        QVERIFY(f.catalog.contains(item));
        items.insert(item);
        ++entries;
      }
    }
    QCOMPARE(items.size(), entries);
    for (std::size_t i = 1; i < found.size(); ++i) QVERIFY(found[i - 1].score >= found[i].score);
  }

  void variantsAgreeWhereEveryValidSetIsASingleton() {
    // One title: every valid set has one token, so the masked distribution gives it log 1 = 0
    // at each position, while the full-vocabulary softmax gives it less.
    EvaluationFixture f({"Emma"});
    msl::BeamSearchOptions options;
    options.beams = 1;
    options.returned = 1;
    options.variant = msl::MaskingVariant::MaskedSoftmax;
    const auto prompt = f.prompt("\"Emma\"");
    const auto masked = msl::constrainedBeamSearch(f.model, *f.trie, {prompt}, options).front();
    options.variant = msl::MaskingVariant::FullSoftmaxThenMask;
    const auto full = msl::constrainedBeamSearch(f.model, *f.trie, {prompt}, options).front();
    QCOMPARE(masked.size(), std::size_t{1});
    QCOMPARE(masked.front().leaf, full.front().leaf);
    QVERIFY(std::abs(masked.front().score) < 1e-6);
    QVERIFY(full.front().score < -1e-3);
  }

  void maskedScoresBoundFullScoresTitleByTitle() {
    // The masked normaliser sums over a subset of the vocabulary, so each title's masked score
    // is at least its full-softmax score; equal only where no vocabulary mass lies outside.
    EvaluationFixture f(bookTitles(), 3);
    const auto prompt = f.prompt("\"Silent Night\"");
    const auto masked = exhaustiveRanking(f, prompt, msl::MaskingVariant::MaskedSoftmax);
    const auto full = exhaustiveRanking(f, prompt, msl::MaskingVariant::FullSoftmaxThenMask);
    for (const Scored& m : masked) {
      const auto other =
          std::find_if(full.begin(), full.end(), [&](const Scored& s) { return s.leaf == m.leaf; });
      QVERIFY(other != full.end());
      QVERIFY(m.score > other->score);
    }
  }

  void batchedEqualsOneUserAtATime() {
    EvaluationFixture f(bookTitles(), 5);
    msl::BeamSearchOptions options;
    options.beams = 4;
    options.returned = 4;
    const std::vector<std::vector<msl::TokenId>> prompts{
        f.prompt("\"Emma\""), f.prompt("\"The Dragon Gate\", \"Silent Night\", \"Ulysses\""),
        f.prompt("\"A Tale of Time\", \"The Sea\"")};
    QVERIFY(prompts[0].size() != prompts[1].size());  // left padding is exercised
    for (auto variant :
         {msl::MaskingVariant::FullSoftmaxThenMask, msl::MaskingVariant::MaskedSoftmax}) {
      options.variant = variant;
      const auto batched = msl::constrainedBeamSearch(f.model, *f.trie, prompts, options);
      QCOMPARE(batched.size(), prompts.size());
      for (std::size_t u = 0; u < prompts.size(); ++u) {
        const auto alone = msl::constrainedBeamSearch(f.model, *f.trie, {prompts[u]}, options);
        expectSameLists(batched[u], alone.front(), 1e-5);
        // Users finish at different steps: the cache's rows are regrouped as they leave.
        const auto naive = msl::naiveConstrainedBeamSearch(f.model, *f.trie, prompts[u], options);
        expectSameLists(batched[u], naive, 1e-5);
      }
    }
  }

  // With many users a step can keep the row count while one user's running beams shrink (a title
  // finished) and another's grow: rows then change hands, and their prompt columns must move with
  // them. Few users rarely hit that case; these seeds, widths and 16 histories do (with seed 5 at
  // 2 and 4 beams, and seed 3 at 5), which a search that copied only the generated columns fails.
  void usersTradingRowsKeepTheirOwnPrompts() {
    const auto titles = bookTitles();
    std::vector<std::string> histories;
    for (std::size_t u = 0; u < 16; ++u) {
      histories.push_back("\"" + titles[u % titles.size()] + "\", \"" +
                          titles[(3 * u + 1) % titles.size()] + "\"");
    }
    for (std::uint64_t seed : {3, 5}) {
      EvaluationFixture f(titles, seed);
      std::vector<std::vector<msl::TokenId>> prompts;
      for (const auto& history : histories) prompts.push_back(f.prompt(history));
      for (std::size_t beams : {2, 4, 5}) {
        msl::BeamSearchOptions options;
        options.beams = beams;
        options.returned = beams;
        for (auto variant :
             {msl::MaskingVariant::FullSoftmaxThenMask, msl::MaskingVariant::MaskedSoftmax}) {
          options.variant = variant;
          expectEachUserMatchesNaive(
              f, msl::constrainedBeamSearch(f.model, *f.trie, prompts, options), prompts, options);
        }
      }
    }
  }

  void promptsShareTheTemplatesOpening() {
    EvaluationFixture f(bookTitles(), 5);
    const msl::PromptBuilder builder(msl::PromptWording::forDomain("books"));
    const std::vector<std::vector<msl::TokenId>> prompts{
        f.tokenizer->encode(builder.prompt({"Emma"}), true),
        f.tokenizer->encode(builder.prompt({"The Dragon Gate", "Silent Night"}), true)};
    const std::size_t shared = msl::sharedPromptPrefix(prompts);
    // The instruction and the history's lead-in come before the first title.
    QVERIFY2(shared > 10, qPrintable(QString("shared prefix of %1 tokens").arg(shared)));
    QVERIFY(std::equal(prompts[0].begin(), prompts[0].begin() + shared, prompts[1].begin()));
    QVERIFY(prompts[0][shared] != prompts[1][shared]);
    // One prompt alone keeps its last token to start the search from.
    QCOMPARE(msl::sharedPromptPrefix({prompts[0]}), prompts[0].size() - 1);
    QCOMPARE(msl::sharedPromptPrefix({prompts[0], {prompts[0].front()}}), std::size_t{0});
    QCOMPARE(msl::sharedPromptPrefix({}), std::size_t{0});
  }

  void searchWithTheSharedPrefixEqualsSearchWithout() {
    EvaluationFixture f(bookTitles(), 7);
    const msl::PromptBuilder builder(msl::PromptWording::forDomain("books"));
    const std::vector<std::vector<msl::TokenId>> prompts{
        f.tokenizer->encode(builder.prompt({"Emma"}), true),
        f.tokenizer->encode(builder.prompt({"The Dragon Gate", "Silent Night", "Ulysses"}), true)};
    QVERIFY(msl::sharedPromptPrefix(prompts) > 10);
    msl::BeamSearchOptions options;
    options.beams = 4;
    options.returned = 4;
    const auto shared = msl::constrainedBeamSearch(f.model, *f.trie, prompts, options);
    options.sharePromptPrefix = false;
    const auto unshared = msl::constrainedBeamSearch(f.model, *f.trie, prompts, options);
    for (std::size_t u = 0; u < prompts.size(); ++u) expectSameLists(shared[u], unshared[u], 1e-5);
    expectEachUserMatchesNaive(f, shared, prompts, options);
  }

  void cachedEqualsUncached() {
    EvaluationFixture f(bookTitles(), 9);
    msl::BeamSearchOptions options;
    options.beams = 5;
    options.returned = 5;
    const auto prompt = f.prompt("\"Ulysses\", \"The Dragon Archive\"");
    for (auto variant :
         {msl::MaskingVariant::FullSoftmaxThenMask, msl::MaskingVariant::MaskedSoftmax}) {
      options.variant = variant;
      const auto cached = msl::constrainedBeamSearch(f.model, *f.trie, {prompt}, options).front();
      const auto naive = msl::naiveConstrainedBeamSearch(f.model, *f.trie, prompt, options);
      QVERIFY(!cached.empty());
      expectSameLists(cached, naive, 1e-5);
    }
  }
};

QTEST_APPLESS_MAIN(TestConstrainedBeamSearch)
#include "tst_constrained_beam_search.moc"
