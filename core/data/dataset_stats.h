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
};

struct TitleLengthStats {  // in Unicode code points
  std::size_t min = 0;
  std::size_t max = 0;
  double mean = 0;
  std::size_t median = 0;
};

struct DatasetStats {
  std::size_t items = 0;
  std::size_t users = 0;  // distinct users over all splits
  std::vector<SplitStats> splits;
  std::vector<std::pair<std::string, std::vector<ItemId>>> duplicateTitles;
  TitleLengthStats titleLength;
  std::vector<std::string> warnings;
};

DatasetStats computeDatasetStats(const Dataset& dataset);

}  // namespace msl
