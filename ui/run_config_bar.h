#pragma once
// The Train page's row above the run config form: choose and apply a preset (the presets the
// core knows, runs/run_config.h, each under a translated label), load or save the config as
// JSON, fill the form from a stored run's config (clone), or compare the form with one. The bar
// only asks: the page owns the form, the dialogs and the errors.
#include <QString>
#include <QWidget>

class QComboBox;

namespace msl {
namespace ui {

class RunConfigBar : public QWidget {
  Q_OBJECT

 public:
  explicit RunConfigBar(QWidget* parent = nullptr);

  // The preset's core name ("quick-cpu").
  QString currentPreset() const;
  // Selects `preset` when the bar lists it; false otherwise.
  bool setCurrentPreset(const QString& preset);

 Q_SIGNALS:
  void presetApplied(const QString& preset);
  void loadRequested();
  void saveRequested();
  void cloneRequested();
  void compareRequested();

 private:
  QComboBox* presets_;
};

}  // namespace ui
}  // namespace msl
