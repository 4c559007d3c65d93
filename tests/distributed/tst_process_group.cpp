// c10d through msl::ProcessGroup with two real processes: this test starts a second copy of
// itself as rank 1 (the "--worker" mode below), as torchrun would, and rank 0 runs in the test.
// Also the launcher variables, and the failures a user meets: a rank that never comes, a rank
// that dies.
#include <torch/torch.h>

#include <QtCore/QProcess>
#include <QtNetwork/QTcpServer>
#include <QtTest/QtTest>

#include <signal.h>

#include <chrono>
#include <cstring>
#include <map>

#include "common/error.h"
#include "distributed/gradient_all_reduce.h"
#include "distributed/launch_environment.h"
#include "distributed/process_group.h"

namespace {

using namespace std::chrono_literals;

msl::EnvironmentLookup lookupIn(const std::map<std::string, std::string>& variables) {
  return [variables](const char* name) -> const char* {
    const auto found = variables.find(name);
    return found == variables.end() ? nullptr : found->second.c_str();
  };
}

int freePort() {
  QTcpServer server;
  server.listen(QHostAddress::LocalHost, 0);
  return server.serverPort();
}

// Rank r's gradients: the same shapes on every rank, values that tell the ranks apart, and one
// parameter that only rank 0 gave a gradient (a frozen branch on the other rank).
std::vector<at::Tensor> parametersOfRank(int rank) {
  std::vector<at::Tensor> parameters{torch::zeros({3, 4}), torch::zeros({5}), torch::zeros({2, 2}),
                                     torch::zeros({7}, torch::kFloat64)};
  for (std::size_t i = 0; i < parameters.size(); ++i) {
    if (rank == 1 && i == 2) continue;
    parameters[i].mutable_grad() =
        (torch::arange(parameters[i].numel(), parameters[i].options()) + 1).view_as(parameters[i]) *
        (rank + 1) * static_cast<double>(i + 1);
  }
  return parameters;
}

// What both ranks must hold after the all-reduce.
bool holdsTheSum(const std::vector<at::Tensor>& parameters) {
  for (std::size_t i = 0; i < parameters.size(); ++i) {
    const auto base =
        (torch::arange(parameters[i].numel(), parameters[i].options()) + 1).view_as(parameters[i]) *
        static_cast<double>(i + 1);
    const auto expected = i == 2 ? base : base * 3;  // ranks contribute 1x and 2x
    if (!parameters[i].grad().equal(expected)) return false;
  }
  return true;
}

int runWorker(const std::string& mode) {
  const auto environment = msl::launchEnvironmentFromProcess();
  auto group = msl::ProcessGroup::join(environment, 20s);
  if (mode == "die") std::_Exit(0);  // joined, then gone before the first collective
  auto parameters = parametersOfRank(group->rank());
  msl::allReduceGradients(*group, parameters, /*bucketBytes=*/40);
  std::vector<at::Tensor> received{torch::zeros({3})};
  group->broadcastFromLeader(received);
  group->barrier();
  const bool gatheredNothingHere = group->gatherTextsToLeader("from rank 1").empty();
  return holdsTheSum(parameters) && received[0].equal(torch::tensor({1.0f, 2.0f, 3.0f})) &&
                 gatheredNothingHere
             ? 0
             : 3;
}

}  // namespace

class TestProcessGroup : public QObject {
  Q_OBJECT

