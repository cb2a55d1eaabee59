// ConfigBuilder against label-studio-sdk's LabelInterface.create(), live: the corpus is written by
// gen_create_cases.py from the test venv just before this runs (CTest fixture parity_create_cases),
// and its path comes in LSDESK_PARITY_CREATE_CASES. Plus the §12 test vectors TV1-TV5 as unit rows.

#include "labelconfig/configbuilder.h"
#include "labelconfig/configspec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace lsdesk;

namespace {

struct Corpus
{
    QString error;
    QJsonObject root;
};

const Corpus &corpus()
{
    static const Corpus c = [] {
        Corpus r;
        const QString path = qEnvironmentVariable("LSDESK_PARITY_CREATE_CASES");
        if (path.isEmpty()) {
            r.error
                = QStringLiteral("LSDESK_PARITY_CREATE_CASES is not set; run through ctest, or run "
                                 "gen_create_cases.py OUT.json with the venv's python and point it there.");
            return r;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            r.error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
            return r;
        }
        QJsonParseError perr {};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
            r.error = QStringLiteral("%1 is not a JSON object: %2").arg(path, perr.errorString());
            return r;
        }
        r.root = doc.object();
        return r;
    }();
    return c;
}

// Where two texts first differ, with some context, escaped so whitespace shows.
QString firstDifference(const QString &actual, const QString &expected)
{
    qsizetype i = 0;
    while (i < actual.size() && i < expected.size() && actual[i] == expected[i])
        ++i;
    auto around = [i](const QString &s) {
        QString part = s.mid(qMax<qsizetype>(0, i - 40), 80);
        part.replace(QLatin1Char('\n'), QStringLiteral("\\n"))
            .replace(QLatin1Char('\t'), QStringLiteral("\\t"))
            .replace(QLatin1Char('\r'), QStringLiteral("\\r"));
        return part;
    };
    return QStringLiteral(
        "first difference at character %1 (lengths %2 vs %3)\n   actual: ...%4...\n expected: ...%5...")
        .arg(i)
        .arg(actual.size())
        .arg(expected.size())
        .arg(around(actual), around(expected));
}

SpecTag stringTag(const QString &key, const QString &tag)
{
    SpecTag t;
    t.key = key;
    t.form = SpecTag::Form::String;
    t.tag = tag;
    return t;
}

SpecValue str(const char *s)
{
    return SpecValue::string(QString::fromUtf8(s));
}

SpecValue strings(std::initializer_list<const char *> list)
{
    QList<SpecValue> values;
    for (const char *s : list)
        values.append(str(s));
    return SpecValue::array(values);
}

// QVERIFY2 evaluates its message even when the check passes, so it must not touch an empty optional.
template <typename Result> QString errorText(const Result &r)
{
    return r.error ? r.error->message : QString();
}

QString attributesText(const SpecAttributes &a)
{
    QStringList parts;
    for (const auto &e : a.entries())
        parts << e.first + QLatin1Char('=') + e.second.toJson();
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestCreateParity : public QObject
{
    Q_OBJECT

private slots:
    void corpusShape();
    void tables();
    void cases_data();
    void cases();

    void tv1_convertForms_data();
    void tv1_convertForms();
    void tv2_convertTagsDescription();
    void tv3_taxonomyHelper();
    void tv4_tagInstances();
    void tv5_reactCodeInstance();

    void specErrors_data();
    void specErrors();
    void extensionsByHand();
};

void TestCreateParity::corpusShape()
{
    QVERIFY2(corpus().error.isEmpty(), qPrintable(corpus().error));
    const QJsonArray cases = corpus().root.value(QLatin1String("cases")).toArray();
    int parity = 0;
    QSet<QString> ids;
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        QVERIFY2(!ids.contains(c.value(QLatin1String("id")).toString()), "duplicate case id");
        ids.insert(c.value(QLatin1String("id")).toString());
        if (c.contains(QLatin1String("expected")))
            ++parity;
    }
    qInfo("corpus: %lld cases, %d byte-parity, %lld extension cases (label-studio-sdk %s, Python %s, %s)",
        qlonglong(cases.size()), parity,
        qlonglong(corpus().root.value(QLatin1String("extension_cases")).toArray().size()),
        qPrintable(corpus().root.value(QLatin1String("label_studio_sdk")).toString()),
        qPrintable(corpus().root.value(QLatin1String("python")).toString()),
        qPrintable(corpus().root.value(QLatin1String("expat")).toString()));
    QVERIFY2(parity >= 250, qPrintable(QStringLiteral("only %1 byte-parity cases").arg(parity)));
}

