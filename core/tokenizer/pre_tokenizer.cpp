#include "tokenizer/pre_tokenizer.h"

#include <algorithm>
#include <utility>

#include "tokenizer/byte_level.h"
#include "tokenizer/pattern.h"
#include "tokenizer/regex.h"
#include "tokenizer/unicode.h"

namespace msl {
namespace {

enum class Behavior { Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous };

struct Span {
  std::size_t start, end;
  bool flag;  // is a match (input) / is to be removed (output)
};

// Hugging Face's NormalizedString::split: `spans` cover the text, flag = is a match.
void splitSpans(const std::string& text, std::vector<Span> spans, Behavior behavior,
                std::vector<std::string>& out) {
  std::vector<Span> result;
  bool previousMatch = false;
  switch (behavior) {
    case Behavior::Isolated:
      for (auto& s : spans) result.push_back({s.start, s.end, false});
      break;
    case Behavior::Removed:
      result = std::move(spans);
      break;
    case Behavior::Contiguous:
      for (const auto& s : spans) {
        if (s.flag == previousMatch && !result.empty()) {
          result.back().end = s.end;
        } else {
          result.push_back({s.start, s.end, false});
        }
        previousMatch = s.flag;
      }
      break;
    case Behavior::MergedWithPrevious:
      for (const auto& s : spans) {
        if (s.flag && !previousMatch && !result.empty()) {
          result.back().end = s.end;
        } else {
          result.push_back({s.start, s.end, false});
        }
        previousMatch = s.flag;
      }
      break;
    case Behavior::MergedWithNext:
      for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
        if (it->flag && !previousMatch && !result.empty()) {
          result.back().start = it->start;
        } else {
          result.push_back({it->start, it->end, false});
        }
        previousMatch = it->flag;
      }
      std::reverse(result.begin(), result.end());
      break;
  }
  for (const auto& s : result) {
    if (!s.flag && s.start != s.end) out.emplace_back(text, s.start, s.end - s.start);
  }
}

template <class ForEachMatch>
std::vector<Span> spansOf(const std::string& text, bool invert, ForEachMatch&& forEachMatch) {
  std::vector<Span> spans;
  std::size_t previous = 0;
  forEachMatch(text, [&](std::size_t start, std::size_t end) {
    if (previous != start) spans.push_back({previous, start, invert});
    spans.push_back({start, end, !invert});
    previous = end;
  });
  if (previous != text.size()) spans.push_back({previous, text.size(), invert});
  return spans;
}

Behavior parseBehavior(const JsonReader& node) {
  const std::string name = node.string();
  if (name == "Removed") return Behavior::Removed;
  if (name == "Isolated") return Behavior::Isolated;
  if (name == "MergedWithPrevious") return Behavior::MergedWithPrevious;
  if (name == "MergedWithNext") return Behavior::MergedWithNext;
  if (name == "Contiguous") return Behavior::Contiguous;
  node.fail("unsupported behavior '" + name +
            "' (supported: Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous)");
}

class SplitPreTokenizer : public PreTokenizer {
 public:
  SplitPreTokenizer(Pattern pattern, Behavior behavior, bool invert)
      : pattern_(std::move(pattern)), behavior_(behavior), invert_(invert) {}
  void apply(std::vector<std::string>& pieces, bool) const override {
    std::vector<std::string> out;
    out.reserve(pieces.size() * 4);
    for (const auto& piece : pieces) {
      auto spans = spansOf(piece, invert_, [&](const std::string& t, auto&& visit) {
        pattern_.forEachMatch(t, visit);
      });
      splitSpans(piece, std::move(spans), behavior_, out);
    }
    pieces = std::move(out);
  }

 private:
  Pattern pattern_;
  Behavior behavior_;
  bool invert_;
};

class ByteLevelPreTokenizer : public PreTokenizer {
 public:
  ByteLevelPreTokenizer(bool addPrefixSpace, bool useRegex)
      : addPrefixSpace_(addPrefixSpace), useRegex_(useRegex) {}
  void apply(std::vector<std::string>& pieces, bool) const override {
    std::vector<std::string> out;
    for (auto& piece : pieces) {
      if (addPrefixSpace_ && (piece.empty() || piece[0] != ' ')) piece.insert(0, " ");
      if (useRegex_) {
        auto spans = spansOf(piece, false, [&](const std::string& t, auto&& visit) {
          gpt2Regex().forEachMatch(t, visit);
        });
        splitSpans(piece, std::move(spans), Behavior::Isolated, out);
      } else if (!piece.empty()) {
        out.push_back(std::move(piece));
      }
    }
    if (mapBytes_) {
      for (auto& piece : out) {
        std::string mapped;
        byte_level::encode(piece, mapped);
        piece = std::move(mapped);
      }
    }
    pieces = std::move(out);
  }
  bool deferTrailingByteMapping() override {
    mapBytes_ = false;
    return true;
  }

