#pragma once
// What the user asked the workspace loader for.
#include <QString>

namespace msl {
namespace ui {

struct WorkspaceRequest {
  enum class Kind { OpenDataset, CreateDemo };
  Kind kind = Kind::OpenDataset;
  QString dataDir;  // OpenDataset: the dataset folder
  QString demoDir;  // CreateDemo: the workspace folder (data/ and tokenizer/ are written in it)
  int demoItems = 600;
  int demoUsers = 400;
  int vocabSize = 0;  // 0: 2048 for the demo and small catalogs, 8192 otherwise
};

}  // namespace ui
}  // namespace msl
