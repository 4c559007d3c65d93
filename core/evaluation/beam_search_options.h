#pragma once
// How constrained beam search scores and stops (MSL.md, "Inference and metrics"). Torch-free.
#include <cstddef>
#include <string>

namespace msl {

enum class MaskingVariant {
  // Hugging Face's CBS as the paper ran it: log-softmax over the full vocabulary, then invalid
  // tokens are masked. Needs the full-vocabulary log-sum-exp at each step.
  FullSoftmaxThenMask,
  // The distribution MSL trains: log-softmax over the valid tokens only.
  MaskedSoftmax,
};

enum class BeamStopping {
  // Hugging Face's early_stopping=False heuristic: stop once `beams` titles are finished and the
  // best candidate sum of this step divided by the current generated length cannot beat the
  // worst finished score. What the paper's numbers come from.
  HuggingFace,
  // Stop only when no running beam can beat the worst finished title: its best attainable score
  // is sum / (length + the most tokens left below its trie node) because log-probabilities are
  // <= 0. With beams >= the catalog size this makes the search exhaustive.
  Exact,
};

struct BeamSearchOptions {
  std::size_t beams = 10;
  std::size_t returned = 10;  // at most `beams`, as num_return_sequences in Hugging Face
  MaskingVariant variant = MaskingVariant::FullSoftmaxThenMask;
  BeamStopping stopping = BeamStopping::HuggingFace;
  // Encode the prompts' common opening once for the batch (the same results either way; off
  // only to measure what it saves).
  bool sharePromptPrefix = true;
};

std::string maskingVariantName(
    MaskingVariant variant);  // "full_softmax_then_mask" / "masked_softmax"

}  // namespace msl
