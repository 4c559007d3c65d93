#pragma once
// A small demo workspace built synchronously for the ui tests (the same path the GUI worker runs).
#include <QTemporaryDir>

#include "ui/workspace_builder.h"

inline msl::ui::WorkspaceSnapshot buildSmallDemo(const QTemporaryDir& dir) {
  msl::ui::WorkspaceRequest request;
  request.kind = msl::ui::WorkspaceRequest::Kind::CreateDemo;
  request.demoDir = dir.path();
  request.demoItems = 150;
  request.demoUsers = 80;
  request.vocabSize = 600;
  return msl::ui::buildWorkspace(request, [](const QString&, int) { return true; });
}
