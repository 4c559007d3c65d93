#include "data/prompt_wording.h"

#include "common/error.h"

namespace msl {
namespace {

struct DomainWording {
  const char* domain;
  const char* instruction;
  const char* historyPrefix;
};

// books and toys are the reference implementation's wording. clothing and office are our own,
// written by analogy: the reference's exact sentences for those two domains are not stated.
const DomainWording kWordings[] = {
    {"books",
     "Given a list of books the user has read before, please recommend a new book that the user "
     "likes to the user.",
     "The user has read the following books before: "},
    {"toys",
     "Given a list of toys the user has played before, please recommend a new toy that the user "
     "likes to the user.",
     "The user has played the following toys before: "},
    {"clothing",
     "Given a list of clothing items the user has bought before, please recommend a new clothing "
     "item that the user likes to the user.",
     "The user has bought the following clothing items before: "},
    {"office",
     "Given a list of office products the user has bought before, please recommend a new office "
     "product that the user likes to the user.",
     "The user has bought the following office products before: "},
};

}  // namespace

PromptWording PromptWording::forDomain(std::string_view domain) {
  for (const auto& wording : kWordings)
    if (domain == wording.domain) return {wording.instruction, wording.historyPrefix};
  std::string known;
  for (const auto& name : knownDomains()) known += (known.empty() ? "" : ", ") + name;
  throw Error("unknown domain \"" + std::string(domain) + "\" (known domains: " + known +
              "; or give a custom wording)");
}

std::vector<std::string> PromptWording::knownDomains() {
  std::vector<std::string> names;
  for (const auto& wording : kWordings) names.emplace_back(wording.domain);
  return names;
}

}  // namespace msl
