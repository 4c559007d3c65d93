#pragma once
// Per-module gradient norms are reported at every step for every module (hundreds for a real
// model), so storing the names each step would dominate the database. The store keeps each
// run's module names once (table run_modules, index = order of first appearance) and each
// step's norms as a BLOB of little-endian float32 in that index order, NaN where a module had no
// norm that step: 4 bytes per module per step.
#include <map>
#include <string>
#include <vector>

namespace msl {

class ModuleNormCodec {
 public:
  explicit ModuleNormCodec(std::vector<std::string> knownNames = {});

  // Names that encode() saw for the first time since the last call, in index order; the store
  // inserts them into run_modules with the step batch.
  std::vector<std::string> takeNewNames();

  std::string encode(const std::map<std::string, double>& norms);
  // Throws msl::Error when the blob is not a whole number of floats or has more entries than
  // there are known names.
  std::map<std::string, double> decode(const std::string& blob) const;

  const std::vector<std::string>& names() const { return names_; }

 private:
  std::vector<std::string> names_;
  std::map<std::string, std::size_t> indexOf_;
  std::size_t firstNewName_ = 0;
};

}  // namespace msl
