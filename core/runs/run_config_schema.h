#pragma once
// Every key of the run config once: its path, the kind of value, what is allowed and where the
// value lives in RunConfig. The reader, the writer and the Train page's form are all driven by
// this table, so a key added here is read, written, checked and shown; the defaults are
// RunConfig's own member initialisers and the presets start from them (runs/run_presets.cpp).
#include <array>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "common/json_reader.h"
#include "runs/run_config.h"

namespace msl {

enum class RunConfigValueKind { Text, Path, Integer, Number, Bool, Choice, NumberPair, Names };

struct RunConfigKey {
  template <typename T>
  using Field = T& (*)(RunConfig&);
  using Value =
      std::variant<Field<std::string>, Field<bool>, Field<std::int64_t>, Field<std::uint64_t>,
                   Field<double>, Field<std::vector<std::string>>, std::array<Field<double>, 2>>;

  std::string path;  // "loss.tau", as errors and the form name it
  RunConfigValueKind kind = RunConfigValueKind::Text;
  Value field;
  // Choice: the values; Names: the values a list may hold.
  std::vector<std::string> allowed;
  // Integer, Number and each number of a NumberPair.
  NumberRange range;
  // Text with a rule beyond "a string" (training.device): the check and how to say it.
  bool (*accepts)(const std::string&) = nullptr;
  std::string acceptedText;
};

const std::vector<RunConfigKey>& runConfigSchema();
// nullptr when `path` is not a key of the run config.
const RunConfigKey* findRunConfigKey(const std::string& path);

}  // namespace msl
