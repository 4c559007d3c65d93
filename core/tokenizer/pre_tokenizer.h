#pragma once
// Pre-tokenizers (tokenizer.json "pre_tokenizer"): Split, ByteLevel, Metaspace, Digits and
// Sequence, splitting text into the pieces the model encodes one at a time.
#include <memory>
#include <string>
#include <vector>

#include "common/json_reader.h"

namespace msl {

class PreTokenizer {
 public:
  virtual ~PreTokenizer() = default;
  // Replaces every piece by its splits. `firstSection`: the pieces start the input text
  // (Metaspace's prepend_scheme "first" looks at it).
  virtual void apply(std::vector<std::string>& pieces, bool firstSection) const = 0;
  // If the last step is a ByteLevel that only maps bytes to characters, stop it from doing so
  // and return true: the model then maps raw bytes itself, which saves a string per piece.
  virtual bool deferTrailingByteMapping() { return false; }
};

std::unique_ptr<PreTokenizer> makePreTokenizer(const JsonReader& node);

}  // namespace msl
