#include "ui/run_table_model.h"

#include <QDateTime>
#include <QTime>

#include "store/run_status.h"
#include "ui/plain_text.h"

namespace msl {
namespace ui {
namespace {

QVariant optionalNumber(const std::optional<double>& value) {
  return value ? QVariant(*value) : QVariant();
}

QString durationText(std::int64_t milliseconds) {
  const std::int64_t seconds = milliseconds / 1000;
  return QStringLiteral("%1:%2:%3")
      .arg(seconds / 3600)
      .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
      .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

RunTableModel::RunTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunTableModel::setRuns(std::vector<RunSummary> runs) {
  beginResetModel();
  runs_ = std::move(runs);
  endResetModel();
}

int RunTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(runs_.size());
}

int RunTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  const RunSummary& summary = runs_[static_cast<std::size_t>(index.row())];
  if (role == RunIdRole) return QVariant::fromValue<qlonglong>(summary.run.id);
  if (role == Qt::ToolTipRole && index.column() == StatusColumn) {
    return plainToolTip(QString::fromStdString(summary.run.failureMessage));
  }
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case NameColumn:
      return QString::fromStdString(summary.run.name);
    case StatusColumn:
      return QString::fromStdString(toText(summary.run.status));
    case KindColumn:
      return QString::fromStdString(summary.run.lossKind);
    case LossColumn:
      return optionalNumber(summary.lastLoss);
    case BestNdcgColumn:
      return optionalNumber(summary.bestNdcgAt10);
    case LastNdcgColumn:
      return optionalNumber(summary.lastNdcgAt10);
    case CreatedColumn:
      return QDateTime::fromMSecsSinceEpoch(summary.run.createdAt).toString(Qt::ISODate);
    case DurationColumn:
      return summary.durationMs ? durationText(*summary.durationMs) : QString();
    case StepsColumn:
      return QVariant::fromValue<qlonglong>(summary.lastStep);
    default:
      return {};
  }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case NameColumn:
      return tr("Name");
    case StatusColumn:
      return tr("Status");
    case KindColumn:
      return tr("Kind");
    case LossColumn:
      return tr("Last loss");
    case BestNdcgColumn:
      return tr("Best NDCG@10");
    case LastNdcgColumn:
      return tr("Last NDCG@10");
    case CreatedColumn:
      return tr("Created");
    case DurationColumn:
      return tr("Duration");
    case StepsColumn:
      return tr("Steps");
    default:
      return {};
  }
}

}  // namespace ui
}  // namespace msl
