#include "ui/history_panel.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/history_model.h"
#include "ui/plain_text.h"
#include "ui/result_table.h"

namespace msl {
namespace ui {

HistoryPanel::HistoryPanel(QWidget* parent)
    : QWidget(parent),
      history_(new HistoryModel(this)),
      addItem_(new QLineEdit(this)),
      groundTruth_(new QLabel(this)) {
  table_ = makeResultTable(history_, tr("History"), this);
  table_->verticalHeader()->setVisible(true);
  connect(history_, &HistoryModel::historyEdited, this, &HistoryPanel::historyEdited);
  auto* remove = new QPushButton(tr("Remove"), this);
  remove->setShortcut(QKeySequence::Delete);
  connect(remove, &QPushButton::clicked, this, [this] {
    const QModelIndex current = table_->currentIndex();
    if (current.isValid()) removeItem(current.row());
  });
  auto* reset = new QPushButton(tr("Reset"), this);
  connect(reset, &QPushButton::clicked, this, &HistoryPanel::resetRequested);
  addItem_->setPlaceholderText(tr("Add an item: id or title"));
  addItem_->setAccessibleName(tr("Add item"));
  connect(addItem_, &QLineEdit::returnPressed, this, &HistoryPanel::addTypedItem);
  auto* add = new QPushButton(tr("Add"), this);
  connect(add, &QPushButton::clicked, this, &HistoryPanel::addTypedItem);
  auto* addRow = new QHBoxLayout;
  addRow->addWidget(addItem_, 1);
  addRow->addWidget(add);
  auto* editRow = new QHBoxLayout;
  editRow->addStretch();
  editRow->addWidget(remove);
  editRow->addWidget(reset);
  groundTruth_->setWordWrap(true);
  groundTruth_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  usePlainText(groundTruth_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(new QLabel(tr("History (oldest first)"), this));
  layout->addWidget(table_, 1);
  layout->addLayout(addRow);
  layout->addLayout(editRow);
  layout->addWidget(groundTruth_);
}

void HistoryPanel::setCatalog(std::shared_ptr<const Dataset> dataset) {
  dataset_ = std::move(dataset);
  history_->clear();
  groundTruth_->clear();
  QStringList titles;
  for (const Item& item : dataset_->catalog.items())
    titles << QStringLiteral("%1 [%2]").arg(QString::fromStdString(item.title)).arg(item.id);
  auto* completer = new QCompleter(titles, addItem_);
  completer->setCaseSensitivity(Qt::CaseInsensitive);
  completer->setFilterMode(Qt::MatchContains);
  QCompleter* previous = addItem_->completer();
  addItem_->setCompleter(completer);
  delete previous;
}

void HistoryPanel::showSample(const Sample& sample) {
  history_->setHistory(dataset_, sample.history());
  resizeColumnsToContents(table_);
  groundTruth_->setText(
      tr("User %1's next item: %2 [%3]")
          .arg(isolatedForDisplay(QString::fromStdString(sample.userId)))
          .arg(isolatedForDisplay(QString::fromStdString(dataset_->catalog.title(sample.target()))))
          .arg(sample.target()));
}

bool HistoryPanel::removeItem(int row) {
  if (history_->rowCount() <= 1) return false;
  return history_->removeRows(row, 1);
}

bool HistoryPanel::appendItem(ItemId item) {
  return history_->appendItem(item);
}

void HistoryPanel::addTypedItem() {
  // "Title [id]" from the completer, or a bare id.
  static const QRegularExpression idPattern(QStringLiteral("(?:\\[(\\d+)\\]|^\\s*(\\d+)\\s*)$"));
  const auto match = idPattern.match(addItem_->text());
  bool ok = false;
  const ItemId item =
      match.hasMatch()
          ? (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1)).toLongLong(&ok)
          : 0;
  if (!ok || !appendItem(item)) {
    Q_EMIT statusMessage(
        tr("'%1' is no item of the catalog; type an id or pick a title.").arg(addItem_->text()));
    return;
  }
  addItem_->clear();
}

QString HistoryPanel::groundTruthText() const {
  return groundTruth_->text();
}

}  // namespace ui
}  // namespace msl
