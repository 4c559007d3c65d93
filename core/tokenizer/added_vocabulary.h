#pragma once
// Added tokens (tokenizer.json "added_tokens") found in text before the model runs: leftmost,
// longest match first, honouring lstrip/rstrip/single_word like Hugging Face tokenizers.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace msl {

struct AddedToken {
  std::int32_t id = 0;
  std::string content;
  bool singleWord = false, lstrip = false, rstrip = false, normalized = false, special = false;
};

class AddedTokenMatcher {
 public:
  struct Segment {
    std::size_t start, end;
    int token;  // index into the tokens given to the constructor; -1 for plain text
  };

  // `patterns[i]` is what to look for on behalf of tokens[i] (empty: never matched).
  AddedTokenMatcher(const std::vector<AddedToken>& tokens,
                    const std::vector<std::string>& patterns);

  bool empty() const { return nodes_.size() <= 1; }
  // Splits `text` into plain and added-token segments that cover it in order.
  void split(std::string_view text, std::vector<Segment>& out) const;

 private:
  struct Node {
    std::vector<std::pair<unsigned char, std::int32_t>> children;  // sorted by byte
    int token = -1;
  };
  std::int32_t child(std::int32_t node, unsigned char byte) const;
  const std::vector<AddedToken>& tokens_;
  std::vector<Node> nodes_;
  bool firstByte_[256] = {};
};

}  // namespace msl
