#include "data/prompt_builder.h"

namespace msl {

PromptBuilder::PromptBuilder(PromptWording wording) : wording_(std::move(wording)) {}

std::string PromptBuilder::quotedTitle(std::string_view title) {
  std::string quoted;
  quoted.reserve(title.size() + 2);
  quoted += '"';
  quoted += title;
  quoted += '"';
  return quoted;
}

std::string PromptBuilder::prompt(const std::vector<std::string>& historyTitles) const {
  std::string history;
  for (std::size_t i = 0; i < historyTitles.size(); ++i) {
    if (i) history += ", ";
    history += quotedTitle(historyTitles[i]);
  }
  return "Below is an instruction that describes a task, paired with an input that provides "
         "further context. Write a response that appropriately completes the request. \n"
         "\n"
         "### Instruction:\n" +
         wording_.instruction +
         "\n"
         "\n"
         "### Input:\n" +
         wording_.historyPrefix + history +
         "\n"
         " \n"
         "\n"
         "### Response:\n";
}

std::string PromptBuilder::fullText(const std::vector<std::string>& historyTitles,
                                    std::string_view targetTitle) const {
  return prompt(historyTitles) + quotedTitle(targetTitle);
}

FittedPrompt PromptBuilder::fitToBudget(
    const std::vector<std::string>& historyTitles, std::size_t targetTokens,
    std::size_t cutoffTokens,
    const std::function<std::size_t(std::string_view)>& countTokens) const {
  FittedPrompt fitted;
  for (std::size_t dropped = 0; dropped <= historyTitles.size(); ++dropped) {
    const std::vector<std::string> kept(
        historyTitles.begin() + static_cast<std::ptrdiff_t>(dropped), historyTitles.end());
    fitted.prompt = prompt(kept);
    fitted.promptTokens = countTokens(fitted.prompt);
    fitted.droppedHistoryItems = dropped;
    if (fitted.promptTokens + targetTokens <= cutoffTokens) return fitted;
  }
  fitted.fits = false;
  return fitted;
}

}  // namespace msl
