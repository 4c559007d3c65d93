// mslw tokenize: encode text or decode ids with a Hugging Face tokenizer.json.
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "command_registry.h"
#include "common/error.h"
#include "tokenizer/tokenizer.h"

namespace {

struct TokenizeOptions {
  std::string tokenizer;
  std::string text;
  std::string file;
  std::string decode;
  bool jsonl = false;
  bool addSpecial = false;
  bool skipSpecial = false;
  bool json = false;
};

std::vector<msl::TokenId> parseIds(const std::string& list) {
  std::vector<msl::TokenId> ids;
  std::stringstream in(list);
  std::string item;
  while (std::getline(in, item, ',')) {
    try {
      std::size_t used = 0;
      const long value = std::stol(item, &used);
      if (used != item.size() || value < 0 || value > INT32_MAX) throw std::invalid_argument(item);
      ids.push_back(static_cast<msl::TokenId>(value));
    } catch (const std::exception&) {
      throw msl::Error("--decode: '" + item + "' is not a token id (expected e.g. 1,2,3)");
    }
  }
  return ids;
}

void encodeFile(const msl::Tokenizer& tokenizer, const TokenizeOptions& o) {
  std::ifstream in(o.file, std::ios::binary);
  if (!in) throw msl::Error(o.file + ": cannot open");
  std::string line;
  std::size_t lineNumber = 0;
  while (std::getline(in, line)) {
    ++lineNumber;
    if (!line.empty() && line.back() == '\r' && !o.jsonl) line.pop_back();
    std::string text = line;
    if (o.jsonl) {
      if (line.empty()) continue;
      try {
        text = nlohmann::json::parse(line).get<std::string>();
      } catch (const std::exception& e) {
        msl::throwAt(o.file, lineNumber, std::string("expected a JSON string: ") + e.what());
      }
    }
    std::cout << nlohmann::json(tokenizer.encode(text, o.addSpecial)).dump() << "\n";
  }
}

void run(const TokenizeOptions& o) {
  const msl::Tokenizer tokenizer = msl::Tokenizer::fromFile(o.tokenizer);
  if (!o.decode.empty()) {
    const std::string text = tokenizer.decode(parseIds(o.decode), o.skipSpecial);
    if (o.json) {
      std::cout << nlohmann::json{{"text", text}}.dump() << "\n";
    } else {
      std::cout << text << "\n";
    }
    return;
  }
  if (!o.file.empty()) {
    encodeFile(tokenizer, o);
    return;
  }
  const auto ids = tokenizer.encode(o.text, o.addSpecial);
  if (o.json) {
    nlohmann::json tokens = nlohmann::json::array();
    for (auto id : ids) tokens.push_back(tokenizer.idToToken(id));
    // Byte-level tokens are arbitrary strings; replace rather than fail on invalid UTF-8.
    std::cout << nlohmann::json{{"ids", ids}, {"tokens", tokens}}.dump(
                     -1, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
    return;
  }
  for (std::size_t i = 0; i < ids.size(); ++i) std::cout << (i ? " " : "") << ids[i];
  std::cout << "\n";
}

const mslw::CommandRegistration registration{
    "tokenize", [](CLI::App& root) {
      auto options = std::make_shared<TokenizeOptions>();
      auto* command = root.add_subcommand(
          "tokenize",
          "Encode text to token ids (or decode ids) with a Hugging Face tokenizer.json");
      command->add_option("--tokenizer", options->tokenizer, "tokenizer.json")->required();
      auto* text = command->add_option("--text", options->text, "Text to encode");
      auto* file = command->add_option(
          "--file", options->file, "Encode each line of this file; prints one JSON array per line");
      auto* decode = command->add_option("--decode", options->decode, "Decode ids, e.g. 1,2,3");
      text->excludes(file)->excludes(decode);
      file->excludes(decode);
      command->add_flag("--jsonl", options->jsonl, "With --file: each line is a JSON string");
      command->add_flag("--add-special", options->addSpecial,
                        "Apply the post-processor (BOS/EOS) like add_special_tokens=true");
      command->add_flag("--skip-special", options->skipSpecial,
                        "With --decode: drop special tokens");
      command->add_flag("--json", options->json, "Machine-readable output");
      command->callback([options, text, file, decode] {
        if (!*text && !*file && !*decode) {
          throw CLI::ValidationError("tokenize", "give one of --text, --file or --decode");
        }
        run(*options);
      });
    }};

}  // namespace