// The tag tables and XML name classes are copies; the corpus carries the live ones.
void TestCreateParity::tables()
{
    QVERIFY2(corpus().error.isEmpty(), qPrintable(corpus().error));
    auto list = [](const char *key) {
        QStringList l;
        for (const QJsonValue &v : corpus().root.value(QLatin1String(key)).toArray())
            l << v.toString();
        return l;
    };
    QCOMPARE(ConfigBuilder::objectTags(), list("object_tags"));
    QCOMPARE(ConfigBuilder::controlTags(), list("control_tags"));

    const QJsonObject names = corpus().root.value(QLatin1String("name_tables")).toObject();
    for (const char *which : { "start", "name" }) {
        QList<bool> accepted(0x10000, false);
        for (const QJsonValue &r : names.value(QLatin1String(which)).toArray()) {
            const QJsonArray pair = r.toArray();
            for (int c = pair.at(0).toInt(); c <= pair.at(1).toInt(); ++c)
                accepted[c] = true;
        }
        const bool start = qstrcmp(which, "start") == 0;
        for (char32_t c = 0; c < 0x10000; ++c) {
            const bool ours = start ? ConfigBuilder::isNameStartChar(c) : ConfigBuilder::isNameChar(c);
            if (ours != accepted[int(c)])
                QFAIL(qPrintable(QStringLiteral("%1 char U+%2: expat says %3")
                                     .arg(QLatin1String(which))
                                     .arg(uint(c), 4, 16, QLatin1Char('0'))
                                     .arg(accepted[int(c)])));
        }
    }
    // isValidName has an ASCII fast path; it must agree with the tables.
    for (char16_t c = 1; c < 0xD800; ++c) {
        const QString ch(QChar { c });
        if (c == u':')
            continue;
        QCOMPARE(ConfigBuilder::isValidName(ch), ConfigBuilder::isNameStartChar(c));
        QCOMPARE(ConfigBuilder::isValidName(QStringLiteral("a") + ch), ConfigBuilder::isNameChar(c));
    }
    QVERIFY(names.value(QLatin1String("astral_accepted")).toArray().isEmpty());
    QVERIFY(!ConfigBuilder::isNameStartChar(0x1F600) && !ConfigBuilder::isNameChar(0x10000));
}

void TestCreateParity::cases_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("sdk");

    if (!corpus().error.isEmpty()) {
        QTest::newRow("corpus-missing")
            << QByteArray() << QStringLiteral("missing") << corpus().error << QString();
        return;
    }
    for (const char *list : { "cases", "extension_cases" }) {
        for (const QJsonValue &v : corpus().root.value(QLatin1String(list)).toArray()) {
            const QJsonObject c = v.toObject();
            const QByteArray spec = c.value(QLatin1String("spec")).toString().toUtf8();
            const QByteArray id = c.value(QLatin1String("id")).toString().toUtf8();
            QString kind, expected, sdk;
            if (c.contains(QLatin1String("expected"))) {
                kind = QStringLiteral("parity");
                expected = c.value(QLatin1String("expected")).toString();
            } else if (c.contains(QLatin1String("extension_expected"))) {
                kind = QStringLiteral("extension");
                expected = c.value(QLatin1String("extension_expected")).toString();
                sdk = c.value(QLatin1String("sdk_error")).toString();
            } else if (c.contains(QLatin1String("divergence_expected"))) {
                kind = QStringLiteral("divergence");
                expected = c.value(QLatin1String("divergence_expected")).toString();
                sdk = c.value(QLatin1String("sdk_defect")).toString();
            } else {
                kind = QStringLiteral("error");
                sdk = c.contains(QLatin1String("sdk_error"))
                    ? c.value(QLatin1String("sdk_error")).toString()
                    : c.value(QLatin1String("sdk_defect")).toString();
            }
            QTest::newRow(id.constData()) << spec << kind << expected << sdk;
        }
    }
}

