#pragma once
// A run's step metrics and evaluations as CSV (spreadsheets, pandas) or JSON (scripts).
//
// CSV: one table, one row per step that has step metrics or an evaluation (a left join by
// step): the step columns, then one column "grad_norm:<module>" per module, then one column
// "<split>:<metric>" per evaluated split and metric (e.g. "valid:NDCG@10"), filled on the steps
// where that evaluation ran. Numbers in shortest round-trip form; empty = not measured.
//
// JSON: {"run": {...}, "steps": [...], "evaluations": [...]} with null for not measured.
#include <string>

#include <nlohmann/json.hpp>

#include "store/experiment_store.h"

namespace msl {

std::string exportRunCsv(ExperimentStore& store, RunId run);
nlohmann::json exportRunJson(ExperimentStore& store, RunId run);
nlohmann::json runRecordJson(const RunRecord& run);

}  // namespace msl
