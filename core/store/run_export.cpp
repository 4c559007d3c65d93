#include "store/run_export.h"

#include <charconv>
#include <cmath>
#include <map>
#include <set>

#include "common/csv_field.h"

namespace msl {
namespace {

using nlohmann::json;

std::string number(double value) {
  if (std::isnan(value)) return "";
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

json numberOrNull(double value) {
  return std::isnan(value) ? json(nullptr) : json(value);
}

json optionalJson(const std::optional<std::int64_t>& value) {
  return value ? json(*value) : json(nullptr);
}

const std::vector<std::string> kStepColumns{"step",
                                            "epoch",
                                            "loss",
                                            "masked_cross_entropy",
                                            "tau",
                                            "tau_raw",
                                            "mu_pos",
                                            "mu_neg",
                                            "var_neg",
                                            "first_position_count",
                                            "grad_norm",
                                            "learning_rate",
                                            "tokens_per_second",
                                            "samples_per_second",
                                            "invalid_mass",
                                            "wall_time"};

std::vector<std::string> stepFields(const StepMetrics& s) {
  return {std::to_string(s.step),
          number(s.epoch),
          number(s.loss),
          number(s.maskedCrossEntropy),
          number(s.tau),
          number(s.tauRaw),
          number(s.muPos),
          number(s.muNeg),
          number(s.varNeg),
          std::to_string(s.firstPositionCount),
          number(s.gradNorm),
          number(s.learningRate),
          number(s.tokensPerSecond),
          number(s.samplesPerSecond),
          number(s.invalidMass),
          std::to_string(s.wallTime)};
}

json stepJson(const StepMetrics& s) {
  json norms = json::object();
  for (const auto& [name, norm] : s.moduleGradNorms) norms[name] = numberOrNull(norm);
  return {{"step", s.step},
          {"epoch", numberOrNull(s.epoch)},
          {"loss", numberOrNull(s.loss)},
          {"masked_cross_entropy", numberOrNull(s.maskedCrossEntropy)},
          {"tau", numberOrNull(s.tau)},
          {"tau_raw", numberOrNull(s.tauRaw)},
          {"mu_pos", numberOrNull(s.muPos)},
          {"mu_neg", numberOrNull(s.muNeg)},
          {"var_neg", numberOrNull(s.varNeg)},
          {"first_position_count", s.firstPositionCount},
          {"grad_norm", numberOrNull(s.gradNorm)},
          {"learning_rate", numberOrNull(s.learningRate)},
          {"tokens_per_second", numberOrNull(s.tokensPerSecond)},
          {"samples_per_second", numberOrNull(s.samplesPerSecond)},
          {"invalid_mass", numberOrNull(s.invalidMass)},
          {"wall_time", s.wallTime},
          {"module_grad_norms", norms}};
}

}  // namespace

json runRecordJson(const RunRecord& run) {
  json config;
  try {
    config = json::parse(run.configJson);
  } catch (const json::exception&) {
    config = run.configJson;  // keep what was stored, even when it is not JSON
  }
  return {{"id", run.id},
          {"name", run.name},
          {"config", config},
          {"dataset", {{"path", run.dataset.path}, {"hash", run.dataset.hash}}},
          {"checkpoint", {{"path", run.checkpoint.path}, {"hash", run.checkpoint.hash}}},
          {"loss_kind", run.lossKind},
          {"status", toText(run.status)},
          {"failure_message", run.failureMessage},
          {"created_at", run.createdAt},
          {"started_at", optionalJson(run.startedAt)},
          {"finished_at", optionalJson(run.finishedAt)},
          {"heartbeat_at", optionalJson(run.heartbeatAt)},
          {"parent_run_id", optionalJson(run.parentRunId)}};
}

std::string exportRunCsv(ExperimentStore& store, RunId run) {
  store.run(run);  // throws a clear error for a missing run
  const auto steps = store.stepsAfter(run, 0);
  const auto evaluations = store.evaluations(run);

  std::set<std::string> modules;
  for (const auto& step : steps) {
    for (const auto& [name, norm] : step.moduleGradNorms) modules.insert(name);
  }
  std::set<std::string> evaluationColumns;
  std::map<std::int64_t, std::map<std::string, double>> evaluationsByStep;
  for (const auto& evaluation : evaluations) {
    for (const auto& [metric, value] : evaluation.metrics) {
      const std::string column = evaluation.split + ":" + metric;
      evaluationColumns.insert(column);
      evaluationsByStep[evaluation.step][column] = value;
    }
  }
  std::map<std::int64_t, const StepMetrics*> stepsByNumber;
  for (const auto& step : steps) stepsByNumber[step.step] = &step;
  std::set<std::int64_t> rows;
  for (const auto& [number, step] : stepsByNumber) rows.insert(number);
  for (const auto& [number, values] : evaluationsByStep) rows.insert(number);

  std::vector<std::string> header = kStepColumns;
  for (const auto& module : modules) header.push_back("grad_norm:" + module);
  header.insert(header.end(), evaluationColumns.begin(), evaluationColumns.end());
  for (auto& name : header) name = spreadsheetSafe(name);  // module and metric names are text
  std::string csv = csvRecord(header);

  for (std::int64_t row : rows) {
    std::vector<std::string> fields;
    const auto step = stepsByNumber.find(row);
    if (step != stepsByNumber.end()) {
      fields = stepFields(*step->second);
      for (const auto& module : modules) {
        const auto norm = step->second->moduleGradNorms.find(module);
        fields.push_back(norm == step->second->moduleGradNorms.end() ? "" : number(norm->second));
      }
    } else {
      fields.assign(kStepColumns.size() + modules.size(), "");
      fields[0] = std::to_string(row);
    }
    const auto evaluated = evaluationsByStep.find(row);
    for (const auto& column : evaluationColumns) {
      if (evaluated == evaluationsByStep.end()) {
        fields.push_back("");
        continue;
      }
      const auto value = evaluated->second.find(column);
      fields.push_back(value == evaluated->second.end() ? "" : number(value->second));
    }
    csv += csvRecord(fields);
  }
  return csv;
}

json exportRunJson(ExperimentStore& store, RunId run) {
  json out;
  out["run"] = runRecordJson(store.run(run));
  out["steps"] = json::array();
  for (const auto& step : store.stepsAfter(run, 0)) out["steps"].push_back(stepJson(step));
  out["evaluations"] = json::array();
  for (const auto& evaluation : store.evaluations(run)) {
    json metrics = json::object();
    for (const auto& [metric, value] : evaluation.metrics) metrics[metric] = numberOrNull(value);
    out["evaluations"].push_back({{"step", evaluation.step},
                                  {"split", evaluation.split},
                                  {"samples", evaluation.samples},
                                  {"metrics", metrics}});
  }
  return out;
}

}  // namespace msl
