#pragma once
// RFC 4180 output, the inverse of data/csv_reader.h: a field holding a comma, a double quote, CR
// or LF is wrapped in double quotes with its quotes doubled; records end with CRLF.
#include <string>
#include <string_view>
#include <vector>

namespace msl {

std::string csvField(std::string_view text);

// Text for a cell of a file people open in a spreadsheet (exports, not dataset files): text that
// starts with = + - @, a tab or a CR would run as a formula there, so it gets a leading
// apostrophe (OWASP's advice on CSV injection). Numbers are written as they are. Quote the
// result with csvField as any field.
std::string spreadsheetSafe(std::string_view text);

// The fields joined by commas, followed by CRLF; fields are written as given (csvField quotes).
std::string csvRecord(const std::vector<std::string>& fields);

}  // namespace msl
