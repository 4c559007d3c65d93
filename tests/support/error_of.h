#pragma once
// The message of the msl::Error an action throws, or an empty string when it throws none, so
// that a test can assert what the user would read.
#include <QString>

#include <functional>

#include "common/error.h"

inline QString errorOf(const std::function<void()>& action) {
  try {
    action();
  } catch (const msl::Error& error) {
    return QString::fromStdString(error.what());
  }
  return {};
}
