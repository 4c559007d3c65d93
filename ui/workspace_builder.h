#pragma once
// The worker side of WorkspaceLoader: plain functions, no QObject, so they run on any thread.
#include <QString>
#include <functional>

#include "ui/workspace_request.h"
#include "ui/workspace_snapshot.h"

namespace msl {
namespace ui {

// stage text (translated), percent 0..100; returns false to cancel (common/error.h)
using WorkspaceProgress = std::function<bool(const QString& stage, int percent)>;

// Throws msl::Error / std::exception with a message naming the file at fault, and
// msl::Cancelled when `progress` returned false.
WorkspaceSnapshot buildWorkspace(const WorkspaceRequest& request,
                                 const WorkspaceProgress& progress);

}  // namespace ui
}  // namespace msl
