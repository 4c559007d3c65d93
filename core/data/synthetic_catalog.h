#pragma once
// A deterministic synthetic book catalog and reading histories for the demo and the tests.
//
// What makes it useful for an LLM recommender:
//  - titles are several words and share prefixes ("The Dragon Archive, Book 3", imprints such
//    as "Everyman's Library: ...", genre vocabularies), so the title trie branches deep;
//  - popularity is skewed (Zipf-like within each genre);
//  - users have latent tastes: two or three favourite genres, and once they start a series they
//    tend to read it in order, so the next item is predictable from the history.
// Same options and seed give byte-identical files on every platform (own PRNG, no
// std::*_distribution, no unordered iteration in the output).
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "data/catalog.h"
#include "data/dataset.h"
#include "data/interactions.h"

namespace msl {

struct SyntheticOptions {
  std::size_t items = 600;
  std::size_t users = 400;
  std::uint64_t seed = 1;
  std::size_t minInteractionsPerUser = 8;
  std::size_t maxInteractionsPerUser = 24;
};

struct SyntheticItemInfo {
  std::size_t genre = 0;
  int series = -1;           // index into SyntheticData::seriesNames, -1 for standalone books
  std::size_t position = 0;  // 1-based position in the series
};

struct SyntheticData {
  Catalog catalog;                  // ids 1..items
  std::vector<std::string> genres;  // genre names
  std::vector<std::string> seriesNames;
  std::vector<SyntheticItemInfo> itemInfo;  // indexed by id - 1
  std::vector<Interaction> interactions;    // users "1".."users", each in time order

  const SyntheticItemInfo& info(ItemId id) const {
    return itemInfo.at(static_cast<std::size_t>(id - 1));
  }
};

// Throws msl::Error on options that cannot produce a dataset (too few items, min > max, ...).
SyntheticData generateSyntheticData(const SyntheticOptions& options);

// Sliding window + 0.8/0.1/0.1 time split of the generated interactions; domain books.
Dataset syntheticDataset(const SyntheticData& data, const SyntheticOptions& options);

// Writes id2name4Rec.json, train.csv, valid.csv, test.csv and dataset.json to `dir`.
Dataset writeSyntheticDataset(const SyntheticOptions& options, const std::filesystem::path& dir);

}  // namespace msl
