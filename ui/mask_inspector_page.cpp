#include "ui/mask_inspector_page.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "data/prompt_builder.h"
#include "evaluation/recommender_session.h"
#include "plots/bar_chart.h"
#include "ui/background_job.h"
#include "ui/catalog_trie_view.h"
#include "ui/invalid_token_model.h"
#include "ui/model_source_picker.h"
#include "ui/plain_text.h"
#include "ui/probability_text.h"
#include "ui/recommender_loader.h"
#include "ui/result_table.h"
#include "ui/sample_list_panel.h"
#include "ui/token_text.h"
#include "ui/valid_token_model.h"

namespace msl {
namespace ui {

MaskInspectorPage::MaskInspectorPage(QWidget* parent)
    : QWidget(parent),
      sampleList_(new SampleListPanel(this)),
      prompt_(new QPlainTextEdit(this)),
      chips_(new QLabel(this)),
      validCounts_(new plots::BarChart(this)),
      position_(new QSpinBox(this)),
      validTokens_(new ValidTokenModel(this)),
      validTable_(new QTableView(this)),
      trieView_(new CatalogTrieView(this)),
      modelPicker_(new ModelSourcePicker(tr("Model"), this)),
      modelLoader_(new RecommenderLoader(this)),
      invalidTokens_(new InvalidTokenModel(this)),
      invalidTable_(
          makeResultTable(invalidTokens_, tr("Invalid tokens the full softmax favours"), this)),
      modelSummary_(new QLabel(this)) {
  usePlainText(modelSummary_);
  connect(sampleList_, &SampleListPanel::sampleChosen, this, &MaskInspectorPage::selectSample);

  auto* splitter = new QSplitter(this);
  splitter->setObjectName(QStringLiteral("sampleSplitter"));  // kept by ui/window_layout.h
  splitter->addWidget(sampleList_);
  splitter->addWidget(buildSampleInspector());
  splitter->setStretchFactor(1, 2);

  auto* tabs = new QTabWidget(this);
  tabs->addTab(splitter, tr("&Sample masks"));
  tabs->addTab(trieView_, tr("Catalog &trie"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(tabs);
}

QWidget* MaskInspectorPage::buildSampleInspector() {
  auto* panel = new QWidget(this);
  prompt_->setReadOnly(true);
  prompt_->setAccessibleName(tr("Prompt"));
  prompt_->setMaximumHeight(140);
  chips_->setTextFormat(Qt::RichText);
  chips_->setWordWrap(true);
  chips_->setAccessibleName(tr("Target title tokens"));
  validCounts_->setAxisLabels(tr("Target position"), tr("Valid tokens"));
  validCounts_->setLogY(true);
  connect(validCounts_, &plots::BarChart::barClicked, this,
          [this](double key) { selectPosition(static_cast<std::size_t>(key)); });
  position_->setAccessibleName(tr("Target position"));
  connect(position_, qOverload<int>(&QSpinBox::valueChanged), this,
          [this](int value) { selectPosition(static_cast<std::size_t>(value)); });
  validTable_->setModel(validTokens_);
  validTable_->verticalHeader()->setVisible(false);
  validTable_->horizontalHeader()->setStretchLastSection(true);
  validTable_->setAccessibleName(tr("Valid tokens at the position"));

  auto* form = new QFormLayout;
  form->addRow(tr("Prompt"), prompt_);
  form->addRow(tr("Target tokens"), chips_);
  auto* positionRow = new QHBoxLayout;
  positionRow->addWidget(new QLabel(tr("Valid tokens at position"), panel));
  positionRow->addWidget(position_);
  positionRow->addStretch();
  auto* layout = new QVBoxLayout(panel);
  layout->addLayout(form);
  layout->addWidget(validCounts_, 2);
  layout->addLayout(positionRow);
  layout->addWidget(buildModelPanel(), 2);
  return panel;
}

QWidget* MaskInspectorPage::buildModelPanel() {
  connect(modelPicker_, &ModelSourcePicker::loadRequested, this, &MaskInspectorPage::loadModel);
  connect(modelLoader_, &RecommenderLoader::loaded, this, [this](const QString& description) {
    modelPicker_->setStatus(description);
    requestProbabilities();
  });
  connect(modelLoader_, &RecommenderLoader::failed, modelPicker_, &ModelSourcePicker::setStatus);
  modelSummary_->setWordWrap(true);
  modelSummary_->setText(tr("Load a checkpoint or a stored run to see the model's probabilities."));

  auto* tables = new QSplitter(this);
  tables->setObjectName(QStringLiteral("tokenTablesSplitter"));  // kept by ui/window_layout.h
  tables->addWidget(validTable_);
  tables->addWidget(invalidTable_);
  tables->setStretchFactor(0, 3);
  tables->setStretchFactor(1, 2);
  auto* panel = new QWidget(this);
  auto* layout = new QVBoxLayout(panel);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(modelPicker_);
  layout->addWidget(modelSummary_);
  layout->addWidget(tables, 1);
  return panel;
}

void MaskInspectorPage::loadModel(const ModelSource& source) {
  modelPicker_->setSource(source);
  modelPicker_->setStatus(tr("Loading %1…").arg(QString::fromStdString(source.describe())));
  clearProbabilities();
  modelLoader_->load(source, snapshot_.dataDir);
}

void MaskInspectorPage::clearProbabilities() {
  probabilityJobs_.cancelAll();
  probabilitySample_.reset();
  probabilities_.clear();
  validTokens_->clearProbabilities();
  invalidTokens_->clear();
}

void MaskInspectorPage::requestProbabilities() {
  const auto session = modelLoader_->session();
  if (!session || !sample_ || !snapshot_.layer) return;
  const Sample& record = snapshot_.layer->samples()[*sample_];
  const std::vector<ItemId> history = record.history();
  const ItemId target = record.target();
  const std::size_t sample = *sample_;
  modelSummary_->setText(tr("Running the model on sample %1…").arg(sample));
  const JobTracker::JobId job = probabilityJobs_.start();
  runInBackground(
      this, [session, history, target] { return session->targetProbabilities(history, target); },
      [this, job, sample](const std::vector<PositionProbabilities>& positions) {
        if (probabilityJobs_.isCurrent(job)) showProbabilities(sample, positions);
      },
      [this, job](const QString& message) {
        if (probabilityJobs_.isCurrent(job)) modelSummary_->setText(message);
      });
}

void MaskInspectorPage::showProbabilities(std::size_t sample,
                                          const std::vector<PositionProbabilities>& positions) {
  if (sample_ != sample) return;
  // Token ids only mean the same when the model's tokenizer made the workspace's trie path.
  const TargetMasks& masks = snapshot_.layer->masks;
  bool same = positions.size() == masks.targetLength(sample);
  for (std::size_t t = 0; same && t < positions.size(); ++t)
    same = positions[t].target == masks.targetToken(sample, t);
  if (!same) {
    modelSummary_->setText(
        tr("The model's tokenizer splits this target differently from the workspace's "
           "tokenizer; its probabilities are not shown."));
    return;
  }
  probabilitySample_ = sample;
  probabilities_ = positions;
  showPositionProbabilities(static_cast<std::size_t>(position_->value()));
  Q_EMIT probabilitiesShown(sample);
}

void MaskInspectorPage::showPositionProbabilities(std::size_t position) {
  if (probabilitySample_ != sample_ || position >= probabilities_.size()) return;
  const PositionProbabilities& entry = probabilities_[position];
  validTokens_->setProbabilities(entry);
  invalidTokens_->setTokens(snapshot_.layer->tokenizer, entry.topInvalid);
  double targetMasked = 0;
  double targetFull = 0;
  for (const TokenProbability& token : entry.valid) {
    if (token.token != entry.target) continue;
    targetMasked = token.masked;
    targetFull = token.full;
  }
  modelSummary_->setText(
      tr("Position %1: the target token has p = %2 under the masked softmax and %3 under the "
         "full softmax; invalid tokens hold %4 of the full softmax.")
          .arg(position)
          .arg(probabilityText(targetMasked), probabilityText(targetFull),
               probabilityText(entry.invalidMass)));
}

QString MaskInspectorPage::modelSummaryText() const {
  return modelSummary_->text();
}

void MaskInspectorPage::showSnapshot(const WorkspaceSnapshot& snapshot) {
  snapshot_ = snapshot;
  sample_.reset();
  validTokens_->clear();
  clearProbabilities();
  // A loaded model follows the workspace: its prompts and trie come from the dataset.
  if (modelLoader_->session() || modelLoader_->isLoading()) {
    const ModelSource source = modelLoader_->source();
    modelLoader_->clear();
    modelLoader_->load(source, snapshot.dataDir);
  }
  trieView_->showSnapshot(snapshot);
  sampleList_->showSnapshot(snapshot);
}

void MaskInspectorPage::selectSample(std::size_t sample) {
  if (!snapshot_.layer || sample >= snapshot_.layer->masks.sampleCount()) return;
  sample_ = sample;
  const TextLayer& layer = *snapshot_.layer;
  const Sample& record = layer.samples()[sample];
  std::vector<std::string> history;
  for (ItemId item : record.history()) history.push_back(layer.dataset.catalog.title(item));
  prompt_->setPlainText(
      QString::fromStdString(PromptBuilder(layer.dataset.wording).prompt(history)));

  const std::size_t length = layer.masks.targetLength(sample);
  QVector<double> positions;
  QVector<double> counts;
  for (std::size_t position = 0; position < length; ++position) {
    positions << double(position);
    counts << double(layer.masks.validCount(sample, position));
  }
  showChips();
  validCounts_->setBars(positions, counts);
  validCounts_->setReferenceLine(double(layer.tokenizer.vocabSize()),
                                 tr("vocabulary: %1").arg(layer.tokenizer.vocabSize()));
  {
    QSignalBlocker blocker(position_);
    position_->setRange(0, static_cast<int>(length) - 1);
    position_->setValue(0);
  }
  clearProbabilities();
  selectPosition(0);
  requestProbabilities();
}

void MaskInspectorPage::showChips() {
  const TextLayer& layer = *snapshot_.layer;
  QStringList chips;
  const QColor chipColor = palette().color(QPalette::AlternateBase);
  const QColor border = palette().color(QPalette::Mid);
  for (std::size_t position = 0; position < layer.masks.targetLength(*sample_); ++position) {
    const TokenId token = layer.masks.targetToken(*sample_, position);
    chips << QStringLiteral(
                 "<span style=\"background-color:%1; border:1px solid %2;\">&nbsp;%3&nbsp;</span>")
                 .arg(chipColor.name(), border.name(),
                      tokenDisplayText(layer.tokenizer, token).toHtmlEscaped());
  }
  chips_->setText(chips.join(QStringLiteral(" ")));
}

void MaskInspectorPage::changeEvent(QEvent* event) {
  // The chips are HTML with the palette's colours baked in: a light/dark switch redraws them.
  if (event->type() == QEvent::PaletteChange && sample_) showChips();
  QWidget::changeEvent(event);
}

void MaskInspectorPage::selectPosition(std::size_t position) {
  if (!sample_ || position >= snapshot_.layer->masks.targetLength(*sample_)) return;
  if (position_->value() != static_cast<int>(position)) {
    QSignalBlocker blocker(position_);
    position_->setValue(static_cast<int>(position));
  }
  validTokens_->setPosition(snapshot_, *sample_, position);
  showPositionProbabilities(position);
}

SampleListModel* MaskInspectorPage::sampleModel() const {
  return sampleList_->model();
}

QString MaskInspectorPage::promptText() const {
  return prompt_->toPlainText();
}

QString MaskInspectorPage::chipsText() const {
  return chips_->text();
}

}  // namespace ui
}  // namespace msl
