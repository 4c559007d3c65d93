#include "local_workers.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <thread>

#include "common/error.h"
#include "distributed/launch_environment.h"

namespace mslw {
namespace {

// A port the kernel says is free now (the rendezvous binds it a moment later, as torchrun's
// --standalone does).
int freeLoopbackPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0)
    throw msl::Error(std::string("--nproc: no socket for the rendezvous: ") + std::strerror(errno));
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof address;
  const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
  ::close(fd);
  if (!ok)
    throw msl::Error(std::string("--nproc: no free port for the rendezvous: ") +
                     std::strerror(errno));
  return ntohs(address.sin_port);
}

constexpr auto kGracePeriod = std::chrono::seconds(30);

std::string describe(int status) {
  if (WIFEXITED(status)) return "exit code " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return std::string("signal ") + ::strsignal(WTERMSIG(status));
  return "status " + std::to_string(status);
}

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
  environment.masterPort = freeLoopbackPort();
  const std::string threads = std::to_string(
      std::max(1U, std::thread::hardware_concurrency() / static_cast<unsigned>(processes)));
  std::vector<pid_t> workers;
  for (int rank = 0; rank < processes; ++rank) {
    environment.rank = rank;
    environment.localRank = rank;
    const auto variables = msl::launchVariables(environment);
    const pid_t pid = ::fork();
    if (pid < 0)
      throw msl::Error(std::string("--nproc: cannot start a worker: ") + std::strerror(errno));
    if (pid == 0) {
      for (const auto& variable : variables) ::putenv(const_cast<char*>(variable.c_str()));
      // The machine's cores shared out, as torchrun does by default: N ranks of all cores each
      // would fight over them.
      if (std::getenv("OMP_NUM_THREADS") == nullptr)
        ::setenv("OMP_NUM_THREADS", threads.c_str(), 1);
      std::vector<char*> argv;
      for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
      argv.push_back(nullptr);
      ::execv("/proc/self/exe", argv.data());
      std::perror("mslw --nproc: exec");
      ::_exit(127);
    }
    workers.push_back(pid);
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
                << describe(status) << "\n";
    }
  }
  return result;
}

}  // namespace mslw
