#include "bpe_training/llama3_pre_tokenizer.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <string>

#include "common/error.h"
#include "common/utf8.h"

namespace msl {

struct Llama3PreTokenizer::CompiledPattern {
  pcre2_code* code = nullptr;
  ~CompiledPattern() { pcre2_code_free(code); }
};

namespace {

std::string pcre2Message(int errorCode) {
  PCRE2_UCHAR buffer[256];
  pcre2_get_error_message(errorCode, buffer, sizeof buffer);
  return reinterpret_cast<const char*>(buffer);
}

}  // namespace

Llama3PreTokenizer::Llama3PreTokenizer() {
  auto compiled = std::make_shared<CompiledPattern>();
  int errorCode = 0;
  PCRE2_SIZE errorOffset = 0;
  // UCP makes \s, \p{L} and (?i) Unicode-aware, as in the Rust regex engines HF uses.
  compiled->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(kLlama3SplitPattern.data()),
                                 kLlama3SplitPattern.size(), PCRE2_UTF | PCRE2_UCP, &errorCode,
                                 &errorOffset, nullptr);
  if (!compiled->code) {
    throw Error("compiling the Llama-3 split regex at offset " + std::to_string(errorOffset) +
                ": " + pcre2Message(errorCode));
  }
  // JIT is an optimisation only; pcre2_match falls back to the interpreter without it.
  pcre2_jit_compile(compiled->code, PCRE2_JIT_COMPLETE);
  pattern_ = std::move(compiled);
}

std::vector<std::string_view> Llama3PreTokenizer::split(std::string_view text) const {
  std::size_t badOffset = 0;
  if (!utf8::isValid(text, &badOffset)) {
    throw Error("pre-tokenizing: text is not valid UTF-8 at byte " + std::to_string(badOffset));
  }
  std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> match(
      pcre2_match_data_create_from_pattern(pattern_->code, nullptr), &pcre2_match_data_free);
  std::vector<std::string_view> pieces;
  const auto subject = reinterpret_cast<PCRE2_SPTR>(text.data());
  std::size_t position = 0;
  while (position < text.size()) {
    const int result = pcre2_match(pattern_->code, subject, text.size(), position,
                                   PCRE2_NO_UTF_CHECK, match.get(), nullptr);
    if (result == PCRE2_ERROR_NOMATCH) break;
    if (result < 0) throw Error("pre-tokenizing: PCRE2 match failed: " + pcre2Message(result));
    const PCRE2_SIZE* bounds = pcre2_get_ovector_pointer(match.get());
    const std::size_t start = bounds[0];
    std::size_t end = bounds[1];
    if (start > position) pieces.push_back(text.substr(position, start - position));
    // The pattern cannot match empty text; stepping one character keeps the loop safe anyway.
    if (end == start) end = start + utf8::sequenceLength(static_cast<unsigned char>(text[start]));
    pieces.push_back(text.substr(start, end - start));
    position = end;
  }
  if (position < text.size()) pieces.push_back(text.substr(position));
  return pieces;
}

}  // namespace msl
