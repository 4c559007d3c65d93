#include "local_workers.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <thread>

#include "common/error.h"
#include "distributed/local_ranks.h"

namespace mslw {
namespace {

constexpr auto kGracePeriod = std::chrono::seconds(30);

}  // namespace

std::vector<std::string> commandLineWithoutNproc() {
  std::ifstream file("/proc/self/cmdline", std::ios::binary);
  const std::string all((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  std::vector<std::string> arguments;
  for (std::size_t begin = 0; begin < all.size();) {
    const std::size_t end = all.find('\0', begin);
    arguments.push_back(all.substr(begin, end - begin));
    begin = end == std::string::npos ? all.size() : end + 1;
  }
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    if (arguments[i] == "--nproc") {
      ++i;
      continue;
    }
    if (arguments[i].rfind("--nproc=", 0) == 0) continue;
    kept.push_back(arguments[i]);
  }
  return kept;
}

int runLocalWorkers(int processes, const std::vector<std::string>& arguments) {
  if (processes < 1) throw msl::Error("--nproc must be at least 1");
  msl::LaunchEnvironment environment;
  environment.worldSize = processes;
  environment.masterAddress = "127.0.0.1";
  environment.masterPort = msl::freeLoopbackPort();
  std::vector<pid_t> workers;
  for (int rank = 0; rank < processes; ++rank) {
    environment.rank = rank;
    environment.localRank = rank;
    workers.push_back(msl::startRank("/proc/self/exe", arguments, environment));
  }
  int result = 0;
  std::size_t running = workers.size();
  std::optional<std::chrono::steady_clock::time_point> failedAt, terminatedAt;
  const auto signalRunning = [&workers](int signal) {
    for (pid_t worker : workers)
      if (worker != 0) ::kill(worker, signal);
  };
  while (running > 0) {
    int status = 0;
    const pid_t pid = ::waitpid(-1, &status, WNOHANG);
    if (pid == 0) {
      // After a failure its peers fail their next collective and end themselves, rank 0 recording
      // the run as failed; whoever is still there after the grace period (a hung rank) is stopped.
      const auto now = std::chrono::steady_clock::now();
      if (failedAt && !terminatedAt && now - *failedAt > kGracePeriod) {
        signalRunning(SIGTERM);
        terminatedAt = now;
      } else if (terminatedAt && now - *terminatedAt > std::chrono::seconds(10)) {
        signalRunning(SIGKILL);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      continue;
    }
    if (pid < 0) {
      if (errno == EINTR) continue;
      break;
    }
    const auto found = std::find(workers.begin(), workers.end(), pid);
    if (found == workers.end()) continue;
    const auto rank = static_cast<int>(found - workers.begin());
    *found = 0;
    --running;
    const bool failed = !(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    if (failed && result == 0) {
      result = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      failedAt = std::chrono::steady_clock::now();
      std::cerr << "mslw --nproc: rank " << rank << " of " << processes << " ended with "
                << msl::describeExit(status) << "\n";
    }
  }
  return result;
}

}  // namespace mslw
