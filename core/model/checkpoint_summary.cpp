#include "model/checkpoint_summary.h"

#include "common/error.h"
#include "model/checkpoint_tensors.h"

namespace msl {

CheckpointSummary summarizeCheckpoint(const std::filesystem::path& folder) {
  try {
    CheckpointSummary summary;
    summary.folder = folder;
    summary.config = loadModelConfig(folder / "config.json");
    const CheckpointTensors tensors(folder);
    for (const std::string& name : tensors.tensorNames()) {
      const SafetensorsBytes bytes = tensors.bytes(name);
      summary.storedValues += bytes.info->elementCount();
      summary.storedBytes += static_cast<std::int64_t>(bytes.size);
      ++summary.tensorCount;
    }
    const std::int64_t expected = summary.config.parameterCount();
    if (summary.storedValues < expected)
      throw Error("the weights hold " + std::to_string(summary.storedValues) +
                  " values, but config.json describes " + std::to_string(expected) +
                  " parameters: the config belongs to another model");
    summary.hasTokenizer = std::filesystem::exists(folder / "tokenizer.json");
    return summary;
  } catch (...) {
    rethrowWithContext("reading checkpoint " + folder.string());
  }
}

}  // namespace msl
