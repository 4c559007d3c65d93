#include "ui/store_reader.h"

#include <QFileInfo>
#include <map>
#include <set>

#include "baselines/baseline_run.h"
#include "common/atomic_file.h"
#include "store/experiment_store.h"
#include "store/run_export.h"
#include "ui/background_job.h"

namespace msl {
namespace ui {

StoreReader::StoreReader(QObject* parent) : QObject(parent) {
  qRegisterMetaType<std::vector<msl::RunSummary>>();
  qRegisterMetaType<msl::ui::RunCurves>();
  qRegisterMetaType<QVector<msl::ui::RunComparisonRow>>();
}

template <typename Work, typename Deliver>
void StoreReader::run(JobTracker* tracker, Work work, Deliver deliver) {
  // A read superseded by a newer one of its kind delivers nothing, not even its error; edits
  // (no tracker) each deliver their own outcome.
  const JobTracker::JobId job = tracker ? tracker->start() : 0;
  const auto wanted = [tracker, job] { return !tracker || tracker->isCurrent(job); };
  const std::string path = path_.toStdString();
  runInBackground(
      this,
      [path, work] {
        ExperimentStore store(path);
        return work(store);
      },
      [this, wanted, deliver](const auto& result) {
        if (wanted()) deliver(*this, result);
      },
      [this, wanted](const QString& message) {
        if (wanted()) Q_EMIT failed(message);
      });
}

void StoreReader::listRuns() {
  run(
      &listJobs_, [](ExperimentStore& store) { return store.listRuns(); },
      [](StoreReader& reader, const std::vector<RunSummary>& runs) {
        Q_EMIT reader.runsListed(runs);
      });
}

void StoreReader::readCurves(const std::vector<RunId>& runs, const QString& quantityKey) {
  run(
      &curveJobs_,
      [runs, quantityKey](ExperimentStore& store) {
        RunCurves read;
        read.quantityKey = quantityKey;
        std::set<std::pair<std::string, std::string>> evaluated;  // split, metric
        for (RunId id : runs) {
          RunCurve curve;
          curve.run = id;
          const RunRecord record = store.run(id);
          curve.name = QString::fromStdString(record.name);
          std::map<std::int64_t, double> wallSeconds;  // evaluations carry no time: their step's
          for (const StepMetrics& step : store.stepsAfter(id, 0)) {
            wallSeconds[step.step] = step.wallTime / 1000.0;
            const std::optional<double> value = stepValue(step, quantityKey, record.lossKind);
            if (value && isMeasured(*value))
              curve.points.append({double(step.step), step.wallTime / 1000.0, *value});
          }
          for (const EvaluationMetrics& evaluation : store.evaluations(id)) {
            for (const auto& [metric, value] : evaluation.metrics)
              evaluated.insert({evaluation.split, metric});
            const std::optional<double> value = evaluationValue(evaluation, quantityKey);
            if (!value || !isMeasured(*value)) continue;
            const auto wall = wallSeconds.find(evaluation.step);
            curve.points.append(
                {double(evaluation.step), wall == wallSeconds.end() ? 0.0 : wall->second, *value});
          }
          read.curves.append(curve);
        }
        for (const auto& [split, metric] : evaluated)
          read.evaluationQuantities.append(evaluationQuantity(split, metric));
        return read;
      },
      [](StoreReader& reader, const RunCurves& curves) { Q_EMIT reader.curvesRead(curves); });
}

void StoreReader::readComparison(const std::vector<RunId>& runs, RunId reference,
                                 const QString& split) {
  run(
      &comparisonJobs_,
      [runs, reference, split](ExperimentStore& store) {
        return compareRuns(store, runs, reference, split.toStdString());
      },
      [](StoreReader& reader, const QVector<RunComparisonRow>& rows) {
        Q_EMIT reader.comparisonRead(rows);
      });
}

void StoreReader::renameRun(RunId id, const QString& name) {
  run(
      nullptr,
      [id, name](ExperimentStore& store) {
        store.renameRun(id, name.toStdString());
        return tr("Renamed run %1 to %2.").arg(id).arg(name);
      },
      [](StoreReader& reader, const QString& message) { Q_EMIT reader.changed(message); });
}

void StoreReader::deleteRun(RunId id) {
  run(
      nullptr,
      [id](ExperimentStore& store) {
        store.deleteRun(id);
        return tr("Deleted run %1.").arg(id);
      },
      [](StoreReader& reader, const QString& message) { Q_EMIT reader.changed(message); });
}

void StoreReader::exportRun(RunId id, const QString& file) {
  run(
      nullptr,
      [id, file](ExperimentStore& store) {
        const bool json =
            QFileInfo(file).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
        const std::string text = json ? exportRunJson(store, id).dump(2) : exportRunCsv(store, id);
        // Whole or not at all: a full disk fails naming the file and leaves an older export.
        writeFileAtomically(file.toStdString(), text);
        return tr("Exported run %1 to %2.").arg(id).arg(file);
      },
      [](StoreReader& reader, const QString& message) { Q_EMIT reader.changed(message); });
}

void StoreReader::addBaselines(const QString& dataDir) {
  run(
      nullptr,
      [dataDir](ExperimentStore& store) {
        QStringList added;
        for (const std::string& kind : baselineKinds()) {
          BaselineRunOptions options;
          options.kind = kind;
          options.dataDir = dataDir.toStdString();
          const BaselineRun outcome = runBaseline(options, &store);
          added << tr("%1 (run %2, HR@10 %3)")
                       .arg(QString::fromStdString(kind))
                       .arg(outcome.run)
                       .arg(outcome.result.metrics.at("HR@10"), 0, 'f', 4);
        }
        return tr("Added the baselines: %1.").arg(added.join(QStringLiteral(", ")));
      },
      [](StoreReader& reader, const QString& message) { Q_EMIT reader.changed(message); });
}

}  // namespace ui
}  // namespace msl
