#include "ui/run_picker_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/store_reader.h"

namespace msl {
namespace ui {

RunPickerDialog::RunPickerDialog(const QString& storePath, const QString& title, Filter filter,
                                 QWidget* parent)
    : QDialog(parent),
      filter_(std::move(filter)),
      table_(new QTableWidget(0, 4, this)),
      status_(new QLabel(tr("Reading the experiment store…"), this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
  setWindowTitle(title);
  table_->setHorizontalHeaderLabels({tr("Run"), tr("Name"), tr("Status"), tr("Steps")});
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->horizontalHeader()->setStretchLastSection(true);
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
  connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(table_, &QTableWidget::itemSelectionChanged, this, [this] {
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(selectedRun().has_value());
  });
  connect(table_, &QTableWidget::cellDoubleClicked, this, [this] {
    if (selectedRun()) accept();
  });
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(status_);
  layout->addWidget(table_);
  layout->addWidget(buttons_);
  resize(640, 400);

  auto* reader = new StoreReader(this);
  reader->setStorePath(storePath);
  connect(reader, &StoreReader::runsListed, this, &RunPickerDialog::showRuns);
  connect(reader, &StoreReader::failed, status_, &QLabel::setText);
  reader->listRuns();
}

void RunPickerDialog::showRuns(const std::vector<RunSummary>& runs) {
  runs_.clear();
  for (const RunSummary& run : runs)
    if (!filter_ || filter_(run)) runs_.push_back(run);
  table_->setRowCount(static_cast<int>(runs_.size()));
  for (int row = 0; row < table_->rowCount(); ++row) {
    const RunSummary& summary = runs_[static_cast<std::size_t>(row)];
    const QStringList cells{
        QString::number(summary.run.id), QString::fromStdString(summary.run.name),
        QString::fromStdString(toText(summary.run.status)), QString::number(summary.lastStep)};
    for (int column = 0; column < cells.size(); ++column)
      table_->setItem(row, column, new QTableWidgetItem(cells[column]));
  }
  status_->setText(runs_.empty() ? tr("No run of the store fits.") : tr("Choose a run."));
}

std::optional<RunSummary> RunPickerDialog::selectedRun() const {
  const int row = table_->currentRow();
  if (row < 0 || row >= static_cast<int>(runs_.size()) || table_->selectedItems().isEmpty())
    return std::nullopt;
  return runs_[static_cast<std::size_t>(row)];
}

}  // namespace ui
}  // namespace msl
