#pragma once
// What the Recommendations page asks a model for, and what comes back: plain values that cross
// from the GUI thread to a worker and back.
#include <QMetaType>
#include <optional>
#include <vector>

#include "evaluation/beam_search_options.h"
#include "evaluation/evaluation_result.h"
#include "evaluation/position_probabilities.h"

namespace msl {
namespace ui {

struct RecommendationRequest {
  std::vector<ItemId> history;   // oldest first; edited by the user
  std::optional<ItemId> target;  // the user's known next item, for the rank
  std::size_t beams = 10;
  MaskingVariant variant = MaskingVariant::FullSoftmaxThenMask;
  std::size_t generations = 5;  // unconstrained continuations shown beside the list

  bool operator==(const RecommendationRequest& other) const {
    return history == other.history && target == other.target && beams == other.beams &&
           variant == other.variant && generations == other.generations;
  }
};

struct RecommendationOutcome {
  std::vector<RecommendedTitle> titles;
  std::optional<std::size_t> rank;  // of the target among `titles`, 0-based
  std::vector<GeneratedTitle> generated;
  double seconds = 0;
};

}  // namespace ui
}  // namespace msl

Q_DECLARE_METATYPE(msl::ui::RecommendationRequest)
