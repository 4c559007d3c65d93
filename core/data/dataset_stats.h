#pragma once
// Summary figures of a loaded dataset, for `mslw data stats` and the workbench's data page.
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "data/dataset.h"

namespace msl {

struct SplitStats {
  std::string name;
  std::size_t samples = 0;
  std::size_t users = 0;
  std::map<std::size_t, std::size_t> historyLengths;  // history items -> samples
  // Samples whose target is the target of some sample of the training split, and those whose
  // target occurs anywhere in it (history or target): what a recommender that learns from the
  // training split can know. For the training split itself, its own samples count.
  std::size_t targetsSeenAsTrainingTarget = 0;
  std::size_t targetsSeenInTraining = 0;
};

struct TitleLengthStats {  // in Unicode code points
  std::size_t min = 0;
  std::size_t max = 0;
  double mean = 0;
  std::size_t median = 0;
};

struct DatasetStats {
  std::size_t items = 0;
  std::size_t users = 0;      // distinct users over all splits
  std::string trainingSplit;  // defaultTrainingSplit(dataset)
  std::vector<SplitStats> splits;
  std::vector<std::pair<std::string, std::vector<ItemId>>> duplicateTitles;
  TitleLengthStats titleLength;
  std::vector<std::string> warnings;
};

// Warns about a split whose targets mostly never occur in the training split (a cold-start test,
// which no model of the training interactions can score well).
DatasetStats computeDatasetStats(const Dataset& dataset);

}  // namespace msl
