// `mslw recommend`: one user's top-K titles with scores, from the dataset's history or an
// edited one (--history), and where the user's known next item ranks. The model is a checkpoint
// folder (--ckpt) or a stored run's checkpoint (--run, --step).
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "command_registry.h"
#include "common/error.h"
#include "evaluation_session.h"
#include "metrics/ranking_metrics.h"
#include "store/experiment_store.h"
#include "store/store_location.h"

namespace {

struct RecommendOptions {
  std::string checkpoint;
  msl::RunId run = 0;
  std::optional<std::int64_t> step;
  std::string store;
  std::string device = "auto";
  std::string adapter;
  std::string data;
  std::string user;
  std::string split = "test";
  std::string history;
  std::size_t beams = 10;
  bool maskBeforeSoftmax = false;
  bool json = false;
};

std::vector<msl::ItemId> parseHistory(const std::string& list, const msl::Catalog& catalog) {
  std::vector<msl::ItemId> ids;
  std::stringstream in(list);
  for (std::string item; std::getline(in, item, ',');) {
    std::size_t used = 0;
    long long id = 0;
    try {
      id = std::stoll(item, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != item.size())
      throw msl::Error("--history: '" + item + "' is not an item id (expected e.g. 12,40,7)");
    if (!catalog.contains(id))
      throw msl::Error("--history: item " + item + " is not in the dataset's catalog");
    ids.push_back(id);
  }
  if (ids.empty()) throw msl::Error("--history: give at least one item id");
  return ids;
}

std::unique_ptr<mslw::EvaluationSession> openSession(const RecommendOptions& o) {
  if (o.checkpoint.empty() == (o.run == 0))
    throw msl::Error("mslw recommend: give --ckpt or --run");
  if (o.run == 0) {
    if (o.data.empty()) throw msl::Error("mslw recommend --ckpt: give --data");
    return mslw::openEvaluationSession(o.checkpoint, o.adapter, o.data, o.device);
  }
  msl::ExperimentStore store(msl::experimentStorePath(o.store));
  const auto checkpoint = msl::resolveRunCheckpoint(store, o.run, o.step);
  if (!o.json) {
    std::cout << "run " << o.run << ", checkpoint at step " << checkpoint.step << " ("
              << checkpoint.checkpointDir.string() << ")\n";
  }
  return mslw::openRunEvaluationSession(checkpoint, o.data, o.device);
}

void runRecommend(const RecommendOptions& o) {
  auto session = openSession(o);
  const auto& catalog = session->dataset.catalog;
  // The user's last sample of the split: its history and the item that came next.
  const msl::Sample* sample = nullptr;
  for (const msl::Sample& candidate : session->dataset.split(o.split))
    if (candidate.userId == o.user) sample = &candidate;
  if (sample == nullptr && o.history.empty()) {
    throw msl::Error("user " + o.user + " has no sample in split '" + o.split +
                     "'; give --history id,id,... or another --split");
  }
  const auto history = o.history.empty() ? sample->history() : parseHistory(o.history, catalog);
  msl::BeamSearchOptions options;
  options.beams = o.beams;
  options.returned = o.beams;
  options.variant = o.maskBeforeSoftmax ? msl::MaskingVariant::MaskedSoftmax
                                        : msl::MaskingVariant::FullSoftmaxThenMask;
  const auto titles = session->evaluator->recommend({history}, options).front();
  std::optional<std::size_t> rank;
  if (sample != nullptr) {
    std::vector<std::string> texts;
    for (const auto& title : titles) texts.push_back(title.title);
    rank = msl::rankOfTitle(texts, catalog.title(sample->target()));
  }
  nlohmann::json report;
  report["user"] = o.user;
  report["history"] = nlohmann::json::array();
  for (msl::ItemId id : history)
    report["history"].push_back({{"item", id}, {"title", catalog.title(id)}});
  report["recommendations"] = nlohmann::json::array();
  for (const auto& title : titles)
    report["recommendations"].push_back(
        {{"title", title.title}, {"items", title.items}, {"score", title.score}});
  if (sample != nullptr) {
    report["target"] = {{"item", sample->target()},
                        {"title", catalog.title(sample->target())},
                        {"rank", rank ? nlohmann::json(*rank + 1) : nlohmann::json(nullptr)}};
  }
  if (o.json) {
    std::cout << report.dump(2) << "\n";
    return;
  }
  std::cout << "history of user " << o.user << (o.history.empty() ? "" : " (edited)") << ":\n";
  for (msl::ItemId id : history) std::cout << "  " << id << "  " << catalog.title(id) << "\n";
  std::cout << "top " << titles.size() << ":\n" << std::fixed << std::setprecision(4);
  for (std::size_t i = 0; i < titles.size(); ++i)
    std::cout << std::setw(4) << i + 1 << "  " << titles[i].score << "  " << titles[i].title
              << "\n";
  if (sample != nullptr) {
    std::cout << "next item: " << catalog.title(sample->target()) << ", rank "
              << (rank ? std::to_string(*rank + 1) : std::string("not in the list")) << "\n";
  }
}

const mslw::CommandRegistration registration{
    "recommend", [](CLI::App& root) {
      auto options = std::make_shared<RecommendOptions>();
      auto* recommend =
          root.add_subcommand("recommend", "Top-K titles for one user (or an edited history)");
      auto* ckpt = recommend->add_option("--ckpt", options->checkpoint, "Checkpoint folder");
      auto* run = recommend->add_option(
          "--run", options->run, "A run of --store: its latest checkpoint (or the one at --step)");
      ckpt->excludes(run);
      recommend->add_option("--step", options->step, "With --run: the checkpoint at this step")
          ->needs(run);
      recommend->add_option("--device", options->device, "auto | cpu | cuda | cuda:N")
          ->capture_default_str();
      recommend->add_option("--store", options->store,
                            "With --run: the experiment store (default: $MSLW_STORE, else the "
                            "XDG data folder)");
      recommend->add_option("--adapter", options->adapter, "LoRA adapter folder (PEFT layout)")
          ->needs(ckpt);
      recommend->add_option("--data", options->data,
                            "Dataset folder (with --run: default the run's dataset)");
      recommend->add_option("--user", options->user, "User id")->required();
      recommend->add_option("--split", options->split, "Split holding the user's sample")
          ->capture_default_str();
      recommend->add_option("--history", options->history,
                            "Item ids, oldest first, replacing the user's history");
      recommend->add_option("--beams", options->beams, "Beam width = titles returned")
          ->capture_default_str();
      recommend->add_flag("--mask-before-softmax", options->maskBeforeSoftmax,
                          "Log-softmax over the valid tokens only");
      recommend->add_flag("--json", options->json, "Print JSON");
      recommend->callback([options] { runRecommend(*options); });
    }};

}  // namespace
