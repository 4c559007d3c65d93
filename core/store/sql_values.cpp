#include "store/sql_values.h"

#include <cmath>
#include <cstring>

#include "common/error.h"

namespace msl {
namespace {

void appendLittleEndian(std::string& out, std::uint64_t bits) {
  for (int shift = 0; shift < 64; shift += 8) out.push_back(static_cast<char>(bits >> shift));
}

std::uint64_t readLittleEndian(const std::string& bytes, std::size_t offset) {
  std::uint64_t bits = 0;
  for (int i = 0; i < 8; ++i) {
    bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[offset + i])) << (8 * i);
  }
  return bits;
}

void checkWholeWords(const std::string& bytes, const char* what) {
  if (bytes.size() % 8 != 0) {
    throw Error(std::string(what) + ": blob of " + std::to_string(bytes.size()) +
                " bytes is not a whole number of 8-byte values");
  }
}

}  // namespace

void bindReal(SQLite::Statement& statement, int index, double value) {
  if (std::isnan(value)) {
    statement.bind(index);
  } else {
    statement.bind(index, value);
  }
}

void bindOptionalInteger(SQLite::Statement& statement, int index,
                         std::optional<std::int64_t> value) {
  if (value) {
    statement.bind(index, static_cast<int64_t>(*value));
  } else {
    statement.bind(index);
  }
}

void bindBlob(SQLite::Statement& statement, int index, const std::string& bytes) {
  statement.bind(index, bytes.data(), static_cast<int>(bytes.size()));
}

double realOrNaN(const SQLite::Column& column) {
  return column.isNull() ? std::nan("") : column.getDouble();
}

std::optional<double> optionalReal(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getDouble();
}

std::optional<std::int64_t> optionalInteger(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getInt64();
}

std::string blobBytes(const SQLite::Column& column) {
  if (column.isNull()) return {};
  const auto* data = static_cast<const char*>(column.getBlob());
  return std::string(data, data + column.getBytes());
}

std::string packInt64s(const std::vector<std::int64_t>& values) {
  std::string bytes;
  for (std::int64_t value : values) appendLittleEndian(bytes, static_cast<std::uint64_t>(value));
  return bytes;
}

std::vector<std::int64_t> unpackInt64s(const std::string& bytes) {
  checkWholeWords(bytes, "recommended items");
  std::vector<std::int64_t> values;
  for (std::size_t offset = 0; offset < bytes.size(); offset += 8) {
    values.push_back(static_cast<std::int64_t>(readLittleEndian(bytes, offset)));
  }
  return values;
}

std::string packDoubles(const std::vector<double>& values) {
  std::string bytes;
  for (double value : values) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    appendLittleEndian(bytes, bits);
  }
  return bytes;
}

std::vector<double> unpackDoubles(const std::string& bytes) {
  checkWholeWords(bytes, "recommendation scores");
  std::vector<double> values;
  for (std::size_t offset = 0; offset < bytes.size(); offset += 8) {
    const std::uint64_t bits = readLittleEndian(bytes, offset);
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    values.push_back(value);
  }
  return values;
}

}  // namespace msl
