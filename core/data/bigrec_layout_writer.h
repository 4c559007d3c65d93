#pragma once
// Writes a dataset in the BIGRec layout the real data uses, plus a dataset.json describing it:
// id2name4Rec.json, one <split>.csv per split, dataset.json. Creates `dir` if needed.
#include <filesystem>

#include "data/dataset.h"

namespace msl {

void writeBigRecDataset(const Dataset& dataset, const std::filesystem::path& dir);

}  // namespace msl
