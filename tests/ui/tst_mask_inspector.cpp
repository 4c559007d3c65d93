#include <QTest>

#include "plots/bar_chart.h"
#include "ui/mask_inspector_page.h"
#include "ui/valid_token_model.h"
#include "workspace_fixture.h"

using namespace msl::ui;

class TestMaskInspector : public QObject {
  Q_OBJECT

 private slots:
  void countsEqualCoreMasks() {
    QTemporaryDir dir;
    const WorkspaceSnapshot snapshot = buildSmallDemo(dir);
    const msl::TargetMasks& masks = snapshot.layer->masks;
    MaskInspectorPage page;
    page.showSnapshot(snapshot);
    QCOMPARE(page.currentSample(), std::optional<std::size_t>(0));
    for (std::size_t sample : {std::size_t(0), std::size_t(5), masks.sampleCount() - 1}) {
      page.selectSample(sample);
      const QVector<double>& counts = page.validCountChart()->values();
      QCOMPARE(std::size_t(counts.size()), masks.targetLength(sample));
      for (std::size_t position = 0; position < masks.targetLength(sample); ++position) {
        QCOMPARE(counts[qsizetype(position)], double(masks.validCount(sample, position)));
        page.selectPosition(position);
        QCOMPARE(std::size_t(page.validTokenModel()->rowCount()),
                 masks.validCount(sample, position));
        QCOMPARE(page.validTokenModel()->index(0, ValidTokenModel::IdColumn).data().toInt(),
                 *masks.validTokens(sample, position).begin());
      }
      // One chip per target token, and the prompt lists the history titles.
      QCOMPARE(page.chipsText().count(QStringLiteral("<span")),
               qsizetype(masks.targetLength(sample)));
      const msl::Sample& record = snapshot.layer->samples()[sample];
      const QString lastHistory =
          QString::fromStdString(snapshot.layer->dataset.catalog.title(record.history().back()));
      QVERIFY2(page.promptText().contains(lastHistory), qPrintable(page.promptText()));
    }
  }
};

QTEST_MAIN(TestMaskInspector)
#include "tst_mask_inspector.moc"
