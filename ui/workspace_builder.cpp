#include "ui/workspace_builder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include "bpe_training/dataset_tokenizer.h"
#include "bpe_training/tokenizer_json_writer.h"
#include "common/error.h"
#include "data/synthetic_catalog.h"
#include "ui/workspace_loader.h"

namespace msl {
namespace ui {
namespace {

std::filesystem::path toPath(const QString& path) {
  return std::filesystem::path(path.toStdString());
}

// Reports a stage (marked for translation with QT_TRANSLATE_NOOP); a cancelled build stops
// there.
void report(const WorkspaceProgress& progress, const char* stage, int percent) {
  if (!progress(QCoreApplication::translate("msl::ui::WorkspaceBuilder", stage), percent))
    throw Cancelled("building the workspace: cancelled");
}

Tokenizer trainTokenizer(const Dataset& dataset, std::size_t vocabSize,
                         const WorkspaceProgress& progress, const std::filesystem::path& saveTo) {
  int lastPercent = -1;
  const ByteLevelBpe bpe =
      trainDatasetTokenizer(dataset, vocabSize, "", [&](std::size_t learnt, std::size_t wanted) {
        const int percent = 10 + static_cast<int>(60 * learnt / std::max<std::size_t>(wanted, 1));
        // The merge loop checks often: asking for a repaint of the same percentage is not free.
        const bool goOn = percent == lastPercent ||
                          progress(QCoreApplication::translate("msl::ui::WorkspaceBuilder",
                                                               "Training the tokenizer"),
                                   percent);
        lastPercent = percent;
        return goOn;
      }).bpe;
  if (!saveTo.empty()) {
    writeTokenizerFiles(bpe, saveTo);
    return Tokenizer::fromFile(saveTo);
  }
  return Tokenizer::fromJsonText(tokenizerJsonText(bpe), "trained tokenizer");
}

}  // namespace

WorkspaceSnapshot buildWorkspace(const WorkspaceRequest& request,
                                 const WorkspaceProgress& progress) {
  QElapsedTimer timer;
  timer.start();
  WorkspaceSnapshot snapshot;
  QString dataDir = request.dataDir;
  QString tokenizerPath;
  std::filesystem::path saveTokenizerTo;
  std::size_t vocabSize = request.vocabSize > 0 ? static_cast<std::size_t>(request.vocabSize) : 0;

  if (request.kind == WorkspaceRequest::Kind::CreateDemo) {
    const QDir workspace(request.demoDir);
    dataDir = workspace.filePath(QStringLiteral("data"));
    report(progress,
           QT_TRANSLATE_NOOP("msl::ui::WorkspaceBuilder", "Synthesizing the demo catalog"), 2);
    SyntheticOptions options;
    options.items = static_cast<std::size_t>(request.demoItems);
    options.users = static_cast<std::size_t>(request.demoUsers);
    writeSyntheticDataset(options, toPath(dataDir));
    tokenizerPath = workspace.filePath(QStringLiteral("tokenizer/tokenizer.json"));
    saveTokenizerTo = toPath(tokenizerPath);
  } else {
    tokenizerPath = WorkspaceLoader::findTokenizer(dataDir);
  }

  report(progress, QT_TRANSLATE_NOOP("msl::ui::WorkspaceBuilder", "Loading the dataset"), 5);
  Dataset dataset = loadDataset(toPath(dataDir));
  snapshot.stats = computeDatasetStats(dataset);

  Tokenizer tokenizer = [&] {
    if (request.kind == WorkspaceRequest::Kind::OpenDataset && !tokenizerPath.isEmpty()) {
      report(progress, QT_TRANSLATE_NOOP("msl::ui::WorkspaceBuilder", "Loading the tokenizer"), 10);
      return Tokenizer::fromFile(toPath(tokenizerPath));
    }
    report(progress, QT_TRANSLATE_NOOP("msl::ui::WorkspaceBuilder", "Training the tokenizer"), 10);
    return trainTokenizer(dataset, vocabSize, progress, saveTokenizerTo);
  }();

  report(progress,
         QT_TRANSLATE_NOOP("msl::ui::WorkspaceBuilder", "Building the title trie and the masks"),
         75);
  auto layer = TextLayer::build(std::move(dataset), std::move(tokenizer));
  report(progress, QT_TRANSLATE_NOOP("msl::ui::WorkspaceBuilder", "Checking tokenization drift"),
         88);
  layer->checkDrift();

  report(progress, QT_TRANSLATE_NOOP("msl::ui::WorkspaceBuilder", "Summarizing"), 96);
  snapshot.trie = layer->catalogTrie.trie().statistics();
  snapshot.masks = summarizeMasks(layer->masks, layer->tokenizer.vocabSize());
  snapshot.trieOverview = buildTrieOverview(*layer);
  for (const Item& item : layer->dataset.catalog.items()) {
    // Target tokens end with EOS, which is not part of the title's own length.
    const std::size_t tokens = layer->catalogTrie.targetTokens(item.id).size() - 1;
    snapshot.titleTokenCounts.push_back(tokens);
    ++snapshot.titleTokenLengths[tokens];
  }
  snapshot.layer = std::move(layer);
  snapshot.dataDir = dataDir;
  snapshot.tokenizerPath = tokenizerPath;
  snapshot.seconds = timer.elapsed() / 1000.0;
  report(progress, QT_TRANSLATE_NOOP("msl::ui::WorkspaceBuilder", "Done"), 100);
  return snapshot;
}

}  // namespace ui
}  // namespace msl
