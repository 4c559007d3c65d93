// msl-workbench: the Qt desktop workbench. Options let scripts and the documentation start it on
// the demo workspace and save a screenshot without a person at the screen.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <exception>
#include <memory>
#include <set>

#include "ui/main_window.h"
#include "ui/mask_inspector_page.h"
#include "ui/model_source_picker.h"
#include "ui/recommendation_column.h"
#include "ui/recommendations_page.h"
#include "ui/runs_page.h"
#include "ui/settings_dialog.h"
#include "ui/train_page.h"
#include "ui/workspace_loader.h"

#include <QTabWidget>

namespace {

void installTranslations(QApplication& app) {
  QString language = msl::ui::SettingsDialog::languageSetting();
  if (language.isEmpty()) language = QLocale::system().name();
  auto* own = new QTranslator(&app);
  if (own->load(QStringLiteral(":/i18n/msl_workbench_%1").arg(language)) ||
      own->load(QStringLiteral(":/i18n/msl_workbench_%1")
                    .arg(language.section(QLatin1Char('_'), 0, 0)))) {
    app.installTranslator(own);
  }
  auto* qt = new QTranslator(&app);
  if (qt->load(QStringLiteral("qtbase_%1").arg(language),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    app.installTranslator(qt);
  }
}

msl::ui::MainWindow::Page pageNamed(const QString& name) {
  if (name == QLatin1String("masks") || name == QLatin1String("trie"))
    return msl::ui::MainWindow::MaskPageIndex;
  if (name == QLatin1String("runs")) return msl::ui::MainWindow::RunsPageIndex;
  if (name == QLatin1String("recommendations"))
    return msl::ui::MainWindow::RecommendationsPageIndex;
  if (name == QLatin1String("train")) return msl::ui::MainWindow::TrainPageIndex;
  return msl::ui::MainWindow::WorkspacePageIndex;
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("msl-workbench"));
  QApplication::setApplicationName(QStringLiteral("msl-workbench"));
  QApplication::setApplicationDisplayName(QStringLiteral("MSL Workbench"));
  QApplication::setApplicationVersion(QStringLiteral(MSLW_VERSION));
  installTranslations(app);

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate(
      "main", "Fine-tune an LLM recommender with the Masked Softmax Loss."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption demo(
      QStringLiteral("demo"),
      QApplication::translate("main", "Create and open the demo workspace."));
  const QCommandLineOption workspace(QStringLiteral("workspace"),
                                     QApplication::translate("main", "Demo workspace folder."),
                                     QStringLiteral("dir"), msl::ui::MainWindow::defaultDemoDir());
  const QCommandLineOption data(QStringLiteral("data"),
                                QApplication::translate("main", "Open this dataset folder."),
                                QStringLiteral("dir"));
  const QCommandLineOption store(QStringLiteral("store"),
                                 QApplication::translate("main", "Experiment store file."),
                                 QStringLiteral("file"));
  const QCommandLineOption page(
      QStringLiteral("page"),
      QApplication::translate(
          "main", "Page to show: workspace, train, masks, trie, recommendations, runs."),
      QStringLiteral("name"));
  const QCommandLineOption screenshot(
      QStringLiteral("screenshot"),
      QApplication::translate(
          "main", "Save the window as this PNG once the workspace is shown, then quit."),
      QStringLiteral("file"));
  const QCommandLineOption exportCharts(
      QStringLiteral("export-charts"),
      QApplication::translate(
          "main",
          "Select every run of the store on the Runs page, save the charts "
          "of the loss, the row loss at τ, τ, the invalid mass and the validation NDCG@10 into "
          "this folder as PNG, then quit (after --screenshot, if given)."),
      QStringLiteral("dir"));
  const QCommandLineOption run(
      QStringLiteral("run"),
      QApplication::translate("main",
                              "Once the workspace is shown, load this run of the store where a "
                              "model is shown: Inspect masks and Model A of Recommendations, "
                              "Model B its counterpart (--screenshot waits for both)."),
      QStringLiteral("id"));
  const QCommandLineOption train(
      QStringLiteral("train"),
      QApplication::translate("main",
                              "Once the workspace is shown, apply this preset on the Train page "
                              "and start it (--screenshot waits for the run to end)."),
      QStringLiteral("preset"));
  parser.addOptions({demo, workspace, data, store, page, screenshot, exportCharts, run, train});
  parser.process(app);

  msl::ui::MainWindow window;
  window.setStorePath(parser.isSet(store) ? parser.value(store)
                                          : msl::ui::SettingsDialog::storeSetting());
  if (parser.isSet(screenshot)) window.resize(1400, 900);
  window.show();

  if (parser.isSet(screenshot)) {
    const QString file = parser.value(screenshot);
    const QString pageName = parser.value(page);
    auto grab = [&window, file, pageName] {
      window.showPage(pageNamed(pageName));
      if (pageName == QLatin1String("trie")) {
        if (auto* tabs = window.maskPage()->findChild<QTabWidget*>()) tabs->setCurrentIndex(1);
      }
      // Give queued replots and the runs poller a moment before grabbing.
      QTimer::singleShot(1500, &window, [&window, file] {
        window.grab().save(file);
        QApplication::quit();
      });
    };
    if (parser.isSet(exportCharts)) {
      // The screenshot shows the page as the charts left it: every run selected.
      QObject::connect(window.runsPage(), &msl::ui::RunsPage::chartsExported, &window, grab);
    } else if (parser.isSet(train)) {
      QObject::connect(window.trainPage(), &msl::ui::TrainPage::runCheckpointed, &window, grab);
    } else if (parser.isSet(run)) {
      // Once both Recommendations columns have shown their lists, or failed to, or (Model B)
      // found no counterpart to load.
      auto pending = std::make_shared<std::set<int>>(std::set<int>{0, 1});
      const auto settled = [pending, grab](int side) {
        if (pending->erase(side) == 1 && pending->empty()) grab();
      };
      auto* page = window.recommendationsPage();
      for (int side = 0; side < 2; ++side) {
        const auto done = [settled, side] { settled(side); };
        QObject::connect(page->column(side), &msl::ui::RecommendationColumn::outcomeShown, &window,
                         done);
        QObject::connect(page->column(side), &msl::ui::RecommendationColumn::failed, &window, done);
      }
      QObject::connect(page->column(1)->picker(), &msl::ui::ModelSourcePicker::counterpartChosen,
                       &window, [settled](bool found) {
                         if (!found) settled(1);
                       });
    } else if (parser.isSet(demo) || parser.isSet(data)) {
      QObject::connect(&window, &msl::ui::MainWindow::workspaceShown, &window, grab);
      QObject::connect(window.loader(), &msl::ui::WorkspaceLoader::workspaceFailed, &app,
                       [] { QApplication::exit(1); });
    } else {
      grab();
    }
  }
  if (parser.isSet(exportCharts)) {
    const QString dir = parser.value(exportCharts);
    window.showPage(pageNamed(QStringLiteral("runs")));
    const QStringList quantities{QStringLiteral("step:loss"),
                                 QStringLiteral("step:masked_cross_entropy"),
                                 QStringLiteral("step:row_loss_at_tau"),
                                 QStringLiteral("step:tau"),
                                 QStringLiteral("step:invalid_mass"),
                                 QStringLiteral("eval:valid:NDCG@10")};
    const bool thenScreenshot = parser.isSet(screenshot);
    QObject::connect(window.runsPage(), &msl::ui::RunsPage::chartsExported, &app,
                     [quantities, thenScreenshot](const QStringList& files) {
                       for (const QString& file : files) std::printf("%s\n", qPrintable(file));
                       if (thenScreenshot) return;
                       QApplication::exit(files.size() == quantities.size() ? 0 : 1);
                     });
    window.runsPage()->exportCharts(dir, quantities);
  }
  if (parser.isSet(train)) {
    const QString preset = parser.value(train);
    QObject::connect(&window, &msl::ui::MainWindow::workspaceShown, &window, [&window, preset] {
      try {
        window.trainPage()->applyPreset(preset);
      } catch (const std::exception& error) {
        std::fprintf(stderr, "--train: %s\n", error.what());
        QApplication::exit(2);
        return;
      }
      window.trainPage()->startTraining();
    });
  }
  if (parser.isSet(run)) {
    const msl::RunId followed = parser.value(run).toLongLong();
    QObject::connect(&window, &msl::ui::MainWindow::workspaceShown, &window, [&window, followed] {
      window.followRun(followed);
      // Load what the pickers now name, as the user's Load buttons would.
      window.maskPage()->loadModel(window.maskPage()->modelPicker()->source());
      auto* page = window.recommendationsPage();
      page->column(0)->loadModel(page->column(0)->picker()->source());
    });
    // Model B's counterpart is chosen once its picker has listed the store's runs.
    auto* modelB = window.recommendationsPage()->column(1);
    QObject::connect(modelB->picker(), &msl::ui::ModelSourcePicker::counterpartChosen, &window,
                     [modelB](bool found) {
                       if (found) modelB->loadModel(modelB->picker()->source());
                     });
  }
  if (parser.isSet(data)) {
    window.openDataset(parser.value(data));
  } else if (parser.isSet(demo)) {
    window.createDemoWorkspace(parser.value(workspace));
  }
  // After the workspace request, which shows the Workspace page while it loads.
  if (parser.isSet(page)) window.showPage(pageNamed(parser.value(page)));
  return app.exec();
}
