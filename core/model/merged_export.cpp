#include "model/merged_export.h"

#include <ATen/ATen.h>

#include "common/error.h"
#include "model/lora.h"
#include "model/lora_adapter_file.h"
#include "model/model_factory.h"

namespace msl {

void exportMergedCheckpoint(const std::filesystem::path& checkpoint,
                            const std::filesystem::path& adapter, const std::filesystem::path& out,
                            c10::ScalarType dtype) {
  namespace fs = std::filesystem;
  if (fs::exists(out) && fs::equivalent(out, checkpoint))
    throw Error("export: --out " + out.string() + " is the base checkpoint; choose another folder");
  // Merging in float32 keeps the sum exact to float32 rounding before any narrowing on write.
  auto model = loadCausalLm(checkpoint, torch::kCPU, torch::kFloat32);
  loadLoraAdapter(model, adapter);
  mergeLora(model);
  writeCheckpoint(model, out, dtype);
  for (const char* name : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json",
                           "generation_config.json"})
    if (fs::exists(checkpoint / name))
      fs::copy_file(checkpoint / name, out / name, fs::copy_options::overwrite_existing);
}

}  // namespace msl
