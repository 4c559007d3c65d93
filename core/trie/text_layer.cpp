#include "trie/text_layer.h"

#include <chrono>
#include <iomanip>
#include <ostream>

#include "common/error.h"
#include "data/tokenizer_corpus.h"
#include "trie/mask_summary.h"

namespace msl {
namespace {

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TextLayer::TextLayer(Dataset dataset_, Tokenizer tokenizer_)
    : dataset(std::move(dataset_)), tokenizer(std::move(tokenizer_)) {}

std::unique_ptr<TextLayer> TextLayer::load(const std::filesystem::path& dataDir,
                                           const std::filesystem::path& tokenizerJson,
                                           const std::string& splitName) {
  Dataset dataset = loadDataset(dataDir);
  Tokenizer tokenizer = Tokenizer::fromFile(tokenizerJson);
  return build(std::move(dataset), std::move(tokenizer), splitName);
}

std::unique_ptr<TextLayer> TextLayer::build(Dataset dataset, Tokenizer tokenizer,
                                            const std::string& splitName) {
  std::unique_ptr<TextLayer> layer(new TextLayer(std::move(dataset), std::move(tokenizer)));
  if (!splitName.empty()) layer->dataset.split(splitName);  // throws listing the splits
  layer->splitName = splitName.empty() ? defaultTrainingSplit(layer->dataset) : splitName;
  auto start = std::chrono::steady_clock::now();
  layer->catalogTrie = CatalogTrie::build(layer->dataset.catalog, layer->tokenizer);
  layer->trieSeconds = secondsSince(start);
  start = std::chrono::steady_clock::now();
  layer->masks = TargetMasks::build(layer->catalogTrie, layer->samples());
  layer->masksSeconds = secondsSince(start);
  return layer;
}

void TextLayer::checkDrift() {
  const auto start = std::chrono::steady_clock::now();
  const PromptBuilder prompts(dataset.wording);
  drift = detectTokenizationDrift(
      samples(), dataset.catalog, prompts, catalogTrie,
      [this](std::string_view text) { return tokenizer.encode(text, false); });
  driftSeconds = secondsSince(start);
}

nlohmann::json TextLayer::report() const {
  const TrieStatistics trie = catalogTrie.trie().statistics();
  const MaskSummary summary = summarizeMasks(masks, tokenizer.vocabSize());
  nlohmann::json report;
  report["dataset"] = {{"root", dataset.root.string()},
                       {"items", dataset.catalog.size()},
                       {"duplicate_titles", dataset.catalog.duplicateTitles().size()},
                       {"split", splitName},
                       {"samples", samples().size()}};
  report["tokenizer"] = {{"vocab_size", tokenizer.vocabSize()}, {"eos", catalogTrie.eos()}};
  report["trie"] = {{"nodes", trie.nodes},
                    {"titles", trie.sequences},
                    {"distinct_paths", trie.distinctSequences},
                    {"max_depth", trie.maxDepth},
                    {"mean_depth", trie.meanDepth},
                    {"first_position_valid", trie.firstPositionValid},
                    {"max_branching", trie.maxBranching},
                    {"length_histogram", trie.sequenceLengthHistogram},
                    {"bytes", trie.bytesUsed}};
  report["masks"] = {{"samples", summary.samples},
                     {"target_positions", summary.targetPositions},
                     {"mean_target_length", summary.meanTargetLength},
                     {"single_valid_positions", summary.singleValidPositions},
                     {"mean_valid_per_position", summary.meanValidPerPosition},
                     {"mean_valid_at_position", summary.meanValidAtPosition},
                     {"sparse_bytes", summary.memory.sparseBytes},
                     {"dense_bytes", summary.memory.denseBytes},
                     {"dense_to_sparse_ratio", summary.memory.ratio()}};
  report["timing_seconds"] = {{"trie", trieSeconds}, {"masks", masksSeconds}};
  if (drift) {
    nlohmann::json examples = nlohmann::json::array();
    for (const DriftExample& example : drift->examples) {
      examples.push_back({{"sample", example.sample},
                          {"user", example.userId},
                          {"target_item", example.target},
                          {"trie_tokens", example.trieTokens},
                          {"in_context_tokens", example.inContextTokens}});
    }
    report["drift"] = {{"samples", drift->samples},
                       {"drifted", drift->drifted},
                       {"leaves_trie", drift->leavesTrie},
                       {"examples", examples}};
    report["timing_seconds"]["drift"] = driftSeconds;
  }
  return report;
}

namespace {

std::string megabytes(std::size_t bytes) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(bytes < 10'000'000 ? 3 : 1) << bytes / 1e6 << " MB";
  return out.str();
}

}  // namespace

void printTextLayerReport(const nlohmann::json& r, std::ostream& out) {
  const auto& d = r["dataset"];
  const auto& t = r["trie"];
  const auto& m = r["masks"];
  out << std::fixed << std::setprecision(2);
  out << "catalog      " << d["items"].get<std::size_t>() << " items, "
      << d["duplicate_titles"].get<std::size_t>() << " duplicate titles   ("
      << d["root"].get<std::string>() << ")\n";
  out << "tokenizer    vocabulary " << r["tokenizer"]["vocab_size"].get<std::size_t>() << ", EOS "
      << r["tokenizer"]["eos"].get<int>() << "\n";
  out << "title trie   " << t["nodes"].get<std::size_t>() << " nodes, depth max "
      << t["max_depth"].get<std::size_t>() << " mean " << t["mean_depth"].get<double>()
      << ", first-position valid n = " << t["first_position_valid"].get<std::size_t>()
      << ", widest node " << t["max_branching"].get<std::size_t>() << ", "
      << megabytes(t["bytes"].get<std::size_t>()) << "\n";
  out << "masks        split " << d["split"].get<std::string>() << ": "
      << m["samples"].get<std::size_t>() << " samples, " << m["target_positions"].get<std::size_t>()
      << " target positions, mean valid " << m["mean_valid_per_position"].get<double>()
      << ", single-valid " << m["single_valid_positions"].get<std::size_t>() << "\n";
  out << "mask memory  sparse " << megabytes(m["sparse_bytes"].get<std::size_t>()) << " vs dense "
      << megabytes(m["dense_bytes"].get<std::size_t>()) << " (reference): " << std::setprecision(0)
      << m["dense_to_sparse_ratio"].get<double>() << "x less\n"
      << std::setprecision(2);
  if (r.contains("drift")) {
    const auto& drift = r["drift"];
    out << "drift        " << drift["drifted"].get<std::size_t>() << " of "
        << drift["samples"].get<std::size_t>()
        << " targets tokenize differently inside the prompt ("
        << drift["leaves_trie"].get<std::size_t>()
        << " would leave the trie in the reference); training uses the trie's ids\n";
  }
  const auto& timing = r["timing_seconds"];
  out << std::setprecision(3) << "time         trie " << timing["trie"].get<double>()
      << " s, masks " << timing["masks"].get<double>() << " s";
  if (timing.contains("drift")) out << ", drift check " << timing["drift"].get<double>() << " s";
  out << "\n";
}

}  // namespace msl
