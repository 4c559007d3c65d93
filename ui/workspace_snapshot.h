#pragma once
// What the workspace loader hands to the pages: the text layer (dataset, tokenizer, trie, masks)
// shared read-only, and the figures derived from it. A value type (copies share the layer),
// registered as a meta type so it crosses threads through queued signals.
#include <QMetaType>
#include <QString>
#include <map>
#include <memory>

#include "data/dataset_stats.h"
#include "trie/mask_summary.h"
#include "trie/text_layer.h"
#include "trie/title_trie.h"
#include "ui/trie_overview.h"

namespace msl {
namespace ui {

struct WorkspaceSnapshot {
  std::shared_ptr<const TextLayer> layer;
  DatasetStats stats;
  TrieStatistics trie;
  MaskSummary masks;
  TrieOverview trieOverview;
  std::map<std::size_t, std::size_t> titleTokenLengths;  // tokens (without EOS) -> titles
  std::vector<std::size_t> titleTokenCounts;             // by catalog order
  QString dataDir;
  QString tokenizerPath;  // empty when the tokenizer was trained in memory for this dataset
  double seconds = 0;
};

}  // namespace ui
}  // namespace msl

Q_DECLARE_METATYPE(msl::ui::WorkspaceSnapshot)