void TestCreateParity::cases()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QFETCH(QString, sdk);

    if (kind == QLatin1String("missing"))
        QFAIL(qPrintable(expected));

    const ConfigBuildResult r = ConfigBuilder::createFromJson(spec);
    if (kind == QLatin1String("error")) {
        // The SDK raised (or returned text that is no config): we must say why, not crash.
        QVERIFY2(
            !r.ok(), qPrintable(QStringLiteral("SDK: %1\nbut ConfigBuilder returned:\n%2").arg(sdk, r.text)));
        QVERIFY2(!r.error->message.trimmed().isEmpty(), "empty error message");
        QVERIFY(r.text.isEmpty());
        return;
    }
    QVERIFY2(r.ok(),
        qPrintable(QStringLiteral("ConfigBuilder error: %1\nexpected:\n%2").arg(errorText(r), expected)));
    if (r.text != expected)
        QFAIL(qPrintable(firstDifference(r.text, expected)));
}

// TV1: "text", ("text", {"name": "test_name"}) and ("text", {}) all convert to
// ("text", {"name": "test_name", "value": "$test_name"}, ()).
void TestCreateParity::tv1_convertForms_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<bool>("withName");
    QTest::newRow("string") << int(SpecTag::Form::String) << false;
    QTest::newRow("pair-with-name") << int(SpecTag::Form::Pair) << true;
    QTest::newRow("pair-empty") << int(SpecTag::Form::Pair) << false;
}

void TestCreateParity::tv1_convertForms()
{
    QFETCH(int, form);
    QFETCH(bool, withName);
    SpecTag t = stringTag(QStringLiteral("test_name"), QStringLiteral("text"));
    t.form = SpecTag::Form(form);
    if (withName)
        t.attributes.set(QStringLiteral("name"), str("test_name"));
    ConfigBuildError e;
    const std::optional<SpecNode> n = ConfigBuilder::convert(t, &e);
    QVERIFY2(n, qPrintable(e.message));
    QCOMPARE(n->tag, QStringLiteral("text"));
    QCOMPARE(n->attributes,
        (SpecAttributes {
            { QStringLiteral("name"), str("test_name") }, { QStringLiteral("value"), str("$test_name") } }));
    QVERIFY(n->children.isEmpty());
}

// TV2: {"text": "text", "chc": choices(("one", "two"))}
void TestCreateParity::tv2_convertTagsDescription()
{
    ConfigSpec spec;
    spec.tags << stringTag(QStringLiteral("text"), QStringLiteral("text"));
    SpecTag chc;
    chc.key = QStringLiteral("chc");
    chc.form = SpecTag::Form::Choices;
    chc.tag = QStringLiteral("Choices");
    chc.items = strings({ "one", "two" });
    spec.tags << chc;

    const ConfigConvertResult r = ConfigBuilder::convertTags(spec);
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r.elements.size(), 2);
    QCOMPARE(r.elements[0].tag, QStringLiteral("text"));
    QCOMPARE(attributesText(r.elements[0].attributes), QStringLiteral("name=\"text\" value=\"$text\""));
    QVERIFY(r.elements[0].children.isEmpty());
    QCOMPARE(r.elements[1].tag, QStringLiteral("Choices"));
    QCOMPARE(attributesText(r.elements[1].attributes), QStringLiteral("name=\"chc\" toName=\"text\""));
    QCOMPARE(r.elements[1].children.size(), 2);
    QCOMPARE(r.elements[1].children[0].tag, QStringLiteral("Choice"));
    QCOMPARE(attributesText(r.elements[1].children[0].attributes), QStringLiteral("value=\"one\""));
    QCOMPARE(attributesText(r.elements[1].children[1].attributes), QStringLiteral("value=\"two\""));
    QVERIFY(r.elements[1].children[1].children.isEmpty());
}