  QProcess* startRankOne(const QString& mode, int port) {
    auto* worker = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& variable : msl::launchVariables({1, 2, 0, "127.0.0.1", port})) {
      const auto split = variable.find('=');
      environment.insert(QString::fromStdString(variable.substr(0, split)),
                         QString::fromStdString(variable.substr(split + 1)));
    }
    worker->setProcessEnvironment(environment);
    worker->setProcessChannelMode(QProcess::ForwardedChannels);
    worker->start(QCoreApplication::applicationFilePath(), {"--worker", mode});
    worker->waitForStarted();
    return worker;
  }

 private Q_SLOTS:
  void readsTorchrunAndSlurmVariables() {
    const auto torchrun = msl::launchEnvironmentFrom(lookupIn({{"RANK", "3"},
                                                               {"WORLD_SIZE", "8"},
                                                               {"LOCAL_RANK", "1"},
                                                               {"MASTER_ADDR", "node07"},
                                                               {"MASTER_PORT", "29400"}}));
    QCOMPARE(torchrun.rank, 3);
    QCOMPARE(torchrun.worldSize, 8);
    QCOMPARE(torchrun.localRank, 1);
    QCOMPARE(torchrun.masterAddress, std::string("node07"));
    QCOMPARE(torchrun.masterPort, 29400);
    QVERIFY(torchrun.launched);
    QVERIFY(!torchrun.leader());
    const auto slurm = msl::launchEnvironmentFrom(lookupIn({{"SLURM_PROCID", "5"},
                                                            {"SLURM_NTASKS", "6"},
                                                            {"SLURM_LOCALID", "2"},
                                                            {"MASTER_ADDR", "node01"}}));
    QCOMPARE(slurm.rank, 5);
    QCOMPARE(slurm.worldSize, 6);
    QCOMPARE(slurm.localRank, 2);
    QCOMPARE(slurm.masterPort, 29500);
    const auto alone = msl::launchEnvironmentFrom(lookupIn({}));
    QVERIFY(!alone.distributed());
    QVERIFY(!alone.launched);
    QVERIFY(alone.leader());
    // What --nproc hands a worker reads back as the same seat.
    std::map<std::string, std::string> passed;
    for (const auto& variable : msl::launchVariables(torchrun)) {
      const auto split = variable.find('=');
      passed[variable.substr(0, split)] = variable.substr(split + 1);
    }
    const auto again = msl::launchEnvironmentFrom(lookupIn(passed));
    QCOMPARE(again.rank, 3);
    QCOMPARE(again.masterAddress, std::string("node07"));
  }

  void badVariablesAreNamed() {
    const std::vector<std::pair<std::map<std::string, std::string>, std::string>> cases{
        {{{"RANK", "one"}, {"WORLD_SIZE", "2"}, {"MASTER_ADDR", "a"}}, "RANK=\"one\""},
        {{{"RANK", "2"}, {"WORLD_SIZE", "2"}, {"MASTER_ADDR", "a"}}, "below WORLD_SIZE"},
        {{{"RANK", "0"}, {"WORLD_SIZE", "2"}}, "MASTER_ADDR"},
        {{{"WORLD_SIZE", "2"}, {"MASTER_ADDR", "a"}, {"MASTER_PORT", "70000"}}, "MASTER_PORT"},
    };
    for (const auto& [variables, expected] : cases) {
      try {
        msl::launchEnvironmentFrom(lookupIn(variables));
        QFAIL(qPrintable(QString("accepted, expected an error naming %1")
                             .arg(QString::fromStdString(expected))));
      } catch (const msl::Error& error) {
        QVERIFY2(std::string(error.what()).find(expected) != std::string::npos, error.what());
      }
    }
  }

  void twoRanksSumGradientsInBuckets() {
    const int port = freePort();
    QProcess* worker = startRankOne("sum", port);
    auto group = msl::ProcessGroup::join({0, 2, 0, "127.0.0.1", port}, 20s);
    QCOMPARE(group->worldSize(), 2);
    auto parameters = parametersOfRank(0);
    // 40-byte buckets: several collectives, and a dtype change that starts a new one.
    msl::allReduceGradients(*group, parameters, 40);
    std::vector<at::Tensor> sent{torch::tensor({1.0f, 2.0f, 3.0f})};
    group->broadcastFromLeader(sent);
    group->barrier();
    QCOMPARE(group->gatherTextsToLeader("from rank 0"),
             (std::vector<std::string>{"from rank 0", "from rank 1"}));
    QVERIFY2(holdsTheSum(parameters), "rank 0 does not hold the sum of both ranks' gradients");
    QVERIFY(worker->waitForFinished(20000));
    QCOMPARE(worker->exitCode(), 0);  // rank 1 checked the same sums and the broadcast
  }

  void aWorldOfOneNeedsNoPeers() {
    // What `torchrun --nproc-per-node 1` or a one-task Slurm job gives: the same code paths.
    auto group = msl::ProcessGroup::join({0, 1, 0, "127.0.0.1", freePort()}, 20s);
    std::vector<at::Tensor> values{torch::tensor({1.5, -2.0})};
    group->allReduceSum(values);
    QVERIFY(values[0].equal(torch::tensor({1.5, -2.0})));
    QCOMPARE(group->broadcastTextFromLeader("checkpoint-40"), std::string("checkpoint-40"));
    QVERIFY(group->collectiveSeconds() >= 0);
  }

  void ncclWithoutAGpuSaysSo() {
    if (torch::cuda::is_available()) QSKIP("this machine has a GPU: gpu-check.sh runs NCCL");
    try {
      msl::ProcessGroup::join({0, 1, 0, "127.0.0.1", freePort()}, 5s, msl::CollectiveBackend::Nccl);
      QFAIL("NCCL joined without a GPU");
    } catch (const msl::Error& error) {
      QVERIFY2(std::string(error.what()).find("over NCCL") != std::string::npos, error.what());
      QVERIFY2(std::string(error.what()).find("\n") == std::string::npos,
               "the message carries c10d's stack trace");
    }
  }

  void aRankThatNeverComesFailsTheJoinInTime() {
    const auto started = std::chrono::steady_clock::now();
    try {
      msl::ProcessGroup::join({0, 2, 0, "127.0.0.1", freePort()}, 1500ms);
      QFAIL("joined a world of 2 alone");
    } catch (const msl::Error& error) {
      QVERIFY2(std::string(error.what()).find("rank 0 of 2") != std::string::npos, error.what());
      QVERIFY2(std::string(error.what()).find("1500 ms") != std::string::npos, error.what());
    }
    // Bounded, not timed: the join gave up instead of waiting forever.
    QVERIFY(std::chrono::steady_clock::now() - started < 60s);
  }

  void aRankThatDiesFailsTheCollective() {
    const int port = freePort();
    QProcess* worker = startRankOne("die", port);
    auto group = msl::ProcessGroup::join({0, 2, 0, "127.0.0.1", port}, 5000ms);
    QVERIFY(worker->waitForFinished(20000));
    // Writing to the dead peer's socket raises SIGPIPE; unless a rank ignores it, as Python does,
    // the rank dies silently instead of naming the dead peer (a CI run met this).
    struct sigaction brokenPipe {};
    QVERIFY(sigaction(SIGPIPE, nullptr, &brokenPipe) == 0);
    QVERIFY2(brokenPipe.sa_handler == SIG_IGN, "joining a group must ignore SIGPIPE");
    // A megabyte is many socket writes, so the test meets the broken pipe every time.
    std::vector<at::Tensor> values{torch::ones({1 << 18})};
    try {
      group->allReduceSum(values);
      QFAIL("an all-reduce with a dead peer returned");
    } catch (const msl::Error& error) {
      QVERIFY2(std::string(error.what()).find("peer rank died") != std::string::npos, error.what());
      QVERIFY2(std::string(error.what()).find("rank 0 of 2") != std::string::npos, error.what());
    }
  }
};

int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "--worker") == 0) {
    try {
      return runWorker(argv[2]);
    } catch (const std::exception& error) {
      std::fprintf(stderr, "rank 1: %s\n", error.what());
      return 2;
    }
  }
  QCoreApplication app(argc, argv);
  TestProcessGroup test;
  return QTest::qExec(&test, argc, argv);
}

#include "tst_process_group.moc"
