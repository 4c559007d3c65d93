#pragma once
// A Hugging Face tokenizer.json, loaded and applied exactly as the Hugging Face tokenizers
// library does (normalizer -> added tokens -> pre-tokenizer -> BPE model -> post-processor;
// decoder on the way back). Supports what Llama-2, Llama-3 and Qwen2.5/3 files use.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace msl {

using TokenId = std::int32_t;

class Tokenizer {
 public:
  // Throws msl::Error naming the file and the JSON path of anything unsupported or malformed.
  static Tokenizer fromFile(const std::filesystem::path& tokenizerJson);
  static Tokenizer fromJsonText(std::string_view json, const std::string& sourceName = "<memory>");

  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;
  ~Tokenizer();

  // addSpecialTokens applies the post-processor (e.g. BOS) like HF's add_special_tokens=true.
  // Thread-safe (the per-piece cache is shared under a mutex). Ill-formed UTF-8 is first
  // repaired the way TextDecoder does (U+FFFD per maximal bad subsequence).
  std::vector<TokenId> encode(std::string_view text, bool addSpecialTokens = false) const;
  // As the Rust library decodes (no clean_up_tokenization_spaces); unknown ids are dropped.
  std::string decode(const std::vector<TokenId>& ids, bool skipSpecialTokens = false) const;

  // Vocabulary size including added tokens (max id + 1): the LM head's row count.
  std::size_t vocabSize() const;
  std::optional<TokenId> tokenToId(std::string_view token) const;
  std::string idToToken(TokenId id) const;  // the raw vocabulary string ("" when unknown)
  bool isSpecial(TokenId id) const;

  // BOS/EOS as the model family defines them; found via the post-processor and well-known
  // names (<s>, </s>, <|begin_of_text|>, <|end_of_text|>, <|endoftext|>, <|im_end|>).
  std::optional<TokenId> bosId() const;
  std::optional<TokenId> eosId() const;
  void setEosId(TokenId id);  // config.json / generation_config may override

 private:
  struct Impl;
  explicit Tokenizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace msl
