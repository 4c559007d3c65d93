#pragma once
// The MSL/BIGRec Alpaca-style prompt, one template for training and inference (MSL.md, "Task"):
//
//   Below is an instruction ... completes the request.<one space>\n
//   \n### Instruction:\n{instruction}\n
//   \n### Input:\n{history_prefix}{"title 1", "title 2"}\n \n
//   \n### Response:\n"{target}"
//
// The reference's inference script has two spaces after "request."; we use the training
// script's single space everywhere so that training and evaluation see the same text.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "data/prompt_wording.h"

namespace msl {

struct FittedPrompt {
  std::string prompt;
  std::size_t droppedHistoryItems = 0;  // oldest items left out to fit the budget
  std::size_t promptTokens = 0;
  // False when even the empty-history prompt plus the target exceeds the cutoff; `prompt` is
  // then the empty-history prompt (the target is never truncated).
  bool fits = true;
};

class PromptBuilder {
 public:
  explicit PromptBuilder(PromptWording wording);

  // The text up to and including "### Response:\n".
  std::string prompt(const std::vector<std::string>& historyTitles) const;
  // "\"title\"": how a title appears in the history and as the target.
  static std::string quotedTitle(std::string_view title);
  // prompt + quotedTitle(target); EOS is the tokenizer's business.
  std::string fullText(const std::vector<std::string>& historyTitles,
                       std::string_view targetTitle) const;

  // Drops the oldest history titles until countTokens(prompt) + targetTokens <= cutoffTokens.
  FittedPrompt fitToBudget(const std::vector<std::string>& historyTitles, std::size_t targetTokens,
                           std::size_t cutoffTokens,
                           const std::function<std::size_t(std::string_view)>& countTokens) const;

  const PromptWording& wording() const { return wording_; }

 private:
  PromptWording wording_;
};

}  // namespace msl
