// The normal build's driver for a fuzz target: replays every file of the given corpus folders
// (CTest label fuzz-regression), and with --mutations N also tries N seeded random mutations of
// them, which is how targets the libFuzzer build cannot hold (LibTorch) are fuzzed at all.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes readBytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return Bytes(std::istreambuf_iterator<char>(in), {});
}

std::vector<std::filesystem::path> corpusFiles(const std::vector<std::string>& roots) {
  std::vector<std::filesystem::path> files;
  for (const auto& root : roots) {
    if (std::filesystem::is_regular_file(root)) {
      files.emplace_back(root);
      continue;
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
      if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// libFuzzer's simplest moves: flip, overwrite, insert, erase, duplicate a span, splice.
Bytes mutated(const std::vector<Bytes>& seeds, std::mt19937_64& random) {
  Bytes bytes = seeds[random() % seeds.size()];
  const int moves = 1 + static_cast<int>(random() % 4);
  for (int move = 0; move < moves; ++move) {
    const std::size_t at = bytes.empty() ? 0 : random() % bytes.size();
    switch (random() % 6) {
      case 0:
        if (!bytes.empty()) bytes[at] ^= static_cast<std::uint8_t>(1u << (random() % 8));
        break;
      case 1:
        if (!bytes.empty()) bytes[at] = static_cast<std::uint8_t>(random());
        break;
      case 2:
        bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(at),
                     static_cast<std::uint8_t>(random()));
        break;
      case 3:
        if (!bytes.empty())
          bytes.erase(bytes.begin() + static_cast<std::ptrdiff_t>(at),
                      bytes.begin() + static_cast<std::ptrdiff_t>(
                                          std::min(bytes.size(), at + 1 + random() % 16)));
        break;
      case 4: {
        const std::size_t length = std::min<std::size_t>(bytes.size() - at, 1 + random() % 64);
        const Bytes span(bytes.begin() + static_cast<std::ptrdiff_t>(at),
                         bytes.begin() + static_cast<std::ptrdiff_t>(at + length));
        bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(at), span.begin(), span.end());
        break;
      }
      default: {
        const Bytes& other = seeds[random() % seeds.size()];
        if (other.empty()) break;
        const std::size_t from = random() % other.size();
        bytes.resize(at);
        bytes.insert(bytes.end(), other.begin() + static_cast<std::ptrdiff_t>(from), other.end());
      }
    }
  }
  return bytes;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> roots;
  long long mutations = 0;
  std::uint64_t seed = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    if (argument == "--mutations" && i + 1 < argc)
      mutations = std::atoll(argv[++i]);
    else if (argument == "--seed" && i + 1 < argc)
      seed = std::strtoull(argv[++i], nullptr, 10);
    else
      roots.push_back(argument);
  }
  const auto files = corpusFiles(roots);
  if (files.empty()) {
    std::fprintf(stderr, "no corpus files under the given paths\n");
    return 2;
  }
  std::vector<Bytes> seeds;
  for (const auto& file : files) {
    seeds.push_back(readBytes(file));
    // A crash here names the input that caused it.
    std::fprintf(stderr, "replaying %s\n", file.string().c_str());
    LLVMFuzzerTestOneInput(seeds.back().data(), seeds.back().size());
  }
  std::mt19937_64 random(seed);
  for (long long i = 0; i < mutations; ++i) {
    const Bytes input = mutated(seeds, random);
    LLVMFuzzerTestOneInput(input.data(), input.size());
  }
  std::printf("replayed %zu corpus files and %lld mutations (seed %llu)\n", files.size(), mutations,
              static_cast<unsigned long long>(seed));
  return 0;
}
