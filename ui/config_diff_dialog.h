#pragma once
// Shows what differs between the form's run config and a stored run's (store/config_diff.h).
#include <QDialog>
#include <vector>

#include "store/config_diff.h"

namespace msl {
namespace ui {

class ConfigDiffDialog : public QDialog {
  Q_OBJECT

 public:
  ConfigDiffDialog(const std::vector<ConfigDifference>& differences, const QString& leftTitle,
                   const QString& rightTitle, QWidget* parent = nullptr);
};

}  // namespace ui
}  // namespace msl
