// Which experiment store a command uses: an explicit path, $MSLW_STORE, the store of the
// workspace the dataset belongs to, then the XDG default.
#include <QTemporaryDir>
#include <QtTest>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "store/store_location.h"

namespace fs = std::filesystem;

class TestStoreLocation : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  fs::path root() const { return dir_.path().toStdString(); }

 private Q_SLOTS:
  void init() {
    ::unsetenv("MSLW_STORE");
    ::setenv("XDG_DATA_HOME", (root() / "xdg").c_str(), 1);
  }

  void aWorkspaceStoreIsBesideOrInTheDataFolder() {
    fs::create_directories(root() / "demo/data");
    std::ofstream(root() / "demo/experiments.sqlite") << "";
    QCOMPARE(msl::workspaceStorePath((root() / "demo/data").string()),
             (root() / "demo/experiments.sqlite").string());
    QCOMPARE(msl::workspaceStorePath((root() / "demo/data/").string()),
             (root() / "demo/experiments.sqlite").string());
    fs::create_directories(root() / "own");
    std::ofstream(root() / "own/experiments.sqlite") << "";
    QCOMPARE(msl::workspaceStorePath((root() / "own").string()),
             (root() / "own/experiments.sqlite").string());
    fs::create_directories(root() / "plain/data");
    QCOMPARE(msl::workspaceStorePath((root() / "plain/data").string()), std::string());
    QCOMPARE(msl::workspaceStorePath(""), std::string());
  }

  void precedence() {
    fs::create_directories(root() / "ws/data");
    std::ofstream(root() / "ws/experiments.sqlite") << "";
    const std::string data = (root() / "ws/data").string();
    const std::string workspace = (root() / "ws/experiments.sqlite").string();
    QCOMPARE(msl::experimentStorePathFor("/chosen.sqlite", data), std::string("/chosen.sqlite"));
    QCOMPARE(msl::experimentStorePathFor("", data), workspace);
    ::setenv("MSLW_STORE", "/from/environment.sqlite", 1);
    QCOMPARE(msl::experimentStorePathFor("", data), std::string("/from/environment.sqlite"));
    ::unsetenv("MSLW_STORE");
    QCOMPARE(msl::experimentStorePathFor("", (root() / "elsewhere").string()),
             (root() / "xdg/msl-workbench/experiments.sqlite").string());
  }
};

QTEST_MAIN(TestStoreLocation)
#include "tst_store_location.moc"