// TV3: taxonomy(("1", "2", ("3", "4", ("5", "6")))) - the first two levels as the SDK builds them; the
// third, which the SDK turns into value="('5', '6')", is refused with an explanation.
void TestCreateParity::tv3_taxonomyHelper()
{
    ConfigBuildError e;
    const SpecValue twoLevels = SpecValue::array({ str("1"), str("2"), strings({ "3", "4" }) });
    const std::optional<SpecNode> t = ConfigBuilder::taxonomy(twoLevels, {}, &e);
    QVERIFY2(t, qPrintable(e.message));
    QCOMPARE(t->tag, QStringLiteral("Taxonomy"));
    QVERIFY(t->attributes.isEmpty());
    QCOMPARE(t->children.size(), 3);
    QCOMPARE(attributesText(t->children[0].attributes), QStringLiteral("value=\"1\""));
    QCOMPARE(attributesText(t->children[1].attributes), QStringLiteral("value=\"2\""));
    QCOMPARE(attributesText(t->children[2].attributes), QStringLiteral("value=\"3\""));
    QCOMPARE(t->children[2].children.size(), 1);
    QCOMPARE(attributesText(t->children[2].children[0].attributes), QStringLiteral("value=\"4\""));

    const SpecValue tv3 = SpecValue::array(
        { str("1"), str("2"), SpecValue::array({ str("3"), str("4"), strings({ "5", "6" }) }) });
    QVERIFY(!ConfigBuilder::taxonomy(tv3, {}, &e));
    QVERIFY2(e.message.contains(QLatin1String("('5', '6')")), qPrintable(e.message));
}

// TV4: a ChoicesTag named sentiment_class and a TextTag named message with value my_text; then the
// same without names (names from the keys).
void TestCreateParity::tv4_tagInstances()
{
    for (const bool named : { true, false }) {
        ConfigSpec spec;
        SpecTag choices;
        choices.key = QStringLiteral("choices");
        choices.form = SpecTag::Form::Instance;
        choices.instance.cls = SpecInstance::Class::Control;
        choices.instance.tag = choices.tag = QStringLiteral("Choices");
        choices.instance.labels = strings({ "Positive", "Negative", "Neutral" });
        SpecTag input;
        input.key = QStringLiteral("input");
        input.form = SpecTag::Form::Instance;
        input.instance.cls = SpecInstance::Class::Object;
        input.instance.tag = input.tag = QStringLiteral("Text");
        if (named) {
            choices.instance.name = QStringLiteral("sentiment_class");
            input.instance.name = QStringLiteral("message");
            input.instance.value = QStringLiteral("my_text");
        }
        spec.tags << choices << input;
        const ConfigConvertResult r = ConfigBuilder::convertTags(spec);
        QVERIFY2(r.ok(), qPrintable(errorText(r)));
        QCOMPARE(r.elements[0].tag, QStringLiteral("Choices"));
        QCOMPARE(r.elements[1].tag, QStringLiteral("Text"));
        if (named) {
            QCOMPARE(attributesText(r.elements[0].attributes),
                QStringLiteral("name=\"sentiment_class\" toName=\"message\""));
            QCOMPARE(attributesText(r.elements[1].attributes),
                QStringLiteral("name=\"message\" value=\"$my_text\""));
        } else {
            QCOMPARE(attributesText(r.elements[0].attributes),
                QStringLiteral("name=\"choices\" toName=\"input\""));
            QCOMPARE(
                attributesText(r.elements[1].attributes), QStringLiteral("name=\"input\" value=\"$input\""));
        }
        QCOMPARE(r.elements[0].children.size(), 3);
        QCOMPARE(r.elements[0].children[2].tag, QStringLiteral("Choice"));
    }
}

