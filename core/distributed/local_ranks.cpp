#include "distributed/local_ranks.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "common/error.h"

namespace msl {

int freeLoopbackPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw Error(std::string("no socket for the rendezvous: ") + std::strerror(errno));
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
  const int error = errno;
  ::close(fd);
  if (!ok) throw Error(std::string("no free port for the rendezvous: ") + std::strerror(error));
  return ntohs(address.sin_port);
}

pid_t startRank(const std::string& program, const std::vector<std::string>& arguments,
                const LaunchEnvironment& rank) {
  // Everything the child needs is built before fork: after it, only exec-safe calls.
  std::vector<std::string> variables = launchVariables(rank);
  // The cores shared out, as torchrun does by default: N ranks of all cores each would fight.
  if (std::getenv("OMP_NUM_THREADS") == nullptr)
    variables.push_back(
        "OMP_NUM_THREADS=" +
        std::to_string(std::max(1U, std::thread::hardware_concurrency() /
                                        static_cast<unsigned>(std::max(rank.worldSize, 1)))));
  std::vector<char*> argv;
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0)
    throw Error(std::string("cannot start rank ") + std::to_string(rank.rank) + ": " +
                std::strerror(errno));
  if (pid == 0) {
    for (const auto& variable : variables) ::putenv(const_cast<char*>(variable.c_str()));
    ::execv(program.c_str(), argv.data());
    std::perror(("starting rank " + std::to_string(rank.rank) + ": " + program).c_str());
    ::_exit(127);
  }
  return pid;
}

std::string describeExit(int status) {
  if (WIFEXITED(status)) return "exit code " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return std::string("signal ") + ::strsignal(WTERMSIG(status));
  return "status " + std::to_string(status);
}

}  // namespace msl
