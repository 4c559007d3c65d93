#include "data/csv_reader.h"

#include "common/error.h"

namespace msl {

CsvReader::CsvReader(std::istream& in, std::string fileName)
    : in_(in), fileName_(std::move(fileName)) {}

bool CsvReader::readPhysicalLine(std::string& line) {
  if (!std::getline(in_, line)) return false;
  ++lineNumber_;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

bool CsvReader::next(CsvRecord& record) {
  std::string line;
  do {
    if (!readPhysicalLine(line)) return false;
  } while (line.empty());

  record.line = lineNumber_;
  record.fields.clear();
  std::string field;
  std::size_t pos = 0;
  while (true) {
    field.clear();
    if (pos < line.size() && line[pos] == '"') {
      ++pos;
      while (true) {
        if (pos >= line.size()) {
          std::string continuation;
          if (!readPhysicalLine(continuation))
            throwAt(fileName_, record.line, "unterminated quoted field (expected a closing '\"')");
          field += '\n';
          line = std::move(continuation);
          pos = 0;
          continue;
        }
        const char c = line[pos++];
        if (c != '"') {
          field += c;
        } else if (pos < line.size() && line[pos] == '"') {
          field += '"';
          ++pos;
        } else {
          break;
        }
      }
      if (pos < line.size() && line[pos] != ',')
        throwAt(fileName_, lineNumber_,
                "unexpected text after a closing quote in column " +
                    std::to_string(record.fields.size() + 1) + " (expected ',' or end of line)");
    } else {
      const std::size_t end = line.find(',', pos);
      const std::size_t stop = end == std::string::npos ? line.size() : end;
      field.assign(line, pos, stop - pos);
      if (field.find('"') != std::string::npos)
        throwAt(fileName_, lineNumber_,
                "unexpected '\"' inside unquoted column " +
                    std::to_string(record.fields.size() + 1) +
                    " (expected the whole field to be quoted)");
      pos = stop;
    }
    record.fields.push_back(field);
    if (pos >= line.size()) break;
    ++pos;  // the comma
    if (pos == line.size()) {
      record.fields.emplace_back();
      break;
    }
  }
  return true;
}

}  // namespace msl
