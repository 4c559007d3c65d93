#pragma once
// Conversions between the records' C++ values and SQLite values. SQLite turns NaN into NULL on
// its own; doing it explicitly here makes "not measured" a NULL both ways.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

namespace msl {

void bindReal(SQLite::Statement& statement, int index, double value);
void bindOptionalInteger(SQLite::Statement& statement, int index,
                         std::optional<std::int64_t> value);
void bindBlob(SQLite::Statement& statement, int index, const std::string& bytes);

double realOrNaN(const SQLite::Column& column);
std::optional<double> optionalReal(const SQLite::Column& column);
std::optional<std::int64_t> optionalInteger(const SQLite::Column& column);
std::string blobBytes(const SQLite::Column& column);

// Little-endian packing of the top-K lists of recommendations.
std::string packInt64s(const std::vector<std::int64_t>& values);
std::vector<std::int64_t> unpackInt64s(const std::string& bytes);
std::string packDoubles(const std::vector<double>& values);
std::vector<double> unpackDoubles(const std::string& bytes);

}  // namespace msl