// TV5: a parsed <ReactCode name="doc" toName="doc" data="$document" outputs='...'/> rebuilt alone,
// compact: data="$document" is there and no value= is invented.
void TestCreateParity::tv5_reactCodeInstance()
{
    const QByteArray spec = R"({"tags": [{"name": "doc", "instance": {"class": "control", "tag": "ReactCode",
        "name": "doc", "toName": ["doc"], "attr": {"name": "doc", "toName": "doc", "data": "$document",
        "outputs": "{\"result\":{\"type\":\"string\"}}"}}}], "pretty": false})";
    const ConfigBuildResult r = ConfigBuilder::createFromJson(spec);
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QVERIFY(r.text.contains(QLatin1String("data=\"$document\"")));
    QVERIFY(!r.text.contains(QLatin1String("value=")));
    // The SDK writes toName="['doc']" here (the to_name list's repr); we write the names joined.
    QCOMPARE(r.text,
        QStringLiteral("<View><ReactCode name=\"doc\" toName=\"doc\" data=\"$document\" "
                       "outputs=\"{&quot;result&quot;:{&quot;type&quot;:&quot;string&quot;}}\" /></View>"));
}

void TestCreateParity::specErrors_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("mention");
    QTest::newRow("not-json") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("not-object") << QByteArray("[]") << QStringLiteral("$");
    QTest::newRow("no-tags") << QByteArray("{}") << QStringLiteral("tags");
    QTest::newRow("unknown-key") << QByteArray(R"({"tags": [], "titel": {}})") << QStringLiteral("titel");
    QTest::newRow("duplicate-key") << QByteArray(R"({"tags": [], "pretty": true, "pretty": false})")
                                   << QStringLiteral("twice");
    QTest::newRow("duplicate-attr") << QByteArray(
        R"({"tags": [{"name": "t", "tag": "Text", "attrs": {"a": "1", "a": "2"}}]})")
                                    << QStringLiteral("$.tags[0].attrs");
    QTest::newRow("duplicate-entry") << QByteArray(
        R"({"tags": [{"name": "t", "tag": "Text"}, {"name": "t", "tag": "Image"}]})")
                                     << QStringLiteral("earlier");
    QTest::newRow("no-kind") << QByteArray(R"({"tags": [{"name": "t"}]})") << QStringLiteral("tags[0]");
    QTest::newRow("two-kinds") << QByteArray(R"({"tags": [{"name": "t", "tag": "Text", "choices": []}]})")
                               << QStringLiteral("only one");
    QTest::newRow("string-form-with-attrs")
        << QByteArray(R"({"tags": [{"name": "t", "tag": "Text", "form": "string", "attrs": {}}]})")
        << QStringLiteral("form");
    QTest::newRow("bad-child") << QByteArray(
        R"({"tags": [{"name": "t", "tag": "Text", "children": [["X"]]}]})")
                               << QStringLiteral("children[0]");
    // The path is assembled only on failure, from the innermost segment out: all of it must be there.
    QTest::newRow("deep-path") << QByteArray(R"({"tags": [{"name": "a", "tag": "Text"}, {"name": "t",
        "tag": "View", "children": [{"tag": "V", "children": ["X", {"tag": "Y", "attrs": [["k", 1], [2]]}]}]}]})")
                               << QStringLiteral("$.tags[1].children[0].children[1].attrs[1]: must be");
    QTest::newRow("attr-pair") << QByteArray(R"({"tags": [{"name": "t", "tag": "Text", "attrs": [["a"]]}]})")
                               << QStringLiteral("attrs[0]");
    QTest::newRow("style-string") << QByteArray(R"({"tags": [], "style": "color: red"})")
                                  << QStringLiteral("$.style");
    QTest::newRow("title-number") << QByteArray(R"({"tags": [], "title": 5})") << QStringLiteral("$.title");
    QTest::newRow("pretty-string") << QByteArray(R"({"tags": [], "pretty": "yes"})")
                                   << QStringLiteral("$.pretty");
    QTest::newRow("lone-low-surrogate")
        << QByteArray(R"({"tags": [{"name": "t", "tag": "Text", "attrs": {"a": "\udc00"}}]})")
        << QStringLiteral("surrogate");
    QTest::newRow("lone-high-surrogate")
        << QByteArray(R"({"tags": [{"name": "t", "tag": "Text", "attrs": {"a": "\ud800"}}]})")
        << QStringLiteral("not valid JSON");
    QTest::newRow("invalid-utf8") << QByteArray("{\"tags\": [{\"name\": \"\xff\", \"tag\": \"Text\"}]}")
                                  << QStringLiteral("not valid JSON");
    QTest::newRow("too-deep") << QByteArray(300, '[') << QStringLiteral("levels");
    QTest::newRow("far-too-deep") << QByteArray(1000000, '{') << QStringLiteral("not valid JSON");
    QTest::newRow("nul-byte") << QByteArray("{\"tags\": []}\0 trailing", 23) << QStringLiteral("NUL");
    QTest::newRow("truncated-utf8") << QByteArray("{\"\xf4") << QStringLiteral("not valid JSON");
    QTest::newRow("trailing") << QByteArray(R"({"tags": []} x)") << QStringLiteral("not valid JSON");
    QTest::newRow("nan") << QByteArray(R"({"tags": [{"name": "t", "tag": "Text", "attrs": {"a": NaN}}]})")
                         << QStringLiteral("not valid JSON");
    QTest::newRow("instance-class") << QByteArray(
        R"({"tags": [{"name": "t", "instance": {"class": "x", "tag": "Text"}}]})")
                                    << QStringLiteral("class");
    QTest::newRow("instance-toname-type") << QByteArray(
        R"({"tags": [{"name": "t", "instance": {"class": "control", "tag": "Choices", "toName": "x"}}]})")
                                          << QStringLiteral("toName");
}

