#pragma once
// Whole-file reads and writes with errors that name the path.
#include <filesystem>
#include <string>

namespace msl {

std::string readTextFile(const std::filesystem::path& file);
void writeTextFile(const std::filesystem::path& file, const std::string& text);

// 1-based line number of a byte offset in `text`.
std::size_t lineOfOffset(const std::string& text, std::size_t offset);

}  // namespace msl
