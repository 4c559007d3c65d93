#include "ui/sample_list_panel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/plain_text.h"
#include "ui/sample_list_model.h"

namespace msl {
namespace ui {

SampleListPanel::SampleListPanel(QWidget* parent)
    : QWidget(parent),
      samples_(new SampleListModel(this)),
      proxy_(new QSortFilterProxyModel(this)),
      filter_(new QLineEdit(this)),
      table_(new QTableView(this)) {
  filter_->setPlaceholderText(tr("Search users or target titles"));
  filter_->setClearButtonEnabled(true);
  filter_->setAccessibleName(tr("Search samples"));
  proxy_->setSourceModel(samples_);
  proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  proxy_->setFilterKeyColumn(-1);
  connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
  table_->setModel(proxy_);
  table_->setSortingEnabled(true);
  table_->sortByColumn(SampleListModel::IndexColumn, Qt::AscendingOrder);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->verticalHeader()->setVisible(false);
  // Fitting columns to their contents reads every row of a hidden table (Qt caps it at 1000):
  // a sample of the first rows is enough for widths and keeps the workspace's arrival quick.
  table_->horizontalHeader()->setResizeContentsPrecision(100);
  table_->setAccessibleName(tr("Samples"));
  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) {
            if (current.isValid())
              Q_EMIT sampleChosen(
                  static_cast<std::size_t>(current.data(SampleListModel::SampleIndexRole).toInt()));
          });
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(filter_);
  layout->addWidget(table_);
}

void SampleListPanel::showSnapshot(const WorkspaceSnapshot& snapshot) {
  samples_->setSnapshot(snapshot);
  resizeColumnsToContents(table_);
  if (samples_->rowCount() > 0) table_->selectRow(0);
}

}  // namespace ui
}  // namespace msl
