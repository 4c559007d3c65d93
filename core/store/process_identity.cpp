#include "store/process_identity.h"

#include <unistd.h>

#include <fstream>
#include <sstream>

namespace msl {
namespace {

std::string hostName() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0) return "";
  return name;
}

struct ProcessStat {
  char state = '?';
  std::int64_t startTicks = 0;
};

// nullopt when the process does not exist (no /proc entry).
std::optional<ProcessStat> readProcessStat(std::int64_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat;
  if (!in || !std::getline(in, stat)) return std::nullopt;
  // Field 2 is "(comm)" and comm may hold spaces and parentheses: count from the last ')'.
  const auto commEnd = stat.rfind(')');
  if (commEnd == std::string::npos) return std::nullopt;
  std::istringstream fields(stat.substr(commEnd + 1));
  ProcessStat result;
  std::string field;
  for (int index = 3; index <= 22; ++index) {
    if (!(fields >> field)) return std::nullopt;
    if (index == 3) result.state = field[0];
  }
  try {
    result.startTicks = std::stoll(field);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  return result;
}

}  // namespace

ProcessIdentity currentProcessIdentity() {
  const std::int64_t pid = getpid();
  const auto stat = readProcessStat(pid);
  return {hostName(), pid, stat ? stat->startTicks : 0};
}

std::optional<bool> isProcessAlive(const ProcessIdentity& process) {
  if (process.host != hostName()) return std::nullopt;
  const auto stat = readProcessStat(process.pid);
  // A zombie ('Z') or dead ('X') process keeps its /proc entry a while but will never write.
  if (!stat || stat->state == 'Z' || stat->state == 'X') return false;
  return stat->startTicks == process.startTicks;
}

}  // namespace msl
