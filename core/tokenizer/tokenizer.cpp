#include "tokenizer/tokenizer.h"

#include <fstream>
#include <sstream>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/json_reader.h"
#include "common/utf8.h"
#include "tokenizer/added_vocabulary.h"
#include "tokenizer/bpe_model.h"
#include "tokenizer/decoder.h"
#include "tokenizer/normalizer.h"
#include "tokenizer/post_processor.h"
#include "tokenizer/pre_tokenizer.h"
#include "tokenizer/unicode.h"

namespace msl {

struct Tokenizer::Impl {
  std::unique_ptr<Normalizer> normalizer;
  std::unique_ptr<PreTokenizer> preTokenizer;
  std::unique_ptr<BpeModel> model;
  std::unique_ptr<PostProcessor> postProcessor;
  std::unique_ptr<Decoder> decoder;

  std::vector<AddedToken> added;
  std::unordered_map<TokenId, std::size_t> addedById;
  std::unordered_map<std::string, TokenId> addedByContent;
  std::unique_ptr<AddedTokenMatcher> rawMatcher;         // tokens with normalized = false
  std::unique_ptr<AddedTokenMatcher> normalizedMatcher;  // tokens with normalized = true
  std::optional<TokenId> eosOverride;

  void load(const nlohmann::json& root, const std::string& source);
  void encodeSection(std::string_view text, bool startsInput, std::vector<TokenId>& ids) const;
  // The first of `names` that is an added token (a plain vocabulary entry such as Qwen's
  // byte-level "<s>" is ordinary text, not a marker).
  std::optional<TokenId> idOfAny(std::initializer_list<const char*> names) const;
};

void Tokenizer::Impl::load(const nlohmann::json& json, const std::string& source) {
  const JsonReader root(json, source);
  if (!json.is_object()) root.fail("expected a JSON object");
  const JsonReader modelNode = root["model"];
  if (modelNode.isNull()) root.fail("missing \"model\"");
  // Files written by older versions leave out the model's "type"; BPE is the only one with merges.
  if (!modelNode["type"].isNull())
    modelNode.type({"BPE"});
  else if (modelNode["merges"].isNull())
    modelNode.fail("missing \"type\" (supported: BPE)");
  model = std::make_unique<BpeModel>(modelNode);
  normalizer = makeNormalizer(root["normalizer"]);
  preTokenizer = makePreTokenizer(root["pre_tokenizer"]);
  postProcessor = makePostProcessor(root["post_processor"]);
  decoder = makeDecoder(root["decoder"]);
  if (preTokenizer && preTokenizer->deferTrailingByteMapping()) model->acceptRawBytes();

  const JsonReader list = root["added_tokens"];
  const std::size_t count = list.isNull() ? 0 : list.size();
  for (std::size_t i = 0; i < count; ++i) {
    const JsonReader node = list[i];
    AddedToken token;
    token.id = static_cast<TokenId>(node.integer("id", -1));
    if (token.id < 0) node["id"].fail("expected a non-negative integer id");
    token.content = node["content"].string();
    if (token.content.empty()) node["content"].fail("an added token cannot be empty");
    token.special = node.boolean("special", false);
    token.singleWord = node.boolean("single_word", false);
    token.lstrip = node.boolean("lstrip", false);
    token.rstrip = node.boolean("rstrip", false);
    token.normalized = node.boolean("normalized", !token.special);
    addedById[token.id] = added.size();
    addedByContent.emplace(token.content, token.id);
    added.push_back(std::move(token));
  }
  std::vector<std::string> rawPatterns(added.size()), normalizedPatterns(added.size());
  for (std::size_t i = 0; i < added.size(); ++i) {
    if (added[i].normalized && normalizer) {
      std::string content = added[i].content;
      normalizer->normalize(content);
      normalizedPatterns[i] = content;
    } else {
      rawPatterns[i] = added[i].content;
    }
  }
  rawMatcher = std::make_unique<AddedTokenMatcher>(added, rawPatterns);
  normalizedMatcher = std::make_unique<AddedTokenMatcher>(added, normalizedPatterns);
}

void Tokenizer::Impl::encodeSection(std::string_view text, bool startsInput,
                                    std::vector<TokenId>& ids) const {
  std::string normalized(text);
  if (normalizer) normalizer->normalize(normalized);
  if (normalized.empty()) return;
  std::vector<AddedTokenMatcher::Segment> local;
  normalizedMatcher->split(normalized, local);
  std::vector<std::string> pieces;
  for (const auto& segment : local) {
    if (segment.token >= 0) {
      ids.push_back(added[segment.token].id);
      continue;
    }
    pieces.assign(1, normalized.substr(segment.start, segment.end - segment.start));
    if (preTokenizer) preTokenizer->apply(pieces, startsInput && segment.start == 0);
    for (const auto& piece : pieces) model->encode(piece, ids);
  }
}

std::optional<TokenId> Tokenizer::Impl::idOfAny(std::initializer_list<const char*> names) const {
  for (const char* name : names) {
    const auto it = addedByContent.find(name);
    if (it != addedByContent.end()) return it->second;
  }
  return std::nullopt;
}

namespace {

// eos_token of a tokenizer_config.json: a string or an AddedToken object {"content": ...}.
std::optional<std::string> eosTokenFromConfig(const std::filesystem::path& configPath) {
  const nlohmann::json config = readJsonFile(configPath);
  if (!config.is_object() || !config.contains("eos_token")) return std::nullopt;
  const nlohmann::json& eos = config["eos_token"];
  if (eos.is_string()) return eos.get<std::string>();
  if (eos.is_object() && eos.contains("content") && eos["content"].is_string()) {
    return eos["content"].get<std::string>();
  }
  return std::nullopt;
}

}  // namespace

Tokenizer::Tokenizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;
Tokenizer::~Tokenizer() = default;

Tokenizer Tokenizer::fromFile(const std::filesystem::path& tokenizerJson) {
  std::ifstream in(tokenizerJson, std::ios::binary);
  if (!in) throw Error(tokenizerJson.string() + ": cannot open the tokenizer file");
  std::ostringstream text;
  text << in.rdbuf();
  Tokenizer tokenizer = fromJsonText(text.str(), tokenizerJson.string());
  // Hugging Face's tokenizer.eos_token_id (what the reference trains with) comes from
  // tokenizer_config.json when the folder has one: Qwen3 names <|im_end|> there, for example.
  const auto configPath = tokenizerJson.parent_path() / "tokenizer_config.json";
  if (std::filesystem::exists(configPath)) {
    if (const auto eos = eosTokenFromConfig(configPath)) {
      const auto id = tokenizer.tokenToId(*eos);
      if (!id) {
        throw Error(configPath.string() + ": eos_token '" + *eos + "' is not in " +
                    tokenizerJson.string());
      }
      tokenizer.setEosId(*id);
    }
  }
  return tokenizer;
}

Tokenizer Tokenizer::fromJsonText(std::string_view text, const std::string& sourceName) {
  const nlohmann::json json = parseJson(text, sourceName);
  auto impl = std::make_unique<Impl>();
  impl->load(json, sourceName);
  return Tokenizer(std::move(impl));
}

std::vector<TokenId> Tokenizer::encode(std::string_view input, bool addSpecialTokens) const {
  std::string repaired;
  std::string_view text = input;
  if (!utf8::isValid(input)) {
    unicode::repairUtf8(input, repaired);
    text = repaired;
  }
  std::vector<TokenId> ids;
  ids.reserve(text.size() / 3 + 4);
  std::vector<AddedTokenMatcher::Segment> segments;
  impl_->rawMatcher->split(text, segments);
  for (const auto& segment : segments) {
    if (segment.token >= 0) {
      ids.push_back(impl_->added[segment.token].id);
    } else {
      impl_->encodeSection(text.substr(segment.start, segment.end - segment.start),
                           segment.start == 0, ids);
    }
  }
  if (impl_->postProcessor) impl_->postProcessor->process(ids, addSpecialTokens);
  return ids;
}

std::string Tokenizer::decode(const std::vector<TokenId>& ids, bool skipSpecialTokens) const {
  std::vector<std::string> tokens;
  tokens.reserve(ids.size());
  for (TokenId id : ids) {
    const auto it = impl_->addedById.find(id);
    if (it != impl_->addedById.end()) {
      if (!(skipSpecialTokens && impl_->added[it->second].special)) {
        tokens.push_back(impl_->added[it->second].content);
      }
    } else if (const std::string* token = impl_->model->idToToken(id)) {
      tokens.push_back(*token);
    }
  }
  if (!impl_->decoder) {
    std::string joined;
    for (std::size_t i = 0; i < tokens.size(); ++i) joined += (i ? " " : "") + tokens[i];
    return joined;
  }
  impl_->decoder->decodeChain(tokens);
  std::string text;
  for (const auto& t : tokens) text += t;
  return text;
}

std::size_t Tokenizer::vocabSize() const {
  TokenId maxId = impl_->model->maxId();
  for (const auto& token : impl_->added) maxId = std::max(maxId, token.id);
  return static_cast<std::size_t>(maxId) + 1;
}

std::optional<TokenId> Tokenizer::tokenToId(std::string_view token) const {
  const auto it = impl_->addedByContent.find(std::string(token));
  if (it != impl_->addedByContent.end()) return it->second;
  return impl_->model->tokenToId(token);
}

std::string Tokenizer::idToToken(TokenId id) const {
  const auto it = impl_->addedById.find(id);
  if (it != impl_->addedById.end()) return impl_->added[it->second].content;
  const std::string* token = impl_->model->idToToken(id);
  return token ? *token : std::string();
}

bool Tokenizer::isSpecial(TokenId id) const {
  const auto it = impl_->addedById.find(id);
  return it != impl_->addedById.end() && impl_->added[it->second].special;
}

std::optional<TokenId> Tokenizer::bosId() const {
  if (impl_->postProcessor) {
    const auto prefix = impl_->postProcessor->prefix();
    if (!prefix.empty()) return prefix.front();
  }
  return impl_->idOfAny({"<s>", "<|begin_of_text|>"});
}

std::optional<TokenId> Tokenizer::eosId() const {
  if (impl_->eosOverride) return impl_->eosOverride;
  if (impl_->postProcessor) {
    const auto suffix = impl_->postProcessor->suffix();
    if (!suffix.empty()) return suffix.back();
  }
  return impl_->idOfAny({"</s>", "<|end_of_text|>", "<|endoftext|>", "<|im_end|>"});
}

void Tokenizer::setEosId(TokenId id) {
  impl_->eosOverride = id;
}

}  // namespace msl
