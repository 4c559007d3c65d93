#pragma once
// Normalizers (tokenizer.json "normalizer"): NFC, NFD, Prepend, Replace, Lowercase, Strip and
// Sequence, each behaving as in Hugging Face tokenizers.
#include <memory>
#include <string>

#include "common/json_reader.h"

namespace msl {

class Normalizer {
 public:
  virtual ~Normalizer() = default;
  virtual void normalize(std::string& text) const = 0;
};

// nullptr for a JSON null; throws msl::Error naming the path for anything unsupported.
std::unique_ptr<Normalizer> makeNormalizer(const JsonReader& node);

}  // namespace msl
