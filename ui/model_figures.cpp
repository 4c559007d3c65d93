#include "ui/model_figures.h"

#include <QLocale>

#include "model/memory_estimate.h"

namespace msl {
namespace ui {
namespace {

QString size(double bytes) {
  return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeSIFormat);
}

}  // namespace

ModelFigures ModelFigures::of(const CheckpointSummary& checkpoint, const ComputeDevice& device) {
  const ModelConfig& config = checkpoint.config;
  ModelFigures figures;
  figures.architecture = tr("%1 · %2 layers · hidden %3 · heads %4/%5 kv · vocabulary %6")
                             .arg(QString::fromStdString(config.modelType))
                             .arg(config.numHiddenLayers)
                             .arg(config.hiddenSize)
                             .arg(config.numAttentionHeads)
                             .arg(config.numKeyValueHeads)
                             .arg(QLocale().toString(qlonglong(config.vocabSize)));
  figures.parameters = tr("%1 (%2 stored in %3 tensors)")
                           .arg(QLocale().toString(qlonglong(config.parameterCount())),
                                size(double(checkpoint.storedBytes)))
                           .arg(checkpoint.tensorCount);

  // The workload `mslw model info` reports: one 512-token sequence, LoRA r = 8 on q and v.
  MemoryWorkload workload;
  workload.bytesPerValue = device.bytesPerValue;
  figures.inferenceBytes = estimateMemory(config, workload).total();
  workload.use = MemoryUse::LoraTraining;
  figures.loraTrainingBytes = estimateMemory(config, workload).total();
  figures.memory = tr("inference %1 · LoRA training %2 (%3, 512 tokens)")
                       .arg(size(figures.inferenceBytes), size(figures.loraTrainingBytes),
                            QString::fromStdString(device.dtype));
  const QString id = QString::fromStdString(device.id);
  if (device.freeBytes <= 0) {
    figures.fit = tr("unknown: the free memory of %1 cannot be read").arg(id);
  } else {
    figures.fits = figures.loraTrainingBytes <= double(device.freeBytes);
    figures.fit = (*figures.fits ? tr("yes: LoRA training needs %1 of the %2 free on %3")
                                 : tr("no: LoRA training needs %1, only %2 are free on %3"))
                      .arg(size(figures.loraTrainingBytes), size(double(device.freeBytes)), id);
  }
  return figures;
}

QString ModelFigures::deviceLabel(const ComputeDevice& device) {
  const QString id = QString::fromStdString(device.id);
  const QString name = QString::fromStdString(device.name);
  if (device.totalBytes <= 0) return QStringLiteral("%1 — %2").arg(id, name);
  return tr("%1 — %2 (%3, %4 free)")
      .arg(id, name, size(double(device.totalBytes)), size(double(device.freeBytes)));
}

}  // namespace ui
}  // namespace msl
