#include "trie/target_masks.h"

#include <unordered_map>

#include "common/error.h"

namespace msl {

TargetMasks TargetMasks::build(const CatalogTrie& catalogTrie, const std::vector<Sample>& samples) {
  TargetMasks masks;
  masks.trie_ = &catalogTrie;
  masks.pathBegin_.push_back(0);
  std::unordered_map<ItemId, std::uint32_t> pathOfItem;
  masks.pathOfSample_.reserve(samples.size());
  for (std::size_t s = 0; s < samples.size(); ++s) {
    if (samples[s].itemIds.empty())
      throw Error("masks: sample " + std::to_string(s) + " has no items");
    const ItemId target = samples[s].target();
    auto [it, inserted] = pathOfItem.emplace(target, 0);
    if (inserted) {
      const std::vector<TokenId>* tokens;
      try {
        tokens = &catalogTrie.targetTokens(target);
      } catch (const Error&) {
        throw Error("masks: sample " + std::to_string(s) + " (user " + samples[s].userId +
                    "): target item " + std::to_string(target) + " is not in the catalog");
      }
      TrieNodeId node = TitleTrie::kRoot;
      for (TokenId token : *tokens) {
        masks.pathNodes_.push_back(node);
        node = *catalogTrie.trie().child(node, token);  // present: the trie was built from it
      }
      it->second = static_cast<std::uint32_t>(masks.pathTokens_.size());
      masks.pathTokens_.push_back(tokens);
      masks.pathBegin_.push_back(static_cast<std::uint32_t>(masks.pathNodes_.size()));
    }
    masks.pathOfSample_.push_back(it->second);
  }
  return masks;
}

std::size_t TargetMasks::targetLength(std::size_t sample) const {
  const std::uint32_t path = pathOfSample_.at(sample);
  return pathBegin_[path + 1] - pathBegin_[path];
}

TokenId TargetMasks::targetToken(std::size_t sample, std::size_t position) const {
  return pathTokens_[pathOfSample_.at(sample)]->at(position);
}

TokenSlice TargetMasks::validTokens(std::size_t sample, std::size_t position) const {
  const std::uint32_t path = pathOfSample_.at(sample);
  if (position >= pathBegin_[path + 1] - pathBegin_[path]) {
    throw Error("masks: position " + std::to_string(position) + " is past the target of sample " +
                std::to_string(sample));
  }
  return trie_->trie().children(pathNodes_[pathBegin_[path] + position]);
}

MaskMemory TargetMasks::memory(std::size_t vocabSize) const {
  MaskMemory memory;
  memory.sparseBytes = trie_->trie().bytesUsed() + pathBegin_.capacity() * sizeof(std::uint32_t) +
                       pathNodes_.capacity() * sizeof(TrieNodeId) +
                       pathTokens_.capacity() * sizeof(void*) +
                       pathOfSample_.capacity() * sizeof(std::uint32_t);
  for (std::size_t s = 0; s < sampleCount(); ++s) memory.denseBytes += targetLength(s) * vocabSize;
  return memory;
}

}  // namespace msl
