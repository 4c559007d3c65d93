#include "ui/recommendations_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/history_model.h"
#include "ui/history_panel.h"
#include "ui/model_source_picker.h"
#include "ui/plain_text.h"
#include "ui/recommendation_column.h"
#include "ui/result_table.h"
#include "ui/user_list_model.h"
#include "ui/user_metrics_tab.h"

namespace msl {
namespace ui {

RecommendationsPage::RecommendationsPage(QWidget* parent)
    : QWidget(parent),
      splitChoice_(new QComboBox(this)),
      beams_(new QSpinBox(this)),
      variant_(new QComboBox(this)),
      generations_(new QSpinBox(this)),
      users_(new UserListModel(this)),
      userProxy_(new QSortFilterProxyModel(this)),
      userSearch_(new QLineEdit(this)),
      history_(new HistoryPanel(this)),
      left_(new RecommendationColumn(tr("Model A"), this)),
      right_(new RecommendationColumn(tr("Model B"), this)),
      recomputeTimer_(new QTimer(this)),
      userMetricsTab_(new UserMetricsTab(this)),
      tabs_(new QTabWidget(this)) {
  // Several edits in one pass of the event loop (a reset history, a new user) make one request.
  recomputeTimer_->setSingleShot(true);
  recomputeTimer_->setInterval(0);
  connect(recomputeTimer_, &QTimer::timeout, this, &RecommendationsPage::recompute);
  tabs_->addTab(buildRecommendationTab(), tr("Recommendations"));
  tabs_->addTab(userMetricsTab_, tr("Per-user metrics"));
  connect(userMetricsTab_, &UserMetricsTab::readRequested, this,
          [this](std::optional<std::int64_t> step) {
            const ModelSource source = left_->picker()->source();
            if (!source.fromStore() || source.store.empty() || source.run == 0) {
              userMetricsTab_->showStatus(tr("Choose a stored run for model A first."));
              return;
            }
            showStoredUserMetrics(QString::fromStdString(source.store), source.run, step);
          });
  connect(userMetricsTab_, &UserMetricsTab::userChosen, this, [this](const QString& user) {
    if (selectUser(user)) tabs_->setCurrentIndex(0);
  });
  connect(userMetricsTab_, &UserMetricsTab::userMetricsShown, this,
          &RecommendationsPage::userMetricsShown);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(tabs_);
}

QWidget* RecommendationsPage::buildRecommendationTab() {
  auto* tab = new QWidget(this);
  splitChoice_->setAccessibleName(tr("Split"));
  connect(splitChoice_, &QComboBox::currentTextChanged, this, [this] { showSplit(); });
  beams_->setRange(1, 100);
  beams_->setValue(10);
  beams_->setAccessibleName(tr("Beams"));
  variant_->addItem(tr("Full softmax, then mask (HF CBS)"),
                    int(MaskingVariant::FullSoftmaxThenMask));
  variant_->addItem(tr("Masked softmax (as MSL trains)"), int(MaskingVariant::MaskedSoftmax));
  variant_->setAccessibleName(tr("Masking variant"));
  generations_->setRange(0, 20);
  generations_->setValue(5);
  generations_->setAccessibleName(tr("Unconstrained generations"));
  for (QSpinBox* spin : {beams_, generations_})
    connect(spin, qOverload<int>(&QSpinBox::valueChanged), this,
            &RecommendationsPage::scheduleRecompute);
  connect(variant_, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &RecommendationsPage::scheduleRecompute);
  auto* options = new QHBoxLayout;
  options->addWidget(new QLabel(tr("Split"), tab));
  options->addWidget(splitChoice_);
  options->addWidget(new QLabel(tr("Top-K"), tab));
  options->addWidget(beams_);
  options->addWidget(variant_);
  options->addWidget(new QLabel(tr("Unconstrained"), tab));
  options->addWidget(generations_);
  options->addStretch();

  userSearch_->setPlaceholderText(tr("Search user ids"));
  userSearch_->setClearButtonEnabled(true);
  userSearch_->setAccessibleName(tr("Search users"));
  userProxy_->setSourceModel(users_);
  userProxy_->setFilterKeyColumn(UserListModel::UserColumn);
  userProxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  connect(userSearch_, &QLineEdit::textChanged, userProxy_,
          &QSortFilterProxyModel::setFilterFixedString);
  userTable_ = makeResultTable(userProxy_, tr("Users"), tab);
  userTable_->setSortingEnabled(true);
  userTable_->sortByColumn(UserListModel::UserColumn, Qt::AscendingOrder);
  connect(userTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) {
            if (current.isValid())
              showSample(static_cast<std::size_t>(
                  current.data(UserListModel::SampleIndexRole).toULongLong()));
          });
  auto* userPanel = new QWidget(tab);
  auto* userLayout = new QVBoxLayout(userPanel);
  userLayout->setContentsMargins(0, 0, 0, 0);
  userLayout->addWidget(userSearch_);
  userLayout->addWidget(userTable_);

  connect(history_, &HistoryPanel::historyEdited, this, &RecommendationsPage::scheduleRecompute);
  connect(history_, &HistoryPanel::resetRequested, this, &RecommendationsPage::resetHistory);
  connect(history_, &HistoryPanel::statusMessage, this, &RecommendationsPage::statusMessage);

