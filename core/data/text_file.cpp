#include "data/text_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "common/atomic_file.h"
#include "common/error.h"

namespace msl {

std::string readTextFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throwAt(file.string(), 0, "cannot open file for reading");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throwAt(file.string(), 0, "read error");
  return content.str();
}

void writeTextFile(const std::filesystem::path& file, const std::string& text) {
  writeFileAtomically(file, text);
}

std::size_t lineOfOffset(const std::string& text, std::size_t offset) {
  const auto end = text.begin() + static_cast<std::ptrdiff_t>(std::min(offset, text.size()));
  return 1 + static_cast<std::size_t>(std::count(text.begin(), end, '\n'));
}

}  // namespace msl
