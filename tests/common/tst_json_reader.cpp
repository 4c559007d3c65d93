// The one checked JSON reader: every complaint names the file and the key path, numbers are
// type-checked before conversion (the fuzzer's float-to-integer finding), and what was found is
// shown shortened.
#include <QtTest/QtTest>

#include <string>

#include "common/json_reader.h"

namespace {

// The message of what `read` throws, or "" when it throws nothing.
template <typename Read>
std::string errorOf(Read read) {
  try {
    read();
  } catch (const msl::Error& error) {
    return error.what();
  }
  return {};
}

}  // namespace

class TestJsonReader : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void complaintsNameTheFileAndTheKeyPath() {
    const auto json = msl::parseJson(R"({"a": {"b": [1, 2, 3]}, "n": null})", "f.json");
    const msl::JsonReader root(json, "f.json");
    QCOMPARE(errorOf([&] { root["a"]["b"][2].string(); }),
             std::string("f.json: a.b[2]: expected a string, found 3"));
    QCOMPARE(errorOf([&] { root["a"]["b"][7].integer(); }),
             std::string("f.json: a.b[7]: no such element"));
    QCOMPARE(errorOf([&] { root["missing"].boolean(); }),
             std::string("f.json: missing: expected true or false, found null"));
    QCOMPARE(errorOf([&] { root.allowOnly({"a"}); }),
             std::string("f.json: n: unknown key (allowed here: a)"));
    QCOMPARE(errorOf([&] { root["a"].size(); }),
             std::string("f.json: a: expected an array, found {\"b\":[1,2,3]}"));
    QVERIFY(!root.has("n"));  // null reads as absent
    QCOMPARE(root.integer("n", 7), std::int64_t(7));
    try {
      root["a"]["b"].string();
      QFAIL("an array was read as a string");
    } catch (const msl::JsonError& error) {
      QCOMPARE(error.source(), std::string("f.json"));
      QCOMPARE(error.keyPath(), std::string("a.b"));
      QCOMPARE(error.problem(), std::string("expected a string, found [1,2,3]"));
    }
  }

  void numbersAreCheckedBeforeTheyAreConverted() {
    const auto json = msl::parseJson(
        R"({"float": 2.5, "huge": 8.1e24, "u64": 18446744073709551615, "ok": -3, "real": 0.25})",
        "n.json");
    const msl::JsonReader root(json, "n.json");
    QCOMPARE(errorOf([&] { root["float"].integer(); }),
             std::string("n.json: float: expected an integer, found 2.5"));
    QCOMPARE(errorOf([&] { root["huge"].integer(); }),
             std::string("n.json: huge: expected an integer, found 8.1e+24"));
    QCOMPARE(errorOf([&] { root["u64"].integer(); }),
             std::string("n.json: u64: expected an integer, found 18446744073709551615"));
    QCOMPARE(root["ok"].integer(), std::int64_t(-3));
    QCOMPARE(root["ok"].number(), -3.0);
    QCOMPARE(errorOf([&] {
               root["ok"].integer(msl::NumberRange{1, 1 << 20});
             }),
             std::string("n.json: ok: expected an integer in [1, 1048576], found -3"));
    QCOMPARE(errorOf([&] {
               root["real"].number(msl::NumberRange{0, 0.25, false, true});
             }),
             std::string("n.json: real: expected a number in [0, 0.25), found 0.25"));
    QCOMPARE(errorOf([&] {
               root["ok"].number(msl::NumberRange{0, std::numeric_limits<double>::max(), true});
             }),
             std::string("n.json: ok: expected a number in (0, inf), found -3"));
    QCOMPARE(root["real"].number(msl::NumberRange{0, 1}), 0.25);
  }

  void parseErrorsGiveLineAndColumn() {
    QCOMPARE(errorOf([] {
               msl::parseJson("{\n  \"a\": 1,\n  oops\n}", "p.json");
             }).rfind("p.json:3:3: not valid JSON", 0),
             std::size_t(0));
    // nlohmann reports a number beyond double as out_of_range, not parse_error.
    QCOMPARE(
        errorOf([] { msl::parseJson("[7e777]", "p.json"); }).rfind("p.json: not valid JSON", 0),
        std::size_t(0));
    QCOMPARE(errorOf([] { msl::readJsonFile("/nonexistent/x.json"); }),
             std::string("/nonexistent/x.json: cannot open"));
  }

  void choicesAndTypesSayWhatIsAllowed() {
    const auto json = msl::parseJson(R"({"kind": "ce", "model": {"type": "Unigram"}})", "c");
    const msl::JsonReader root(json, "c");
    QCOMPARE(errorOf([&] {
               root["kind"].oneOf({"lml", "msl"});
             }),
             std::string("c: kind: expected one of lml, msl, found \"ce\""));
    QCOMPARE(errorOf([&] { root["model"].type({"BPE"}); }),
             std::string("c: model.type: unsupported type 'Unigram' (supported: BPE)"));
    QCOMPARE(errorOf([&] { root.type({"BPE"}); }),
             std::string("c: type: missing (supported: BPE)"));
  }

  void hostileValuesAreShownShortened() {
    const std::string title(10000, 'x');
    const nlohmann::json json = {{"title", 1}, {"long", title}};
    const msl::JsonReader root(json, "h.json");
    const std::string message = errorOf([&] { root["long"].integer(); });
    QVERIFY2(message.size() < 120, message.c_str());
    QVERIFY2(message.rfind("h.json: long: expected an integer, found \"xxx", 0) == 0,
             message.c_str());
  }

  void orderedReaderKeepsTheFilesOrder() {
    const auto json =
        msl::parseJson<nlohmann::ordered_json>(R"({"train": 1, "valid": 2, "test": 3})", "o.json");
    const msl::OrderedJsonReader root(json, "o.json");
    std::vector<std::string> names;
    for (const auto& [name, value] : root.members())
      names.push_back(name + "=" + std::to_string(value.integer()));
    QCOMPARE(names, (std::vector<std::string>{"train=1", "valid=2", "test=3"}));
  }
};

QTEST_APPLESS_MAIN(TestJsonReader)
#include "tst_json_reader.moc"
