#pragma once
// Which loss runs and how (MSL.md "Losses"); recorded with every run so that results say which
// variant produced them.
#include <cstdint>
#include <string>

#include "losses/adaptive_temperature.h"
#include "losses/weight_gradient.h"

namespace msl {

enum class LossKind {
  Lml,          // -log softmax(z/τ)[y] over the full vocabulary
  MslFixed,     // the reference's fixed-τ MSL trainer: no × τ, single-valid rows kept
  MslAdaptive,  // the reference's ATS trainer: single-valid rows dropped, L = τ · mean ℓ_t
};

// Where masked logits come from. Both give the same loss and gradients; Sparse is the one to
// train with, Dense (full vocabulary, -inf fill, as the reference) exists to verify it.
enum class LogitsPath { Sparse, Dense };

// MSL.md says ATS drops single-valid rows and that "their loss is 0". Their MSL loss is exactly
// 0 anyway (softmax over one token), so dropping them only changes anything if they leave the
// mean's denominator; the fixed-τ trainer is said NOT to drop them, which only differs if they
// do. Excluded therefore is the default; CountedAsZero keeps them in the denominator.
enum class SingleValidRows { Excluded, CountedAsZero };

struct LossConfig {
  LossKind kind = LossKind::MslAdaptive;
  LogitsPath path = LogitsPath::Sparse;
  double temperature = 1.0;  // τ of LML and fixed-τ MSL (ATS starts from ats.initialTau)
  AtsConfig ats;
  SingleValidRows singleValidRows = SingleValidRows::Excluded;  // MslAdaptive only
  // Sparse path only: how dL/dW leaves the loss (gathered_rows_linear.h). Dense is what any
  // optimizer takes; the others only pay off with a kept W.grad. Irrelevant when W is frozen
  // (LoRA).
  WeightGradient weightGradient = WeightGradient::Dense;
  // Measure the invalid probability mass every k steps (a full-vocabulary LM head pass); 0 = never.
  std::int64_t invalidMassEvery = 0;
};

std::string lossKindName(LossKind kind);  // "lml", "msl", "msl_ats"
LossKind parseLossKind(const std::string& name);
std::string logitsPathName(LogitsPath path);  // "sparse", "dense"
LogitsPath parseLogitsPath(const std::string& name);

}  // namespace msl
