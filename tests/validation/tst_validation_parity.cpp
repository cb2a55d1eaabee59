// Validation parity with label-studio-sdk, live: gen_validation_cases.py (run with the test venv) records
// what LabelInterface says about a corpus of regions, annotations, predictions, relations, tasks and
// configs — verdicts, exact error texts, json schemas and sample tasks — and this test requires lsdesk
// to say the same.
//
// Cases the generator marks non-strict are those where the SDK's "error" is the text of a Python
// exception raised inside it: there lsdesk must fail at the same place, with the same prefix, in words
// of its own (and never repeat the Python text).

#include "labelconfig/configvalidator.h"
#include "labelconfig/jsonschema.h"
#include "labelconfig/labelinterface.h"
#include "labelconfig/pyrepr.h"
#include "labelconfig/sampletask.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace lsdesk;

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out << x.toString();
    return out;
}

PyValue parse(const QString &json)
{
    QString error;
    const auto v = PyValue::fromJson(json.toUtf8(), &error);
    if (!v)
        qFatal("corpus JSON does not parse: %s (%s)", qPrintable(error), qPrintable(json.left(200)));
    return *v;
}

QString dump(const QStringList &l)
{
    return QLatin1String("\n    ") + l.join(QLatin1String("\n    "));
}
} // namespace

class TestValidationParity : public QObject
{
    Q_OBJECT

    QJsonObject m_corpus;
    QHash<QString, std::shared_ptr<LabelInterface>> m_configs;

    const LabelInterface *config(const QString &id)
    {
        if (!m_configs.contains(id)) {
            XmlError error;
            const QString xml = m_corpus.value(QLatin1String("configs")).toObject().value(id).toString();
            m_configs.insert(
                id, std::shared_ptr<LabelInterface>(LabelInterface::parse(xml, &error).release()));
            if (!m_configs.value(id))
                qWarning().noquote() << "config" << id << "does not parse:" << error.toString();
        }
        return m_configs.value(id).get();
    }

