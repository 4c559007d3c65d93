#pragma once
// Resolves a ModelSource to the files that make the model: a checkpoint folder as it is, a
// stored run through its run checkpoint (runs/run_checkpoint.h: base model, tokenizer and
// the checkpoint's adapter or full weights, the run's dataset). Torch-free, for the GUI.
#include "runs/model_source.h"
#include "runs/run_checkpoint.h"

namespace msl {

// Throws msl::Error naming the folder, store, run or step and what was expected there.
ResolvedModel resolveModelSource(const ModelSource& source);

// A run checkpoint already resolved (mslw eval --run) as the files RecommenderSession opens.
ResolvedModel resolvedModelOf(const RunCheckpoint& checkpoint, const std::string& description);

}  // namespace msl
