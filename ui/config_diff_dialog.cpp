#include "ui/config_diff_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace msl {
namespace ui {

namespace {

QString side(const std::optional<std::string>& value) {
  return value ? QString::fromStdString(*value) : ConfigDiffDialog::tr("(absent)");
}

}  // namespace

ConfigDiffDialog::ConfigDiffDialog(const std::vector<ConfigDifference>& differences,
                                   const QString& leftTitle, const QString& rightTitle,
                                   QWidget* parent)
    : QDialog(parent) {
  setWindowTitle(tr("Compare run configs"));
  auto* table = new QTableWidget(static_cast<int>(differences.size()), 3, this);
  table->setObjectName(QStringLiteral("differences"));
  table->setHorizontalHeaderLabels({tr("Key"), leftTitle, rightTitle});
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->horizontalHeader()->setStretchLastSection(true);
  for (int row = 0; row < table->rowCount(); ++row) {
    const ConfigDifference& difference = differences[static_cast<std::size_t>(row)];
    table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(difference.path)));
    table->setItem(row, 1, new QTableWidgetItem(side(difference.left)));
    table->setItem(row, 2, new QTableWidgetItem(side(difference.right)));
  }
  table->resizeColumnsToContents();
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(
      differences.empty() ? tr("The configs are the same.")
                          : tr("%n key(s) differ.", nullptr, static_cast<int>(differences.size())),
      this));
  layout->addWidget(table);
  layout->addWidget(buttons);
  resize(720, 420);
}

}  // namespace ui
}  // namespace msl
