#include "tokenizer/post_processor.h"

namespace msl {
namespace {

class AffixProcessor : public PostProcessor {
 public:
  AffixProcessor(std::vector<TokenId> prefix, std::vector<TokenId> suffix)
      : prefix_(std::move(prefix)), suffix_(std::move(suffix)) {}
  void process(std::vector<TokenId>& ids, bool addSpecialTokens) const override {
    if (!addSpecialTokens) return;
    ids.insert(ids.begin(), prefix_.begin(), prefix_.end());
    ids.insert(ids.end(), suffix_.begin(), suffix_.end());
  }
  std::vector<TokenId> prefix() const override { return prefix_; }
  std::vector<TokenId> suffix() const override { return suffix_; }

 private:
  std::vector<TokenId> prefix_, suffix_;
};

class NoOpProcessor : public PostProcessor {
 public:
  void process(std::vector<TokenId>&, bool) const override {}
};

class SequenceProcessor : public PostProcessor {
 public:
  explicit SequenceProcessor(std::vector<std::unique_ptr<PostProcessor>> steps)
      : steps_(std::move(steps)) {}
  void process(std::vector<TokenId>& ids, bool addSpecialTokens) const override {
    for (const auto& step : steps_) step->process(ids, addSpecialTokens);
  }
  std::vector<TokenId> prefix() const override {
    std::vector<TokenId> all;
    for (auto it = steps_.rbegin(); it != steps_.rend(); ++it) {
      const auto p = (*it)->prefix();
      all.insert(all.end(), p.begin(), p.end());
    }
    return all;
  }
  std::vector<TokenId> suffix() const override {
    std::vector<TokenId> all;
    for (const auto& step : steps_) {
      const auto s = step->suffix();
      all.insert(all.end(), s.begin(), s.end());
    }
    return all;
  }

 private:
  std::vector<std::unique_ptr<PostProcessor>> steps_;
};

std::unique_ptr<PostProcessor> makeTemplate(const JsonReader& node) {
  const JsonReader single = node["single"];
  const JsonReader specials = node["special_tokens"];
  std::vector<TokenId> prefix, suffix;
  bool seenSequence = false;
  for (std::size_t i = 0; i < single.size(); ++i) {
    const JsonReader item = single[i];
    const JsonReader special = item["SpecialToken"];
    if (!item["Sequence"].isNull()) {
      const std::string id = item["Sequence"].string("id", "A");
      if (id != "A") item.fail("a single-sequence template may only use sequence A");
      seenSequence = true;
      continue;
    }
    if (special.isNull()) item.fail("expected {\"SpecialToken\": ...} or {\"Sequence\": ...}");
    const std::string name = special["id"].string();
    const JsonReader entry = specials[name.c_str()];
    if (entry.isNull()) specials.fail("missing an entry for '" + name + "'");
    const JsonReader ids = entry["ids"];
    for (std::size_t k = 0; k < ids.size(); ++k) {
      if (!ids[k].json().is_number_integer()) ids[k].fail("expected an integer id");
      (seenSequence ? suffix : prefix).push_back(ids[k].json().get<TokenId>());
    }
  }
  if (!seenSequence) single.fail("the template has no {\"Sequence\": {\"id\": \"A\"}}");
  return std::make_unique<AffixProcessor>(std::move(prefix), std::move(suffix));
}

// BertProcessing/RobertaProcessing: "cls": [token, id], "sep": [token, id].
TokenId affixId(const JsonReader& pair) {
  if (pair.size() != 2 || !pair[1].json().is_number_integer()) pair.fail("expected [token, id]");
  return pair[1].json().get<TokenId>();
}

}  // namespace

std::unique_ptr<PostProcessor> makePostProcessor(const JsonReader& node) {
  if (node.isNull()) return nullptr;
  const std::string type = node.type(
      {"TemplateProcessing", "ByteLevel", "BertProcessing", "RobertaProcessing", "Sequence"});
  if (type == "TemplateProcessing") return makeTemplate(node);
  if (type == "ByteLevel") return std::make_unique<NoOpProcessor>();
  if (type == "BertProcessing" || type == "RobertaProcessing") {
    return std::make_unique<AffixProcessor>(std::vector<TokenId>{affixId(node["cls"])},
                                            std::vector<TokenId>{affixId(node["sep"])});
  }
  const JsonReader list = node["processors"];
  std::vector<std::unique_ptr<PostProcessor>> steps;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (auto step = makePostProcessor(list[i])) steps.push_back(std::move(step));
  }
  return std::make_unique<SequenceProcessor>(std::move(steps));
}

}  // namespace msl
