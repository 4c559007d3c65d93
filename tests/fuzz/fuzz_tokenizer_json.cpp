// Loading a tokenizer.json, then encoding and decoding with whatever loaded.
#include <string>
#include <vector>

#include "fuzz_input.h"
#include "tokenizer/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  msl::fuzz::parsedOrClearError("tokenizer.json", [&] {
    const auto tokenizer =
        msl::Tokenizer::fromJsonText(msl::fuzz::asText(data, size), "tokenizer.json");
    for (const std::string text : {"Harry Potter and the Goblet of Fire", " 12 345 café 東京 ",
                                   "<|begin_of_text|><s>\n\t  x", "\xff\xfe broken"}) {
      const auto ids = tokenizer.encode(text, true);
      (void)tokenizer.decode(ids);
      (void)tokenizer.decode(ids, true);
    }
    std::vector<msl::TokenId> everyId;
    for (std::size_t id = 0; id < std::min<std::size_t>(tokenizer.vocabSize() + 2, 512); ++id)
      everyId.push_back(static_cast<msl::TokenId>(id));
    everyId.push_back(-1);
    (void)tokenizer.decode(everyId);
  });
  return 0;
}
