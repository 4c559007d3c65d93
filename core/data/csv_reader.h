#pragma once
// A small RFC 4180 CSV reader: fields separated by commas, optionally wrapped in double quotes
// ("" inside quotes is one quote; quoted fields may span lines). We keep our own instead of a
// library so that every error names the file and the line where the record starts.
#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace msl {

struct CsvRecord {
  std::size_t line = 0;  // 1-based line where the record starts
  std::vector<std::string> fields;
};

class CsvReader {
 public:
  // `fileName` only serves error messages; the stream must outlive the reader.
  CsvReader(std::istream& in, std::string fileName);

  // Reads the next non-blank record; false at end of input. Throws msl::Error
  // ("file:line: ...") on an unterminated quote or text after a closing quote.
  bool next(CsvRecord& record);

  const std::string& fileName() const { return fileName_; }

 private:
  bool readPhysicalLine(std::string& line);

  std::istream& in_;
  std::string fileName_;
  std::size_t lineNumber_ = 0;
};

}  // namespace msl
