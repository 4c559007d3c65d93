#include "bpe_training/special_token_splitter.h"

namespace msl {

std::vector<TextSegment> splitOnSpecialTokens(std::string_view text,
                                              const std::vector<std::string>& specials) {
  std::vector<TextSegment> segments;
  std::size_t position = 0;
  while (position < text.size()) {
    std::size_t bestStart = std::string_view::npos;
    std::optional<std::size_t> best;
    for (std::size_t index = 0; index < specials.size(); ++index) {
      if (specials[index].empty()) continue;
      const std::size_t start = text.find(specials[index], position);
      if (start == std::string_view::npos) continue;
      const bool earlier = start < bestStart;
      const bool longerAtSameStart =
          start == bestStart && specials[index].size() > specials[*best].size();
      if (earlier || longerAtSameStart) bestStart = start, best = index;
    }
    if (!best) break;
    if (bestStart > position) segments.push_back({text.substr(position, bestStart - position), {}});
    segments.push_back({text.substr(bestStart, specials[*best].size()), best});
    position = bestStart + specials[*best].size();
  }
  if (position < text.size()) segments.push_back({text.substr(position), {}});
  return segments;
}

}  // namespace msl
