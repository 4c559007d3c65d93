#pragma once
// Runs the reference tokenizer (Hugging Face's Rust tokenizers from Python, see
// encode_reference.py) on a batch of inputs and compares our ids and decoding with it.
#include <QString>

#include <filesystem>
#include <string>
#include <vector>

#include "tokenizer/tokenizer.h"

namespace parity {

struct Input {
  std::string text;
  bool addSpecialTokens = false;
};

struct Reference {
  std::vector<msl::TokenId> ids;
  std::string decoded;  // the reference's decode(ids)
};

// ../shared/tokenizers/<name>/tokenizer.json ("" when absent).
std::filesystem::path realTokenizer(const std::string& name);
// Why the reference cannot run ("" when it can): no environment, tokenizers not installed.
QString referenceUnavailableReason();

// Throws std::runtime_error when the reference fails.
std::vector<Reference> runReference(const std::filesystem::path& tokenizerJson,
                                    const std::vector<Input>& inputs);

struct Comparison {
  std::size_t idMismatches = 0;
  std::size_t decodeMismatches = 0;
  QString report;  // the first few mismatches: input, our ids, theirs
};

// Ids must be identical; decode(ids) must give back the input, or else what the reference's
// decode gives (where the reference itself does not round-trip).
Comparison compare(const msl::Tokenizer& tokenizer, const std::vector<Input>& inputs,
                   const std::vector<Reference>& references, std::size_t maxReported = 5);

}  // namespace parity