    void addRows(const char *section)
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = m_corpus.value(QLatin1String(section)).toArray();
        for (const QJsonValue &v : cases)
            QTest::newRow(qPrintable(str(v.toObject(), "name"))) << v.toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = qEnvironmentVariable("LSDESK_VALIDATION_CASES");
        QVERIFY2(!path.isEmpty(), "LSDESK_VALIDATION_CASES is not set: run through ctest");
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        m_corpus = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(m_corpus.value(QLatin1String("region_cases")).toArray().size() >= 400);
    }

    // Every control tag the SDK knows has region cases of its own.
    void coverage()
    {
        QSet<QString> types;
        const QJsonArray cases = m_corpus.value(QLatin1String("region_cases")).toArray();
        for (const QJsonValue &v : cases) {
            const PyValue input = parse(str(v.toObject(), "input"));
            const PyValue *result = input.isDict() ? input.get(QStringLiteral("result")) : nullptr;
            for (const PyValue &r :
                result && result->isList() ? result->items() : std::vector<PyValue> { input }) {
                const PyValue *t = r.isDict() ? r.get(QStringLiteral("type")) : nullptr;
                if (t && t->isStr())
                    types.insert(t->str().toLower());
            }
        }
        for (const QString &tag : tags::controlTags())
            QVERIFY2(types.contains(tag), qPrintable(tag));
    }

    void regions_data() { addRows("region_cases"); }
    void regions()
    {
        QFETCH(QJsonObject, c);
        const LabelInterface *li = config(str(c, "config"));
        QVERIFY(li);
        const ConfigValidator validator(*li);
        const PyValue input = parse(str(c, "input"));
        const QString kind = str(c, "kind");
        const int index = c.value(QLatin1String("index")).toInt();
        QStringList errors;
        if (kind == QLatin1String("prediction")) {
            errors = validator.validatePrediction(input);
        } else if (kind == QLatin1String("annotation")) {
            errors = validator.validateAnnotation(input);
        } else if (kind == QLatin1String("region")) {
            errors = validator.validateRegion(input, index);
        } else {
            const PyValue regions = parse(str(c, "regions"));
            errors = validator.validateRelation(
                input, QList<PyValue>(regions.items().begin(), regions.items().end()), index);
        }

        if (c.contains(QLatin1String("sdk_raises"))) {
            // The SDK raises here; lsdesk must report the value invalid, with its own words.
            QVERIFY2(!errors.isEmpty(), qPrintable(str(c, "sdk_raises")));
            for (const QString &e : std::as_const(errors))
                QVERIFY2(!e.contains(str(c, "sdk_raises").section(QLatin1String(": "), 1)), qPrintable(e));
            return;
        }
        const QStringList expected = strings(c.value(QLatin1String("errors")));
        const QJsonArray crash = c.value(QLatin1String("crash")).toArray();
        if (errors.size() != expected.size())
            qWarning().noquote() << "lsdesk:" << dump(errors) << "\nsdk:" << dump(expected);
        QCOMPARE(errors.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            if (crash.at(i).isNull()) {
                if (errors.at(i) != expected.at(i))
                    qWarning().noquote() << "lsdesk:" << dump(errors) << "\nsdk:" << dump(expected);
                QCOMPARE(errors.at(i), expected.at(i));
            } else {
                const QString prefix = crash.at(i).toString();
                QVERIFY2(errors.at(i).startsWith(prefix) && errors.at(i).size() > prefix.size(),
                    qPrintable(errors.at(i) + QLatin1String(" / expected prefix ") + prefix));
                QVERIFY2(errors.at(i) != expected.at(i), qPrintable(errors.at(i)));
            }
        }
    }

    void tasks_data() { addRows("task_cases"); }
    void tasks()
    {
        QFETCH(QJsonObject, c);
        const LabelInterface *li = config(str(c, "config"));
        QVERIFY(li);
        const QStringList errors = ConfigValidator(*li).validateTask(parse(str(c, "input")));
        const bool valid = c.value(QLatin1String("valid")).toBool();
        if (errors.isEmpty() != valid)
            qWarning().noquote() << "lsdesk:" << dump(errors);
        QCOMPARE(errors.isEmpty(), valid);
    }

    void configs_data() { addRows("config_cases"); }
    void configs()
    {
        QFETCH(QJsonObject, c);
        const QStringList errors = ConfigValidator::validateConfig(str(c, "config"));
        if (c.value(QLatin1String("strict")).toBool()) {
            const QStringList expected = strings(c.value(QLatin1String("errors")));
            if (errors != expected)
                qWarning().noquote() << "lsdesk:" << dump(errors) << "\nsdk:" << dump(expected);
            QCOMPARE(errors, expected);
        } else {
            QCOMPARE(errors.isEmpty(), c.value(QLatin1String("valid")).toBool());
        }
    }

    void schemas_data() { addRows("schema_cases"); }
    void schemas()
    {
        QFETCH(QJsonObject, c);
        const LabelInterface *li = config(str(c, "config"));
        QVERIFY(li);
        QString error;
        const auto schema = labelConfigJsonSchema(*li, &error);
        if (c.contains(QLatin1String("sdk_raises"))) {
            QVERIFY2(!schema, "the SDK raises here");
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(schema, qPrintable(error));
        QCOMPARE(pyJsonDumps(*schema), str(c, "json"));
    }

    void samples_data() { addRows("sample_cases"); }
    void samples()
    {
        QFETCH(QJsonObject, c);
        const LabelInterface *li = config(str(c, "config"));
        QVERIFY(li);
        QString error;
        const SampleMode mode
            = str(c, "mode") == QLatin1String("upload") ? SampleMode::Upload : SampleMode::EditorPreview;
        const auto task = generateSampleTask(*li, mode, c.value(QLatin1String("secure")).toBool(), &error);
        if (c.contains(QLatin1String("sdk_raises"))) {
            QVERIFY2(!task, "the SDK raises here");
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(task, qPrintable(error));
        // TimeSeries value columns are random in the SDK: compare their shape.
        const auto normalise = [&](PyValue t) {
            const QJsonObject random = c.value(QLatin1String("random")).toObject();
            for (auto it = random.begin(); it != random.end(); ++it) {
                const PyValue *ts = t.get(it.key());
                if (!ts || !ts->isDict())
                    continue;
                PyValue fixed = *ts;
                for (int k = 0; k < fixed.size(); ++k) {
                    if (fixed.keyAt(k) == it.value().toString())
                        continue;
                    bool shape = fixed.at(k).isList() && fixed.at(k).size() == 100;
                    for (const PyValue &x : fixed.at(k).items())
                        shape = shape && x.isFloat();
                    fixed.insert(fixed.keyAt(k),
                        PyValue::string(shape ? QStringLiteral("<100 floats>") : QStringLiteral("<bad>")));
                }
                t.insert(it.key(), fixed);
            }
            return pyJsonDumps(t);
        };
        QCOMPARE(normalise(*task), normalise(parse(str(c, "json"))));
    }
};

QTEST_GUILESS_MAIN(TestValidationParity)
#include "tst_validation_parity.moc"
