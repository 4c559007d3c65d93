#pragma once
// What SQLite's exceptions become when they leave the store: msl::Error naming the store file
// and what was being done, and DiskFull when the disk (or quota) ran out, so that the trainer
// can tell a full disk from a damaged store.
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <string>

#include "common/error.h"

namespace msl {

[[noreturn]] inline void throwStoreError(const std::string& store, const std::string& what,
                                         const std::exception& error) {
  if (dynamic_cast<const DiskFull*>(&error)) throw;
  const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&error);
  if (sqlite && (sqlite->getErrorCode() & 0xff) == SQLITE_FULL)
    throw DiskFull(store + ": disk full: " + what + ": " + error.what());
  if (dynamic_cast<const Error*>(&error) && !sqlite) throw;
  throw Error(store + ": " + what + ": " + error.what());
}

// Runs `work`, converting what it throws as throwStoreError does.
template <typename Work>
auto inStore(const std::string& store, const std::string& what, Work&& work) -> decltype(work()) {
  try {
    return work();
  } catch (const std::exception& error) {
    throwStoreError(store, what, error);
  }
}

}  // namespace msl
