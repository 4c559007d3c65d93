#include "data/sliding_window.h"

#include <algorithm>
#include <unordered_map>

namespace msl {

std::vector<Sample> slidingWindowSamples(const std::vector<Interaction>& interactions,
                                         SequenceLengthRange range) {
  std::vector<std::string> userOrder;
  std::unordered_map<std::string, std::vector<const Interaction*>> byUser;
  for (const Interaction& interaction : interactions) {
    auto [it, inserted] = byUser.try_emplace(interaction.userId);
    if (inserted) userOrder.push_back(interaction.userId);
    it->second.push_back(&interaction);
  }

  std::vector<Sample> samples;
  for (const std::string& user : userOrder) {
    auto& sequence = byUser[user];
    std::stable_sort(
        sequence.begin(), sequence.end(),
        [](const Interaction* a, const Interaction* b) { return a->timestamp < b->timestamp; });
    for (std::size_t target = 0; target < sequence.size(); ++target) {
      if (target + 1 < range.min) continue;
      const std::size_t first = target + 1 > range.max ? target + 1 - range.max : 0;
      Sample sample;
      sample.userId = user;
      for (std::size_t i = first; i <= target; ++i) sample.itemIds.push_back(sequence[i]->itemId);
      sample.timestamp = sequence[target]->timestamp;
      samples.push_back(std::move(sample));
    }
  }
  return samples;
}

}  // namespace msl
