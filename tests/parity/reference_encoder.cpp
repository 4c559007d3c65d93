#include "reference_encoder.h"

#include <QProcess>
#include <QTemporaryDir>

#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "common/hf_reference.h"

namespace parity {
namespace {

std::string idList(const std::vector<msl::TokenId>& ids) {
  return nlohmann::json(ids).dump();
}

std::string quoted(const std::string& text) {
  return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::filesystem::path realTokenizer(const std::string& name) {
  const auto path = msl::sharedTokenizerFile(name);
  return std::filesystem::exists(path) ? path : std::filesystem::path();
}

QString referenceUnavailableReason() {
  return QString::fromStdString(msl::referenceUnavailableReason({"tokenizers"}));
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
  QProcess python;
  python.setProcessChannelMode(QProcess::MergedChannels);
  python.start(QString::fromStdString(msl::referencePython().string()),
               {QStringLiteral(MSLW_SOURCE_DIR "/tests/parity/encode_reference.py"),
                QString::fromStdString(tokenizerJson.string()), QString::fromStdString(inPath),
                QString::fromStdString(outPath)});
  if (!python.waitForFinished(20 * 60 * 1000) || python.exitStatus() != QProcess::NormalExit ||
      python.exitCode() != 0) {
    throw std::runtime_error("encode_reference.py failed: " + python.readAll().toStdString());
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
    throw std::runtime_error("the reference returned " + std::to_string(references.size()) +
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
