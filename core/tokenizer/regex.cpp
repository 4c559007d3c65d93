#include "tokenizer/regex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "common/error.h"

namespace msl {

struct Regex::Code {
  pcre2_code* code = nullptr;
  bool jit = false;
  ~Code() { pcre2_code_free(code); }
};

namespace {

// White_Space, as HF's reference (JS \p{White_Space}, Rust char::is_whitespace) defines it.
constexpr const char* kWhiteSpaceSet =
    "\\t\\n\\x{0B}\\f\\r\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}"
    "\\x{202F}\\x{205F}\\x{3000}";

struct MatchData {
  pcre2_match_data* data = pcre2_match_data_create(1, nullptr);
  ~MatchData() { pcre2_match_data_free(data); }
};

}  // namespace

Regex::Regex(const std::string& pattern) : code_(std::make_shared<Code>()) {
  int error = 0;
  PCRE2_SIZE offset = 0;
  code_->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                              PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK, &error, &offset, nullptr);
  if (!code_->code) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(error, message, sizeof message);
    throw Error("invalid regex /" + pattern + "/ at offset " + std::to_string(offset) + ": " +
                reinterpret_cast<const char*>(message));
  }
  code_->jit = pcre2_jit_compile(code_->code, PCRE2_JIT_COMPLETE) == 0;
}

bool Regex::nextMatch(std::string_view text, std::size_t from, std::size_t& start,
                      std::size_t& end) const {
  thread_local MatchData match;
  const auto subject = reinterpret_cast<PCRE2_SPTR>(text.data());
  const int rc =
      code_->jit ? pcre2_jit_match(code_->code, subject, text.size(), from, 0, match.data, nullptr)
                 : pcre2_match(code_->code, subject, text.size(), from, PCRE2_NO_UTF_CHECK,
                               match.data, nullptr);
  if (rc == PCRE2_ERROR_NOMATCH) return false;
  if (rc < 0) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(rc, message, sizeof message);
    throw Error(std::string("regex match failed: ") + reinterpret_cast<const char*>(message));
  }
  const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(match.data);
  start = ovector[0];
  end = ovector[1];
  return true;
}

std::string Regex::escapeLiteral(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string Regex::fromOniguruma(std::string_view in) {
  std::string out;
  int classDepth = 0;
  // One entry per open group: whether ASCII case folding was active outside it.
  std::string foldStack;
  bool fold = false;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c == '\\' && i + 1 < in.size()) {
      const char next = in[i + 1];
      ++i;
      if (next == 's') {
        out +=
            classDepth > 0 ? std::string(kWhiteSpaceSet) : "[" + std::string(kWhiteSpaceSet) + "]";
      } else if (next == 'S' && classDepth == 0) {
        out += "[^" + std::string(kWhiteSpaceSet) + "]";
      } else if (next == 'd' || next == 'D') {
        out += next == 'd' ? "\\p{Nd}" : "\\P{Nd}";
      } else {
        out += c;
        out += next;
        // Copy \p{..}, \x{..} bodies verbatim so that case folding never touches them.
        if (i + 1 < in.size() && in[i + 1] == '{' && (next == 'p' || next == 'P' || next == 'x')) {
          const std::size_t close = in.find('}', i + 1);
          if (close != std::string_view::npos) {
            out.append(in.substr(i + 1, close - i));
            i = close;
          }
        }
      }
      continue;
    }
    if (classDepth > 0) {
      if (c == '[') ++classDepth;
      if (c == ']') --classDepth;
      out += c;
      continue;
    }
    switch (c) {
      case '[':
        ++classDepth;
        out += c;
        // A ']' right after '[' or '[^' is literal in Oniguruma too.
        if (i + 1 < in.size() && in[i + 1] == '^') out += in[++i];
        if (i + 1 < in.size() && in[i + 1] == ']') out += "\\]", ++i;
        break;
      case '(':
        foldStack.push_back(fold ? '1' : '0');
        if (in.substr(i, 4) == "(?i:") {
          fold = true;
          out += "(?:";
          i += 3;
        } else {
          out += c;
        }
        break;
      case ')':
        if (!foldStack.empty()) {
          fold = foldStack.back() == '1';
          foldStack.pop_back();
        }
        out += c;
        break;
      case '.':
        out += "[^\\n]";
        break;
      default:
        if (fold && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
          const char lower = static_cast<char>(c | 0x20), upper = static_cast<char>(c & ~0x20);
          out += '[';
          out += lower;
          out += upper;
          out += ']';
        } else {
          out += c;
        }
    }
  }
  return out;
}

}  // namespace msl
