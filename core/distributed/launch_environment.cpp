#include "distributed/launch_environment.h"

#include <cstdlib>
#include <optional>
#include <string>

#include "common/error.h"

namespace msl {
namespace {

// The first of `names` that is set, read as an integer in [minimum, maximum].
std::optional<int> integerVariable(const EnvironmentLookup& lookup,
                                   std::initializer_list<const char*> names, int minimum,
                                   int maximum) {
  for (const char* name : names) {
    const char* text = lookup(name);
    if (text == nullptr || *text == '\0') continue;
    char* end = nullptr;
    const long value = std::strtol(text, &end, 10);
    if (*end != '\0' || value < minimum || value > maximum)
      throw Error(std::string("environment variable ") + name + "=\"" + text +
                  "\": expected an integer from " + std::to_string(minimum) + " to " +
                  std::to_string(maximum));
    return static_cast<int>(value);
  }
  return std::nullopt;
}

}  // namespace

LaunchEnvironment launchEnvironmentFrom(const EnvironmentLookup& lookup) {
  constexpr int kLargestWorld = 1 << 20;
  LaunchEnvironment environment;
  for (const char* name : {"WORLD_SIZE", "RANK", "SLURM_NTASKS", "SLURM_PROCID"})
    if (const char* value = lookup(name); value != nullptr && *value != '\0')
      environment.launched = true;
  environment.worldSize =
      integerVariable(lookup, {"WORLD_SIZE", "SLURM_NTASKS"}, 1, kLargestWorld).value_or(1);
  environment.rank =
      integerVariable(lookup, {"RANK", "SLURM_PROCID"}, 0, kLargestWorld).value_or(0);
  environment.localRank =
      integerVariable(lookup, {"LOCAL_RANK", "SLURM_LOCALID"}, 0, kLargestWorld).value_or(0);
  if (environment.rank >= environment.worldSize)
    throw Error("environment: rank " + std::to_string(environment.rank) +
                " does not fit a world of " + std::to_string(environment.worldSize) +
                " (RANK must be below WORLD_SIZE)");
  if (const auto port = integerVariable(lookup, {"MASTER_PORT"}, 1, 65535))
    environment.masterPort = *port;
  const char* address = lookup("MASTER_ADDR");
  if (address != nullptr && *address != '\0') {
    environment.masterAddress = address;
  } else if (environment.distributed()) {
    throw Error("environment: a world of " + std::to_string(environment.worldSize) +
                " needs MASTER_ADDR, the host of rank 0 (torchrun and Slurm wrappers set it)");
  }
  return environment;
}

LaunchEnvironment launchEnvironmentFromProcess() {
  return launchEnvironmentFrom([](const char* name) { return std::getenv(name); });
}

std::vector<std::string> launchVariables(const LaunchEnvironment& environment) {
  return {"RANK=" + std::to_string(environment.rank),
          "WORLD_SIZE=" + std::to_string(environment.worldSize),
          "LOCAL_RANK=" + std::to_string(environment.localRank),
          "MASTER_ADDR=" + environment.masterAddress,
          "MASTER_PORT=" + std::to_string(environment.masterPort)};
}

}  // namespace msl
