#pragma once
// The store's schema as an ordered list of migrations. PRAGMA user_version holds the number of
// the last migration applied; opening a store applies the missing ones in order, each inside
// its own transaction, so a crash mid-migration leaves the previous version intact.
// docs/experiment-store.md describes the resulting tables.
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace msl {

// PRAGMA application_id of every experiment store ("MSLW"), to tell it from other SQLite files.
constexpr int kExperimentStoreApplicationId = 0x4D534C57;

struct SchemaMigration {
  int version;              // user_version after this migration
  std::string description;  // why the schema changed
  std::string sql;          // statements, executed in one transaction
};

const std::vector<SchemaMigration>& schemaMigrations();
int latestSchemaVersion();

// Checks that `database` (opened from `path`) is an experiment store or an empty file, then
// applies the missing migrations. Throws msl::Error naming `path` for a foreign database or a
// schema newer than this workbench knows.
void migrateSchema(SQLite::Database& database, const std::string& path);

}  // namespace msl
