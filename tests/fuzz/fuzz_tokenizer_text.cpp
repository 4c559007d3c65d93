// Encoding and decoding fuzzed text and ids with a real tokenizer: the repository's byte-level
// BPE fixture, or the tokenizer.json named by $MSLW_FUZZ_TOKENIZER (the shared Llama-3, Qwen3
// and Llama-2 files in the dedicated runs).
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "fuzz_input.h"
#include "tokenizer/tokenizer.h"

namespace {

const msl::Tokenizer& tokenizer() {
  static const std::unique_ptr<msl::Tokenizer> loaded = [] {
    const char* chosen = std::getenv("MSLW_FUZZ_TOKENIZER");
    return std::make_unique<msl::Tokenizer>(msl::Tokenizer::fromFile(
        chosen ? chosen : MSLW_SOURCE_DIR "/tests/tokenizer/fixtures/byte_level_bpe.json"));
  }();
  return *loaded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const msl::Tokenizer& loaded = tokenizer();
  const std::string text = msl::fuzz::asText(data, size);
  msl::fuzz::parsedOrClearError("", [&] {
    for (bool special : {false, true}) {
      const auto ids = loaded.encode(text, special);
      for (msl::TokenId id : ids)
        msl::fuzz::require(id >= 0 && static_cast<std::size_t>(id) < loaded.vocabSize(),
                           "encoded ids lie in the vocabulary");
      (void)loaded.decode(ids, special);
    }
    // The same bytes as ids, in range or not: unknown ids are dropped, never read past.
    std::vector<msl::TokenId> ids(size / sizeof(msl::TokenId));
    if (!ids.empty()) std::memcpy(ids.data(), data, ids.size() * sizeof(msl::TokenId));
    (void)loaded.decode(ids);
    (void)loaded.decode(ids, true);
  });
  return 0;
}
