#include "ui/recommendation_column.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <chrono>

#include "common/error.h"
#include "evaluation/recommender_session.h"
#include "metrics/ranking_metrics.h"
#include "ui/background_job.h"
#include "ui/generated_title_model.h"
#include "ui/model_source_picker.h"
#include "ui/plain_text.h"
#include "ui/recommendation_list_model.h"
#include "ui/recommender_loader.h"
#include "ui/result_table.h"

namespace msl {
namespace ui {

namespace {

RecommendationOutcome runRequest(RecommenderSession& session,
                                 const RecommendationRequest& request) {
  const auto start = std::chrono::steady_clock::now();
  RecommendationOutcome outcome;
  outcome.titles = session.recommend(request.history, request.beams, request.variant);
  if (request.target) {
    std::vector<std::string> texts;
    for (const RecommendedTitle& title : outcome.titles) texts.push_back(title.title);
    outcome.rank = rankOfTitle(texts, session.dataset().catalog.title(*request.target));
  }
  if (request.generations > 0)
    outcome.generated = session.generate(request.history, request.generations);
  outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return outcome;
}

}  // namespace

RecommendationColumn::RecommendationColumn(const QString& label, QWidget* parent)
    : QWidget(parent),
      picker_(new ModelSourcePicker(label, this)),
      loader_(new RecommenderLoader(this)),
      list_(new RecommendationListModel(this)),
      generated_(new GeneratedTitleModel(this)),
      listView_(makeResultTable(list_, tr("%1: constrained top-K").arg(label), this)),
      generatedView_(
          makeResultTable(generated_, tr("%1: unconstrained generation").arg(label), this)),
      rank_(new QLabel(this)) {
  usePlainText(rank_);
  rank_->setWordWrap(true);
  connect(picker_, &ModelSourcePicker::loadRequested, this, &RecommendationColumn::loadModel);
  connect(loader_, &RecommenderLoader::loaded, this, [this](const QString& description) {
    picker_->setStatus(description);
    Q_EMIT modelLoaded();
  });
  connect(loader_, &RecommenderLoader::failed, this, [this](const QString& message) {
    picker_->setStatus(message);
    Q_EMIT failed(message);
  });
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(picker_);
  layout->addWidget(rank_);
  layout->addWidget(listView_, 3);
  layout->addWidget(generatedView_, 2);
}

void RecommendationColumn::setDataDir(const QString& dir) {
  if (dir == dataDir_) return;
  dataDir_ = dir;
  clearResults();
  // The model's prompts and trie come from the dataset: reload it for the new one.
  if (loader_->session() || loader_->isLoading()) {
    const ModelSource source = loader_->source();
    loader_->clear();
    loader_->load(source, dataDir_);
  }
}

void RecommendationColumn::loadModel(const ModelSource& source) {
  picker_->setSource(source);
  picker_->setStatus(tr("Loading %1…").arg(QString::fromStdString(source.describe())));
  clearResults();
  loader_->load(source, dataDir_);
}

bool RecommendationColumn::hasModel() const {
  return loader_->session() != nullptr;
}

void RecommendationColumn::clearResults() {
  jobs_.cancelAll();
  ++*newest_;
  list_->clear();
  generated_->clear();
  rank_->clear();
}

void RecommendationColumn::recompute(const RecommendationRequest& request) {
  lastRequest_ = request;
  const auto session = loader_->session();
  if (!session) return;
  const std::uint64_t number = ++*newest_;
  rank_->setText(tr("Computing…"));
  const JobTracker::JobId job = jobs_.start();
  runInBackground(
      this,
      [session, request, newest = newest_, number] {
        if (newest->load() != number) throw Error("superseded by a newer request");
        return runRequest(*session, request);
      },
      [this, job](const RecommendationOutcome& outcome) {
        if (jobs_.isCurrent(job)) showOutcome(outcome);
      },
      [this, job](const QString& message) {
        if (!jobs_.isCurrent(job)) return;
        rank_->setText(message);
        Q_EMIT failed(message);
      });
}

void RecommendationColumn::showOutcome(const RecommendationOutcome& outcome) {
  lastSeconds_ = outcome.seconds;
  list_->setTitles(outcome.titles, outcome.rank);
  generated_->setTitles(outcome.generated);
  resizeColumnsToContents(listView_);
  resizeColumnsToContents(generatedView_);
  std::size_t invented = 0;
  for (const GeneratedTitle& title : outcome.generated) invented += !title.inCatalog;
  const QString rank =
      !lastRequest_ || !lastRequest_->target ? tr("No known next item.")
      : outcome.rank
          ? tr("Next item at rank %1 of %2.").arg(*outcome.rank + 1).arg(outcome.titles.size())
          : tr("Next item not in the top %1.").arg(outcome.titles.size());
  rank_->setText(tr("%1 %2 of %3 unconstrained titles are invented (%4 s).")
                     .arg(rank)
                     .arg(invented)
                     .arg(outcome.generated.size())
                     .arg(outcome.seconds, 0, 'f', 2));
  Q_EMIT outcomeShown();
}

QString RecommendationColumn::rankText() const {
  return rank_->text();
}

}  // namespace ui
}  // namespace msl
