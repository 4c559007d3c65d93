#pragma once
// The ATS statistics of one step (MSL.md): μ⁺, μ⁻, σ²⁻ over the first-target-position rows of
// the batch, read from the raw (unscaled, detached) masked logits of either path.
#include <functional>
#include <optional>

#include "losses/adaptive_temperature.h"
#include "losses/masked_logits.h"
#include "losses/target_rows.h"

namespace msl {

// Which rows count as "first-target-token positions". The reference selects rows whose valid-set
// size equals the catalog's n, which also catches a deeper trie node with exactly n children;
// FirstPositionFlag uses the rows' own flag.
enum class AtsRows { FirstPositionFlag, ValidCountEqualsN };

// Adds a float64 tensor's values over every rank of a data-parallel run, in place.
using SumAcrossRanks = std::function<void(at::Tensor&)>;

// The moments on the logits' device, nothing read back.
// nullopt when the batch has no first-position row. n is the valid-set size of the flagged rows;
// throws msl::Error when flagged rows disagree on it (their valid set is the trie's root).
// With sumAcrossRanks the moments pool every rank's rows, as the reference gathers them: the
// statistics of the whole batch, whichever share of it this rank holds.
std::optional<AtsMoments> measureAtsMoments(const MaskedLogits& logits, const TargetRows& rows,
                                            AtsRows selection,
                                            const SumAcrossRanks& sumAcrossRanks = {});

}  // namespace msl
