#include "bpe_training/tokenizer_json_writer.h"

#include <fstream>
#include <optional>

#include <nlohmann/json.hpp>

#include "bpe_training/llama3_pre_tokenizer.h"
#include "common/error.h"

namespace msl {
namespace {

using Json = nlohmann::ordered_json;

std::optional<std::string> specialWithRole(const ByteLevelBpe& bpe, std::size_t role) {
  if (role >= bpe.specialTokens().size()) return std::nullopt;
  return bpe.specialTokens()[role];
}

std::optional<std::string> bosToken(const ByteLevelBpe& bpe) {
  return specialWithRole(bpe, 0);
}
std::optional<std::string> eosToken(const ByteLevelBpe& bpe) {
  return specialWithRole(bpe, 1);
}
std::optional<std::string> padToken(const ByteLevelBpe& bpe) {
  return specialWithRole(bpe, 2);
}

Json addedToken(const ByteLevelBpe& bpe, const std::string& content) {
  Json token;
  token["id"] = *bpe.specialTokenId(content);
  token["content"] = content;
  token["single_word"] = false;
  token["lstrip"] = false;
  token["rstrip"] = false;
  token["normalized"] = false;
  token["special"] = true;
  return token;
}

Json preTokenizer() {
  Json split;
  split["type"] = "Split";
  split["pattern"] = Json{{"Regex", std::string(kLlama3SplitPattern)}};
  split["behavior"] = "Isolated";
  split["invert"] = false;
  Json byteLevel;
  byteLevel["type"] = "ByteLevel";
  byteLevel["add_prefix_space"] = false;
  byteLevel["trim_offsets"] = true;
  byteLevel["use_regex"] = false;
  return Json{{"type", "Sequence"}, {"pretokenizers", Json::array({split, byteLevel})}};
}

Json templatePiece(const char* kind, const std::string& id, int typeId) {
  return Json{{kind, Json{{"id", id}, {"type_id", typeId}}}};
}

// BOS before each sequence, as Llama-3's TemplateProcessing does.
Json postProcessor(const ByteLevelBpe& bpe) {
  const auto bos = bosToken(bpe);
  if (!bos) return nullptr;
  Json processor;
  processor["type"] = "TemplateProcessing";
  processor["single"] =
      Json::array({templatePiece("SpecialToken", *bos, 0), templatePiece("Sequence", "A", 0)});
  processor["pair"] =
      Json::array({templatePiece("SpecialToken", *bos, 0), templatePiece("Sequence", "A", 0),
                   templatePiece("SpecialToken", *bos, 1), templatePiece("Sequence", "B", 1)});
  Json bosEntry{{"id", *bos},
                {"ids", Json::array({*bpe.specialTokenId(*bos)})},
                {"tokens", Json::array({*bos})}};
  processor["special_tokens"] = Json{{*bos, bosEntry}};
  return processor;
}

Json decoder() {
  return Json{{"type", "ByteLevel"},
              {"add_prefix_space", false},
              {"trim_offsets", true},
              {"use_regex", false}};
}

Json model(const ByteLevelBpe& bpe) {
  Json vocab = Json::object();
  for (std::size_t id = 0; id < bpe.vocabSize(); ++id) {
    const std::string spelling = bpe.vocabularyString(static_cast<TokenId>(id));
    if (vocab.contains(spelling)) {
      throw Error("writing tokenizer.json: token " + std::to_string(id) + " '" + spelling +
                  "' duplicates token " + std::to_string(vocab[spelling].get<std::size_t>()));
    }
    vocab[spelling] = id;
  }
  Json merges = Json::array();
  for (const BpeMerge& merge : bpe.merges()) {
    merges.push_back(
        Json::array({bpe.vocabularyString(merge.left), bpe.vocabularyString(merge.right)}));
  }
  Json bpeModel;
  bpeModel["type"] = "BPE";
  bpeModel["dropout"] = nullptr;
  bpeModel["unk_token"] = nullptr;
  bpeModel["continuing_subword_prefix"] = nullptr;
  bpeModel["end_of_word_suffix"] = nullptr;
  bpeModel["fuse_unk"] = false;
  bpeModel["byte_fallback"] = false;
  bpeModel["ignore_merges"] = false;
  bpeModel["vocab"] = std::move(vocab);
  bpeModel["merges"] = std::move(merges);
  return bpeModel;
}

std::string dump(const Json& json, const char* what) {
  try {
    return json.dump(2) + "\n";
  } catch (const nlohmann::json::exception& e) {
    throw Error(std::string("writing ") + what + ": " + e.what());
  }
}

void writeFile(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw Error(path.string() + ":0: could not be written");
}

}  // namespace

std::string tokenizerJsonText(const ByteLevelBpe& bpe) {
  Json root;
  root["version"] = "1.0";
  root["truncation"] = nullptr;
  root["padding"] = nullptr;
  Json added = Json::array();
  for (const std::string& special : bpe.specialTokens()) added.push_back(addedToken(bpe, special));
  root["added_tokens"] = std::move(added);
  root["normalizer"] = nullptr;
  root["pre_tokenizer"] = preTokenizer();
  root["post_processor"] = postProcessor(bpe);
  root["decoder"] = decoder();
  root["model"] = model(bpe);
  return dump(root, "tokenizer.json");
}

std::string tokenizerConfigJsonText(const ByteLevelBpe& bpe) {
  Json config;
  Json decoderEntries = Json::object();
  for (const std::string& special : bpe.specialTokens()) {
    Json entry = addedToken(bpe, special);
    entry.erase("id");
    decoderEntries[std::to_string(*bpe.specialTokenId(special))] = std::move(entry);
  }
  config["added_tokens_decoder"] = std::move(decoderEntries);
  if (const auto bos = bosToken(bpe)) config["bos_token"] = *bos;
  if (const auto eos = eosToken(bpe)) config["eos_token"] = *eos;
  if (const auto pad = padToken(bpe)) config["pad_token"] = *pad;
  // Decoding must give back the exact text; HF's clean-up would rewrite " ." and " 's".
  config["clean_up_tokenization_spaces"] = false;
  config["model_input_names"] = Json::array({"input_ids", "attention_mask"});
  config["tokenizer_class"] = "PreTrainedTokenizerFast";
  return dump(config, "tokenizer_config.json");
}

void writeTokenizerFiles(const ByteLevelBpe& bpe, const std::filesystem::path& tokenizerJsonPath) {
  const std::string tokenizerJson = tokenizerJsonText(bpe);
  const std::string tokenizerConfig = tokenizerConfigJsonText(bpe);
  const std::filesystem::path folder = tokenizerJsonPath.parent_path();
  if (!folder.empty()) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) throw Error(folder.string() + ":0: could not create folder: " + error.message());
  }
  writeFile(tokenizerJsonPath, tokenizerJson);
  writeFile(folder / "tokenizer_config.json", tokenizerConfig);
}

}  // namespace msl