 private:
  static const Regex& gpt2Regex() {
    static const Regex regex(Regex::fromOniguruma(
        R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)"));
    return regex;
  }
  bool addPrefixSpace_, useRegex_;
  bool mapBytes_ = true;
};

enum class PrependScheme { Always, First, Never };

class MetaspacePreTokenizer : public PreTokenizer {
 public:
  MetaspacePreTokenizer(std::string replacement, PrependScheme scheme, bool split)
      : replacement_(std::move(replacement)), scheme_(scheme), split_(split) {}
  void apply(std::vector<std::string>& pieces, bool firstSection) const override {
    std::vector<std::string> out;
    const Pattern space = Pattern::literal(" ");
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      std::string text = space.replaceAll(pieces[i], replacement_);
      const bool startsWithReplacement = text.compare(0, replacement_.size(), replacement_) == 0;
      if (!startsWithReplacement && (scheme_ == PrependScheme::Always ||
                                     (scheme_ == PrependScheme::First && firstSection && i == 0))) {
        text.insert(0, replacement_);
      }
      if (split_) {
        const Pattern marker = Pattern::literal(replacement_);
        auto spans = spansOf(text, false, [&](const std::string& t, auto&& visit) {
          marker.forEachMatch(t, visit);
        });
        splitSpans(text, std::move(spans), Behavior::MergedWithNext, out);
      } else if (!text.empty()) {
        out.push_back(std::move(text));
      }
    }
    pieces = std::move(out);
  }

 private:
  std::string replacement_;
  PrependScheme scheme_;
  bool split_;
};

class DigitsPreTokenizer : public PreTokenizer {
 public:
  explicit DigitsPreTokenizer(bool individual) : regex_(individual ? "\\p{N}" : "\\p{N}+") {}
  void apply(std::vector<std::string>& pieces, bool) const override {
    std::vector<std::string> out;
    for (const auto& piece : pieces) {
      auto spans = spansOf(
          piece, false, [&](const std::string& t, auto&& visit) { regex_.forEachMatch(t, visit); });
      splitSpans(piece, std::move(spans), Behavior::Isolated, out);
    }
    pieces = std::move(out);
  }

 private:
  Regex regex_;
};

class SequencePreTokenizer : public PreTokenizer {
 public:
  explicit SequencePreTokenizer(std::vector<std::unique_ptr<PreTokenizer>> steps)
      : steps_(std::move(steps)) {}
  void apply(std::vector<std::string>& pieces, bool firstSection) const override {
    for (const auto& step : steps_) step->apply(pieces, firstSection);
  }
  bool deferTrailingByteMapping() override {
    return !steps_.empty() && steps_.back()->deferTrailingByteMapping();
  }

 private:
  std::vector<std::unique_ptr<PreTokenizer>> steps_;
};

}  // namespace

std::unique_ptr<PreTokenizer> makePreTokenizer(const JsonReader& node) {
  if (node.isNull()) return nullptr;
  const std::string type = node.type({"Sequence", "Split", "ByteLevel", "Metaspace", "Digits"});
  if (type == "Split") {
    return std::make_unique<SplitPreTokenizer>(
        Pattern(node["pattern"]), parseBehavior(node["behavior"]), node.boolean("invert", false));
  }
  if (type == "ByteLevel") {
    return std::make_unique<ByteLevelPreTokenizer>(node.boolean("add_prefix_space", true),
                                                   node.boolean("use_regex", true));
  }
  if (type == "Metaspace") {
    PrependScheme scheme =
        node.boolean("add_prefix_space", true) ? PrependScheme::Always : PrependScheme::Never;
    const JsonReader schemeNode = node["prepend_scheme"];
    if (!schemeNode.isNull()) {
      const std::string name = schemeNode.string();
      if (name == "always") {
        scheme = PrependScheme::Always;
      } else if (name == "first") {
        scheme = PrependScheme::First;
      } else if (name == "never") {
        scheme = PrependScheme::Never;
      } else {
        schemeNode.fail("unsupported prepend_scheme '" + name +
                        "' (supported: always, first, never)");
      }
    }
    return std::make_unique<MetaspacePreTokenizer>(node.string("replacement", "\xE2\x96\x81"),
                                                   scheme, node.boolean("split", true));
  }
  if (type == "Digits") {
    return std::make_unique<DigitsPreTokenizer>(node.boolean("individual_digits", false));
  }
  const JsonReader list = node["pretokenizers"];
  std::vector<std::unique_ptr<PreTokenizer>> steps;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (auto step = makePreTokenizer(list[i])) steps.push_back(std::move(step));
  }
  return std::make_unique<SequencePreTokenizer>(std::move(steps));
}

}  // namespace msl
