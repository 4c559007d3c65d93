#pragma once
// RFC 4180 output: a field holding a comma, a double quote, CR or LF is wrapped in double
// quotes with its quotes doubled; records end with CRLF.
#include <string>
#include <vector>

namespace msl {

std::string csvField(const std::string& value);
// The fields joined by commas, followed by CRLF.
std::string csvRecord(const std::vector<std::string>& fields);

}  // namespace msl
