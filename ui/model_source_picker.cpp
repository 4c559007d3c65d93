#include "ui/model_source_picker.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "runs/run_counterpart.h"
#include "ui/plain_text.h"
#include "ui/store_reader.h"

namespace msl {
namespace ui {

namespace {

QWidget* row(QWidget* parent, std::initializer_list<QWidget*> widgets) {
  auto* holder = new QWidget(parent);
  auto* layout = new QHBoxLayout(holder);
  layout->setContentsMargins(0, 0, 0, 0);
  for (QWidget* widget : widgets)
    layout->addWidget(widget, qobject_cast<QLineEdit*>(widget) ? 1 : 0);
  return holder;
}

QPushButton* browseButton(QWidget* parent, QLineEdit* target, bool folder) {
  auto* button = new QPushButton(QObject::tr("…"), parent);
  button->setMaximumWidth(button->fontMetrics().horizontalAdvance(QStringLiteral("…")) * 4);
  button->setAccessibleName(QObject::tr("Browse"));
  QObject::connect(button, &QPushButton::clicked, parent, [parent, target, folder] {
    const QString chosen =
        folder ? QFileDialog::getExistingDirectory(parent, QString(), target->text())
               : QFileDialog::getOpenFileName(parent, QString(), target->text(),
                                              QObject::tr("SQLite store (*.sqlite)"));
    if (!chosen.isEmpty()) target->setText(chosen);
  });
  return button;
}

}  // namespace

ModelSourcePicker::ModelSourcePicker(const QString& label, QWidget* parent)
    : QWidget(parent),
      kind_(new QComboBox(this)),
      pages_(new QStackedWidget(this)),
      checkpoint_(new QLineEdit(this)),
      adapter_(new QLineEdit(this)),
      store_(new QLineEdit(this)),
      run_(new QComboBox(this)),
      step_(new QSpinBox(this)),
      load_(new QPushButton(tr("Load"), this)),
      status_(new QLabel(this)),
      reader_(new StoreReader(this)) {
  qRegisterMetaType<msl::ModelSource>();
  kind_->addItems({tr("Checkpoint folder"), tr("Stored run")});
  kind_->setAccessibleName(tr("%1: model source").arg(label));
  checkpoint_->setPlaceholderText(tr("config.json, model.safetensors, tokenizer.json"));
  adapter_->setPlaceholderText(tr("LoRA adapter (optional)"));
  store_->setPlaceholderText(tr("experiments.sqlite"));
  checkpoint_->setAccessibleName(tr("%1: checkpoint folder").arg(label));
  adapter_->setAccessibleName(tr("%1: LoRA adapter folder").arg(label));
  store_->setAccessibleName(tr("%1: experiment store").arg(label));
  load_->setAccessibleName(tr("Load %1").arg(label));
  run_->setAccessibleName(tr("%1: run").arg(label));
  run_->setMinimumContentsLength(14);
  // -1 stands for the newest checkpoint on disk.
  step_->setRange(-1, 1 << 30);
  step_->setValue(-1);
  step_->setSpecialValueText(tr("latest"));
  step_->setPrefix(tr("step "));
  step_->setAccessibleName(tr("%1: checkpoint step").arg(label));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  pages_->addWidget(row(this, {checkpoint_, browseButton(this, checkpoint_, true), adapter_,
                               browseButton(this, adapter_, true)}));
  pages_->addWidget(row(this, {store_, browseButton(this, store_, false), run_, step_}));
  pages_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
  connect(kind_, qOverload<int>(&QComboBox::currentIndexChanged), pages_,
          &QStackedWidget::setCurrentIndex);
  connect(store_, &QLineEdit::editingFinished, this, [this] {
    reader_->setStorePath(store_->text());
    if (!store_->text().isEmpty()) reader_->listRuns();
  });
  connect(reader_, &StoreReader::runsListed, this, &ModelSourcePicker::showRuns);
  connect(reader_, &StoreReader::failed, this, &ModelSourcePicker::setStatus);
  connect(load_, &QPushButton::clicked, this, [this] { Q_EMIT loadRequested(source()); });

  // Compact rows, so that two pickers side by side leave the page room for its lists. The status
  // has a row of its own: beside the buttons, a long store path squeezed the fields to slivers.
  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(label, this));
  top->addWidget(kind_);
  top->addWidget(load_);
  top->addStretch(1);
  // Never wider than the column: a path without spaces is clipped (its tooltip holds it all).
  status_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(top);
  layout->addWidget(pages_);
  layout->addWidget(status_);
}

ModelSource ModelSourcePicker::source() const {
  ModelSource source;
  if (kind_->currentIndex() == 0) {
    source.checkpoint = checkpoint_->text().trimmed().toStdString();
    source.adapter = adapter_->text().trimmed().toStdString();
    return source;
  }
  source.store = store_->text().trimmed().toStdString();
  source.run = run_->currentData().toLongLong();
  if (step_->value() >= 0) source.step = step_->value();
  return source;
}

void ModelSourcePicker::setSource(const ModelSource& source) {
  kind_->setCurrentIndex(source.fromStore() ? 1 : 0);
  checkpoint_->setText(QString::fromStdString(source.checkpoint));
  adapter_->setText(QString::fromStdString(source.adapter));
  if (source.fromStore()) {
    setStorePath(QString::fromStdString(source.store));
    if (run_->findData(qlonglong(source.run)) < 0)
      run_->addItem(tr("run %1").arg(source.run), qlonglong(source.run));
    run_->setCurrentIndex(run_->findData(qlonglong(source.run)));
  }
  step_->setValue(source.step ? int(*source.step) : -1);
}

void ModelSourcePicker::setStorePath(const QString& path) {
  if (store_->text() == path) return;
  store_->setText(path);
  reader_->setStorePath(path);
  if (!path.isEmpty()) reader_->listRuns();
}

void ModelSourcePicker::setStatus(const QString& text) {
  status_->setText(text);
  status_->setToolTip(text);
}

void ModelSourcePicker::showRuns(const std::vector<RunSummary>& runs) {
  const QVariant chosen = run_->currentData();
  run_->clear();
  for (const RunSummary& summary : runs) {
    run_->addItem(tr("%1 (run %2, %3)")
                      .arg(isolatedForDisplay(QString::fromStdString(summary.run.name)))
                      .arg(summary.run.id)
                      .arg(QString::fromStdString(summary.run.lossKind)),
                  qlonglong(summary.run.id));
  }
  const int index = run_->findData(chosen);
  if (index >= 0) run_->setCurrentIndex(index);
  if (!counterpartOf_) return;
  std::vector<RunRecord> records;
  for (const RunSummary& summary : runs) records.push_back(summary.run);
  const std::optional<RunId> counterpart = counterpartRun(records, *counterpartOf_);
  counterpartOf_.reset();
  if (counterpart) {
    kind_->setCurrentIndex(1);
    run_->setCurrentIndex(run_->findData(qlonglong(*counterpart)));
    step_->setValue(-1);
  }
  Q_EMIT counterpartChosen(counterpart.has_value());
}

void ModelSourcePicker::chooseCounterpartOf(const QString& storePath, RunId run) {
  counterpartOf_ = run;
  // Listed again even for the same store: the run to pair may have just finished.
  if (store_->text() == storePath)
    reader_->listRuns();
  else
    setStorePath(storePath);
}

}  // namespace ui
}  // namespace msl