  for (RecommendationColumn* column : {left_, right_}) {
    connect(column, &RecommendationColumn::modelLoaded, this, [this, column] {
      if (sample_) column->recompute(currentRequest());
    });
    connect(column, &RecommendationColumn::failed, this, &RecommendationsPage::statusMessage);
  }
  auto* columns = new QSplitter(Qt::Horizontal, tab);
  columns->addWidget(left_);
  columns->addWidget(right_);
  auto* leftSide = new QSplitter(Qt::Vertical, tab);
  leftSide->addWidget(userPanel);
  leftSide->addWidget(history_);
  auto* splitter = new QSplitter(tab);
  splitter->addWidget(leftSide);
  splitter->addWidget(columns);
  splitter->setStretchFactor(1, 3);
  // The user list and history need room for titles; the window keeps named splitters' sizes.
  splitter->setSizes({420, 1200});
  splitter->setObjectName(QStringLiteral("recommendationsSplitter"));
  leftSide->setObjectName(QStringLiteral("recommendationsUserSplitter"));
  columns->setObjectName(QStringLiteral("recommendationsModelSplitter"));
  auto* layout = new QVBoxLayout(tab);
  layout->addLayout(options);
  layout->addWidget(splitter, 1);
  return tab;
}

void RecommendationsPage::showSnapshot(const WorkspaceSnapshot& snapshot) {
  snapshot_ = snapshot;
  dataset_ = std::shared_ptr<const Dataset>(snapshot.layer, &snapshot.layer->dataset);
  sample_.reset();
  history_->setCatalog(dataset_);
  for (RecommendationColumn* column : {left_, right_}) column->setDataDir(snapshot.dataDir);
  fillSplits();
}

void RecommendationsPage::fillSplits() {
  const QSignalBlocker blocker(splitChoice_);
  splitChoice_->clear();
  for (const std::string& name : dataset_->splitNames())
    splitChoice_->addItem(QString::fromStdString(name));
  // Recommendations are judged on held-out users: the test split when there is one.
  const int test = splitChoice_->findText(QStringLiteral("test"));
  splitChoice_->setCurrentIndex(test >= 0 ? test : 0);
  showSplit();
}

void RecommendationsPage::showSplit() {
  if (!dataset_ || splitChoice_->currentText().isEmpty()) return;
  split_ = splitChoice_->currentText().toStdString();
  sample_.reset();
  users_->setSplit(dataset_, split_);
  resizeColumnsToContents(userTable_);
  if (userProxy_->rowCount() > 0) userTable_->selectRow(0);
}

bool RecommendationsPage::selectUser(const QString& userId) {
  const int row = users_->rowOfUser(userId);
  if (row < 0) return false;
  userSearch_->clear();
  const QModelIndex index = userProxy_->mapFromSource(users_->index(row, 0));
  userTable_->selectRow(index.row());
  userTable_->scrollTo(index);
  return true;
}

void RecommendationsPage::showSample(std::size_t sample) {
  if (!dataset_ || sample >= dataset_->split(split_).size()) return;
  sample_ = sample;
  const Sample& record = dataset_->split(split_)[sample];
  history_->showSample(record);
  scheduleRecompute();
}

RecommendationRequest RecommendationsPage::currentRequest() const {
  RecommendationRequest request;
  request.history = history_->model()->items();
  if (sample_) request.target = dataset_->split(split_)[*sample_].target();
  request.beams = static_cast<std::size_t>(beams_->value());
  request.variant = static_cast<MaskingVariant>(variant_->currentData().toInt());
  request.generations = static_cast<std::size_t>(generations_->value());
  return request;
}

void RecommendationsPage::setSearch(int beams, int generations) {
  beams_->setValue(beams);
  generations_->setValue(generations);
}

bool RecommendationsPage::removeHistoryItem(int row) {
  return history_->removeItem(row);
}

bool RecommendationsPage::appendHistoryItem(ItemId item) {
  return history_->appendItem(item);
}

void RecommendationsPage::resetHistory() {
  if (sample_) showSample(*sample_);
}

void RecommendationsPage::scheduleRecompute() {
  recomputeTimer_->start();
}

void RecommendationsPage::recompute() {
  if (!sample_ || history_->model()->rowCount() == 0) return;
  const RecommendationRequest request = currentRequest();
  for (RecommendationColumn* column : {left_, right_}) column->recompute(request);
}

void RecommendationsPage::setStorePath(const QString& path) {
  for (RecommendationColumn* column : {left_, right_}) column->picker()->setStorePath(path);
}

void RecommendationsPage::showStoredUserMetrics(const QString& store, RunId run,
                                                std::optional<std::int64_t> step) {
  userMetricsTab_->showStoredUserMetrics(store, run, step);
}

UserMetricsModel* RecommendationsPage::userMetricsModel() const {
  return userMetricsTab_->model();
}

QString RecommendationsPage::userMetricsStatus() const {
  return userMetricsTab_->statusText();
}

HistoryModel* RecommendationsPage::historyModel() const {
  return history_->model();
}

QString RecommendationsPage::groundTruthText() const {
  return history_->groundTruthText();
}

}  // namespace ui
}  // namespace msl
