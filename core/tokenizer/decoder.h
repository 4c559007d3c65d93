#pragma once
// Decoders (tokenizer.json "decoder"): ByteLevel, Replace, ByteFallback, Fuse, Strip, Metaspace
// and Sequence, turning token strings back into text as Hugging Face tokenizers does.
#include <memory>
#include <string>
#include <vector>

#include "common/json_reader.h"

namespace msl {

class Decoder {
 public:
  virtual ~Decoder() = default;
  virtual void decodeChain(std::vector<std::string>& tokens) const = 0;
};

std::unique_ptr<Decoder> makeDecoder(const JsonReader& node);

}  // namespace msl
