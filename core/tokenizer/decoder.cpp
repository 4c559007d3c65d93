#include "tokenizer/decoder.h"

#include "tokenizer/byte_level.h"
#include "tokenizer/pattern.h"
#include "tokenizer/unicode.h"

namespace msl {
namespace {

class ByteLevelDecoder : public Decoder {
 public:
  // Every token's characters back to bytes (a token with a character outside the alphabet
  // keeps its own UTF-8), then one lossy UTF-8 decode of everything.
  void decodeChain(std::vector<std::string>& tokens) const override {
    std::string bytes;
    for (const auto& token : tokens) {
      const std::size_t mark = bytes.size();
      bool mapped = true;
      for (std::size_t i = 0; i < token.size();) {
        const int b = byte_level::codePointToByte(unicode::nextCodePoint(token, i));
        if (b < 0) {
          mapped = false;
          break;
        }
        bytes += static_cast<char>(b);
      }
      if (!mapped) {
        bytes.resize(mark);
        bytes += token;
      }
    }
    std::string text;
    unicode::repairUtf8(bytes, text);
    tokens.assign(1, std::move(text));
  }
};

class ReplaceDecoder : public Decoder {
 public:
  ReplaceDecoder(Pattern pattern, std::string content)
      : pattern_(std::move(pattern)), content_(std::move(content)) {}
  void decodeChain(std::vector<std::string>& tokens) const override {
    for (auto& token : tokens) token = pattern_.replaceAll(token, content_);
  }

 private:
  Pattern pattern_;
  std::string content_;
};

class ByteFallbackDecoder : public Decoder {
 public:
  void decodeChain(std::vector<std::string>& tokens) const override {
    std::vector<std::string> out;
    std::string pending;
    const auto flush = [&] {
      if (pending.empty()) return;
      std::string repaired;
      if (unicode::repairUtf8(pending, repaired)) {
        // Rust's from_utf8 fails as a whole: one U+FFFD per byte.
        for (std::size_t i = 0; i < pending.size(); ++i) out.emplace_back("\xEF\xBF\xBD");
      } else {
        out.push_back(std::move(repaired));
      }
      pending.clear();
    };
    for (auto& token : tokens) {
      int byte = -1;
      if (token.size() == 6 && token.compare(0, 3, "<0x") == 0 && token[5] == '>') {
        byte = hexByte(token[3], token[4]);
      }
      if (byte >= 0) {
        pending += static_cast<char>(byte);
      } else {
        flush();
        out.push_back(std::move(token));
      }
    }
    flush();
    tokens = std::move(out);
  }

 private:
  static int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  static int hexByte(char high, char low) {
    const int h = hexDigit(high), l = hexDigit(low);
    return h < 0 || l < 0 ? -1 : h * 16 + l;
  }
};

class FuseDecoder : public Decoder {
 public:
  void decodeChain(std::vector<std::string>& tokens) const override {
    std::string all;
    for (const auto& token : tokens) all += token;
    tokens.assign(1, std::move(all));
  }
};

class StripDecoder : public Decoder {
 public:
  StripDecoder(std::string content, std::size_t start, std::size_t stop)
      : content_(std::move(content)), start_(start), stop_(stop) {}
  // Removes up to `start` leading and `stop` trailing occurrences of the content character.
  void decodeChain(std::vector<std::string>& tokens) const override {
    if (content_.empty()) return;
    for (auto& token : tokens) {
      std::size_t begin = 0, end = token.size();
      for (std::size_t k = 0; k < start_ && token.compare(begin, content_.size(), content_) == 0 &&
                              begin + content_.size() <= end;
           ++k) {
        begin += content_.size();
      }
      for (std::size_t k = 0; k < stop_ && end >= begin + content_.size() &&
                              token.compare(end - content_.size(), content_.size(), content_) == 0;
           ++k) {
        end -= content_.size();
      }
      token = token.substr(begin, end - begin);
    }
  }

 private:
  std::string content_;
  std::size_t start_, stop_;
};

class MetaspaceDecoder : public Decoder {
 public:
  MetaspaceDecoder(std::string replacement, bool stripFirstSpace)
      : replacement_(std::move(replacement)), stripFirstSpace_(stripFirstSpace) {}
  void decodeChain(std::vector<std::string>& tokens) const override {
    const Pattern marker = Pattern::literal(replacement_);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      tokens[i] = marker.replaceAll(tokens[i], " ");
      if (i == 0 && stripFirstSpace_ && !tokens[i].empty() && tokens[i][0] == ' ') {
        tokens[i].erase(0, 1);
      }
    }
  }

 private:
  std::string replacement_;
  bool stripFirstSpace_;
};

class SequenceDecoder : public Decoder {
 public:
  explicit SequenceDecoder(std::vector<std::unique_ptr<Decoder>> steps)
      : steps_(std::move(steps)) {}
  void decodeChain(std::vector<std::string>& tokens) const override {
    for (const auto& step : steps_) step->decodeChain(tokens);
  }

 private:
  std::vector<std::unique_ptr<Decoder>> steps_;
};

}  // namespace

std::unique_ptr<Decoder> makeDecoder(const JsonReader& node) {
  if (node.isNull()) return nullptr;
  const std::string type =
      node.type({"Sequence", "ByteLevel", "Replace", "ByteFallback", "Fuse", "Strip", "Metaspace"});
  if (type == "ByteLevel") return std::make_unique<ByteLevelDecoder>();
  if (type == "Replace") {
    return std::make_unique<ReplaceDecoder>(Pattern(node["pattern"]), node.string("content", ""));
  }
  if (type == "ByteFallback") return std::make_unique<ByteFallbackDecoder>();
  if (type == "Fuse") return std::make_unique<FuseDecoder>();
  if (type == "Strip") {
    return std::make_unique<StripDecoder>(node.string("content", " "),
                                          static_cast<std::size_t>(node.integer("start", 0)),
                                          static_cast<std::size_t>(node.integer("stop", 0)));
  }
  if (type == "Metaspace") {
    bool strip = node.boolean("add_prefix_space", true);
    const JsonReader scheme = node["prepend_scheme"];
    if (!scheme.isNull()) strip = scheme.string() != "never";
    return std::make_unique<MetaspaceDecoder>(node.string("replacement", "\xE2\x96\x81"), strip);
  }
  const JsonReader list = node["decoders"];
  std::vector<std::unique_ptr<Decoder>> steps;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (auto step = makeDecoder(list[i])) steps.push_back(std::move(step));
  }
  return std::make_unique<SequenceDecoder>(std::move(steps));
}

}  // namespace msl