void TestCreateParity::specErrors()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, mention);
    QString error;
    const ConfigSpec s = ConfigSpec::fromJson(spec, &error);
    QVERIFY2(!error.isEmpty(), "no error");
    QVERIFY2(error.contains(mention), qPrintable(error));
    QVERIFY(s.tags.isEmpty());
    QVERIFY(!ConfigBuilder::createFromJson(spec).ok());
}

// The extension's corners that the corpus (json.dumps numbers) cannot show: the literal is kept.
void TestCreateParity::extensionsByHand()
{
    const ConfigBuildResult r = ConfigBuilder::createFromJson(
        R"({"tags": [{"name": "t", "tag": "Text", "attrs": {"a": 1.50, "b": 1E5, "c": -0, "value": 0e0}}], "pretty": false})");
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r.text,
        QStringLiteral("<View><Text a=\"1.50\" b=\"1E5\" c=\"-0\" value=\"$t\" name=\"t\" /></View>"));

    const ConfigBuildResult title
        = ConfigBuilder::createFromJson(R"({"tags": [{"name": "t", "tag": "Text"}], "title": "x"})");
    QVERIFY(!title.ok());
    QVERIFY2(title.error->message.contains(QLatin1String("title")), qPrintable(errorText(title)));

    const ConfigBuildResult orphan
        = ConfigBuilder::createFromJson(R"({"tags": [{"name": "c", "choices": ["a"]}]})");
    QVERIFY(!orphan.ok());
    QCOMPARE(orphan.error->key, QStringLiteral("c"));
}

QTEST_GUILESS_MAIN(TestCreateParity)
#include "tst_create_parity.moc"
