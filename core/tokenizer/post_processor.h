#pragma once
// Post-processors (tokenizer.json "post_processor"): TemplateProcessing (BOS/EOS around the
// sequence), ByteLevel (nothing to do for ids), BertProcessing, RobertaProcessing, Sequence.
#include <memory>
#include <vector>

#include "common/json_reader.h"
#include "tokenizer/bpe_model.h"

namespace msl {

class PostProcessor {
 public:
  virtual ~PostProcessor() = default;
  // Applies the single-sequence template; without addSpecialTokens nothing is added.
  virtual void process(std::vector<TokenId>& ids, bool addSpecialTokens) const = 0;
  // The ids the single template puts before and after the sequence.
  virtual std::vector<TokenId> prefix() const { return {}; }
  virtual std::vector<TokenId> suffix() const { return {}; }
};

std::unique_ptr<PostProcessor> makePostProcessor(const JsonReader& node);

}  // namespace msl
