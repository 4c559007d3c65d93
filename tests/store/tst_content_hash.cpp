// Content identity of datasets and checkpoints: SHA-256 of every byte, folder manifests.
#include <QTemporaryDir>
#include <QtTest>

#include "common/error.h"
#include "store/content_hash.h"

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
  QDir().mkpath(QFileInfo(path).absolutePath());
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write(bytes);
}

}  // namespace

class TestContentHash : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void fileHashIsSha256() {
    QTemporaryDir dir;
    const QString path = dir.filePath("abc.txt");
    writeFile(path, "abc");
    // FIPS 180-2 test vector for "abc".
    QCOMPARE(
        msl::contentHash(path.toStdString()),
        std::string("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    // A file bigger than the 1 MiB read buffer, compared with Qt's own SHA-256.
    const QString big = dir.filePath("big.bin");
    QByteArray bytes(3 * 1024 * 1024 + 17, '\0');
    for (int i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>(i * 31 + 7);
    writeFile(big, bytes);
    QCOMPARE(QString::fromStdString(msl::contentHashOfFile(big.toStdString())),
             "sha256:" + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
  }

  void folderHashFollowsContentNotTimes() {
    QTemporaryDir first;
    QTemporaryDir second;
    // Same files written in a different order: same identity.
    writeFile(first.filePath("items.json"), "{\"1\":\"A\"}");
    writeFile(first.filePath("train/part.csv"), "u,i\n1,2\n");
    writeFile(second.filePath("train/part.csv"), "u,i\n1,2\n");
    writeFile(second.filePath("items.json"), "{\"1\":\"A\"}");
    writeFile(second.filePath(".cache/ignored"), "editor state");
    const std::string hash = msl::contentHash(first.path().toStdString());
    QCOMPARE(msl::contentHash(second.path().toStdString()), hash);
    // One changed byte changes it, and so does a renamed file.
    writeFile(second.filePath("train/part.csv"), "u,i\n1,3\n");
    QVERIFY(msl::contentHash(second.path().toStdString()) != hash);
    writeFile(second.filePath("train/part.csv"), "u,i\n1,2\n");
    QCOMPARE(msl::contentHash(second.path().toStdString()), hash);
    QVERIFY(QFile::rename(second.filePath("items.json"), second.filePath("items2.json")));
    QVERIFY(msl::contentHash(second.path().toStdString()) != hash);
  }

  void missingPathIsAnError() {
    try {
      msl::contentHash("/nonexistent/checkpoint");
      QFAIL("expected an error");
    } catch (const msl::Error& e) {
      QVERIFY2(std::string(e.what()).find("/nonexistent/checkpoint") != std::string::npos,
               e.what());
    }
  }
};

QTEST_GUILESS_MAIN(TestContentHash)
#include "tst_content_hash.moc"
