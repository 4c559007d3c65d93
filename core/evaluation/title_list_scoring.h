#pragma once
// One scoring for every recommender, an LLM run or a baseline: a sample's top-K title list
// becomes its rank (by title text, as the reference evaluates: MSL.md), and a split's lists the
// metric map (HR@K, NDCG@K, MRR, catalog coverage, popularity share). Torch-free.
#include <string>
#include <vector>

#include "data/dataset.h"
#include "evaluation/evaluation_result.h"

namespace msl {

SampleRecommendations scoreSample(const Dataset& dataset, const Sample& sample,
                                  std::size_t sampleIndex, std::vector<RecommendedTitle> titles);

// Fills result.metrics from result.samples. catalogItems: the items a list could hold;
// popularitySplit: the split whose targets define the popular items ("" or absent: no share).
void computeEvaluationMetrics(EvaluationResult& result, const Dataset& dataset,
                              const std::vector<ItemId>& catalogItems,
                              const std::string& popularitySplit);

}  // namespace msl
