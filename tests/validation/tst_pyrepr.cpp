// PyValue: json.loads / repr / json.dumps with CPython 3.11's exact results (expected values taken from
// CPython). The SDK's validation messages embed these reprs, so every digit and quote matters.

#include "labelconfig/pyrepr.h"
#include "labelconfig/validate_pydantic.h"
#include "labelconfig/validate_python.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace lsdesk;

class TestPyRepr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floatRepr_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("repr");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0.0");
        QTest::newRow("negative zero") << -0.0 << QStringLiteral("-0.0");
        QTest::newRow("one") << 1.0 << QStringLiteral("1.0");
        QTest::newRow("1e16") << 0x1.1c37937e08000p+53 << QStringLiteral("1e+16");
        QTest::newRow("1e15") << 0x1.c6bf526340000p+49 << QStringLiteral("1000000000000000.0");
        QTest::newRow("long") << 0x1.b69b4ba630f35p+56 << QStringLiteral("1.2345678901234568e+17");
        QTest::newRow("0.0001") << 0x1.a36e2eb1c432dp-14 << QStringLiteral("0.0001");
        QTest::newRow("1e-05") << 0x1.4f8b588e368f1p-17 << QStringLiteral("1e-05");
        QTest::newRow("1.5e-07") << 0x1.421f5f40d8376p-23 << QStringLiteral("1.5e-07");
        QTest::newRow("third") << 0x1.5555555555555p-2 << QStringLiteral("0.3333333333333333");
        QTest::newRow("1e22") << 0x1.0f0cf064dd592p+73 << QStringLiteral("1e+22");
        QTest::newRow("denormal") << 0x0.00000000007e8p-1022 << QStringLiteral("1e-320");
        QTest::newRow("min") << 0x0.0000000000001p-1022 << QStringLiteral("5e-324");
        QTest::newRow("max") << 0x1.fffffffffffffp+1023 << QStringLiteral("1.7976931348623157e+308");
        QTest::newRow("-12.375") << -12.375 << QStringLiteral("-12.375");
        QTest::newRow("2^53") << 9007199254740992.0 << QStringLiteral("9007199254740992.0");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("nan");
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << QStringLiteral("-inf");
    }
    void floatRepr()
    {
        QFETCH(double, value);
        QFETCH(QString, repr);
        QCOMPARE(pyFloatRepr(value), repr);
    }

    void stringRepr_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("repr");
        QTest::newRow("single quote") << QStringLiteral("a'b") << QStringLiteral("\"a'b\"");
        QTest::newRow("double quote") << QStringLiteral("a\"b") << QStringLiteral("'a\"b'");
        QTest::newRow("both") << QStringLiteral("a'b\"c") << QStringLiteral("'a\\'b\"c'");
        QTest::newRow("controls") << QString::fromUtf16(u"\t\n\r\u0000\u007f\u0080\u00a0\u00ad", 8)
                                  << QStringLiteral("'\\t\\n\\r\\x00\\x7f\\x80\\xa0\\xad'");
        QTest::newRow("unicode") << QString::fromUtf16(u"\u00e9\U0001F600\U000E0001\u2028")
                                 << QString::fromUtf16(u"'\u00e9\U0001F600\\U000e0001\\u2028'");
        QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << QStringLiteral("'\\ud800'");
        QTest::newRow("backslash") << QStringLiteral("\\") << QStringLiteral("'\\\\'");
        QTest::newRow("unassigned") << QString(QChar(0x0378)) << QStringLiteral("'\\u0378'");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
    }
    void stringRepr()
    {
        QFETCH(QString, value);
        QFETCH(QString, repr);
        QCOMPARE(pyReprString(value), repr);
    }

    void loads_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("repr");
        QTest::addColumn<QString>("dumps");
        QTest::newRow("numbers")
            << QStringLiteral("[1, 1.0, -0, -0.0, 1e400, 1E2, 10000000000000000000000, -1e-400]")
            << QStringLiteral("[1, 1.0, 0, -0.0, inf, 100.0, 10000000000000000000000, -0.0]")
            << QStringLiteral("[1, 1.0, 0, -0.0, Infinity, 100.0, 10000000000000000000000, -0.0]");
        QTest::newRow("duplicate keys")
            << QStringLiteral(R"({"a":1,"b":2,"a":3})") << QStringLiteral("{'a': 3, 'b': 2}")
            << QStringLiteral(R"({"a": 3, "b": 2})");
        QTest::newRow("surrogate pair")
            << QStringLiteral(R"("\ud83d\ude00")") << QString::fromUtf16(u"'\U0001F600'")
            << QStringLiteral(R"("\ud83d\ude00")");
        QTest::newRow("lone surrogate") << QStringLiteral(R"("\ud800x")") << QStringLiteral("'\\ud800x'")
                                        << QStringLiteral(R"("\ud800x")");
        QTest::newRow("NaN") << QStringLiteral("NaN") << QStringLiteral("nan") << QStringLiteral("NaN");
        QTest::newRow("-Infinity") << QStringLiteral(" -Infinity ") << QStringLiteral("-inf")
                                   << QStringLiteral("-Infinity");
        QTest::newRow("literals") << QStringLiteral(R"({"k": [true, false, null, {}]})")
                                  << QStringLiteral("{'k': [True, False, None, {}]}")
                                  << QStringLiteral(R"({"k": [true, false, null, {}]})");
    }
    void loads()
    {
        QFETCH(QString, json);
        QFETCH(QString, repr);
        QFETCH(QString, dumps);
        QString error;
        const auto v = PyValue::fromJson(json, &error);
        QVERIFY2(v, qPrintable(error));
        QCOMPARE(pyRepr(*v), repr);
        QCOMPARE(pyJsonDumps(*v), dumps);
    }

    void loadsRejects_data()
    {
        QTest::addColumn<QString>("json");
        for (const char *bad : { "[1,]", "01", "\"\x01\"", "nan", "{\"a\" 1}", "[1] x", "-", "1.", ".5",
                 "\"\\x\"", "\"\\u12\"", "[", "", "-NaN", "Inf", "1e", "{'a': 1}" })
            QTest::newRow(bad) << QString::fromUtf8(bad);
        QTest::newRow("bom") << QString(QChar(0xfeff)) + QLatin1Char('1');
    }
    void loadsRejects()
    {
        QFETCH(QString, json);
        QVERIFY(!PyValue::fromJson(json));
    }

    // Python's float()/int() and pydantic's lax coercions on strings.
    void numericStrings()
    {
        QCOMPARE(py::floatFromString(QStringLiteral(" 1_0.5 ")).value_or(-1), 10.5);
        QVERIFY(!py::floatFromString(QStringLiteral("1__0")));
        QVERIFY(!py::floatFromString(QStringLiteral("+_1")));
        QCOMPARE(
            py::floatFromString(QString::fromUtf16(u"\u0663.5")).value_or(-1), 3.5); // Arabic-Indic digit
        QVERIFY(std::isinf(py::floatFromString(QStringLiteral("-Infinity")).value_or(0)));
        QCOMPARE(py::intFromString(QStringLiteral(" +0012 "))->intText(), QStringLiteral("12"));
        QVERIFY(!py::intFromString(QStringLiteral("3.0")));
        QCOMPARE(pd::laxInt(PyValue::string(QStringLiteral("3.000")))->intText(), QStringLiteral("3"));
        QVERIFY(!pd::laxInt(PyValue::string(QStringLiteral("3."))));
        QVERIFY(!pd::laxInt(PyValue::real(9223372036854775808.0)));
        QCOMPARE(pd::laxFloat(PyValue::string(QStringLiteral("+_1"))).value_or(-1), 1.0);
        QVERIFY(!pd::laxFloat(PyValue::string(QString::fromUtf16(u"\u0663"))));
        QCOMPARE(pd::laxBool(PyValue::string(QStringLiteral("OFF"))), std::optional<bool>(false));
        QVERIFY(!pd::laxBool(PyValue::integer(2)));
    }

    void equality()
    {
        QVERIFY(pyEquals(PyValue::integer(1), PyValue::real(1.0)));
        QVERIFY(pyEquals(PyValue::boolean(true), PyValue::integer(1)));
        QVERIFY(!pyEquals(PyValue::string(QStringLiteral("1")), PyValue::integer(1)));
        QVERIFY(pyEquals(*PyValue::fromJson(QStringLiteral("100000000000000000000")), PyValue::real(1e20)));
        QVERIFY(pyEquals(*PyValue::fromJson(QStringLiteral(R"({"a": [1], "b": 2})")),
            *PyValue::fromJson(QStringLiteral(R"({"b": 2.0, "a": [true]})"))));
        QVERIFY(!pyEquals(PyValue::real(std::nan("")), PyValue::real(std::nan(""))));
    }
};

QTEST_GUILESS_MAIN(TestPyRepr)
#include "tst_pyrepr.moc"
