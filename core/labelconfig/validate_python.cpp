#include "labelconfig/validate_python.h"

#include <clocale>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <locale.h>

namespace lsdesk::py {

namespace {
// Python's ASCII isspace (Py_ISSPACE), used once non-ASCII characters have been folded.
bool asciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII spaces become ' ', non-ASCII decimal digits
// their ASCII digit; anything else non-ASCII makes the number invalid.
std::optional<QByteArray> foldToAscii(const QString &s)
{
    QByteArray out;
    out.reserve(s.size());
    for (int i = 0; i < s.size(); ++i) {
        char32_t c = s.at(i).unicode();
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
            ++i;
        }
        if (c < 128) {
            if (c == 0)
                return std::nullopt;
            out += char(c);
        } else if (isSpace(c)) {
            out += ' ';
        } else if (QChar::category(c) == QChar::Number_DecimalDigit) {
            out += char('0' + QChar::digitValue(c));
        } else {
            return std::nullopt;
        }
    }
    return out;
}

QByteArray stripAscii(const QByteArray &s)
{
    int b = 0, e = int(s.size());
    while (b < e && asciiSpace(s.at(b)))
        ++b;
    while (e > b && asciiSpace(s.at(e - 1)))
        --e;
    return s.mid(b, e - b);
}

// _Py_string_to_number_with_underscores: an underscore must sit between two digits.
std::optional<QByteArray> removeUnderscores(const QByteArray &s)
{
    if (!s.contains('_'))
        return s;
    QByteArray out;
    char prev = '\0';
    for (const char c : s) {
        if (c == '_') {
            if (!(prev >= '0' && prev <= '9'))
                return std::nullopt;
        } else {
            if (prev == '_' && !(c >= '0' && c <= '9'))
                return std::nullopt;
            out += c;
        }
        prev = c;
    }
    if (prev == '_')
        return std::nullopt;
    return out;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The grammar PyOS_string_to_double accepts: [sign] (inf|infinity|nan | digits[.digits][e[sign]digits]).
bool floatSyntax(const QByteArray &s)
{
    int i = 0;
    if (i < s.size() && (s.at(i) == '+' || s.at(i) == '-'))
        ++i;
    const QByteArray rest = s.mid(i).toLower();
    if (rest == "inf" || rest == "infinity" || rest == "nan")
        return true;
    int digits = 0;
    while (i < s.size() && isDigit(s.at(i))) {
        ++i;
        ++digits;
    }
    if (i < s.size() && s.at(i) == '.') {
        ++i;
        while (i < s.size() && isDigit(s.at(i))) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (i < s.size() && (s.at(i) == 'e' || s.at(i) == 'E')) {
        ++i;
        if (i < s.size() && (s.at(i) == '+' || s.at(i) == '-'))
            ++i;
        int expDigits = 0;
        while (i < s.size() && isDigit(s.at(i))) {
            ++i;
            ++expDigits;
        }
        if (expDigits == 0)
            return false;
    }
    return i == s.size();
}

PyValue intFromDouble(double t)
{
    if (t >= -9223372036854775808.0 && t < 9223372036854775808.0)
        return PyValue::integer(qint64(t));
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.0f", t);
    return PyValue::integerFromText(QString::fromLatin1(buf));
}
} // namespace

double cStrtod(const QByteArray &s)
{
    // strtod follows LC_NUMERIC, which QCoreApplication sets from the environment: parse in "C".
    static const locale_t c = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    return strtod_l(s.constData(), nullptr, c);
}

QString sdkMessage(const char *format, const QStringList &args)
{
    const QString f = QString::fromUtf8(format);
    QString out;
    out.reserve(f.size() + 32);
    int next = 0;
    for (int i = 0; i < f.size(); ++i) {
        if (f.at(i) == QLatin1Char('{') && i + 1 < f.size() && f.at(i + 1) == QLatin1Char('}')) {
            out += args.value(next++);
            ++i;
        } else {
            out += f.at(i);
        }
    }
    Q_ASSERT(next == args.size());
    return out;
}

bool isSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
        || c == 0x3000;
}

bool isRustWhitespace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0d) || c == 0x20 || c == 0x85 || c == 0xa0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
        || c == 0x3000;
}

QString strip(const QString &s)
{
    // All of str.isspace() is in the BMP, so UTF-16 units can be tested one by one.
    int b = 0, e = int(s.size());
    while (b < e && isSpace(s.at(b).unicode()))
        ++b;
    while (e > b && isSpace(s.at(e - 1).unicode()))
        --e;
    return s.mid(b, e - b);
}

std::optional<double> floatFromString(const QString &s)
{
    const auto folded = foldToAscii(s);
    if (!folded)
        return std::nullopt;
    const auto plain = removeUnderscores(*folded);
    if (!plain)
        return std::nullopt;
    const QByteArray t = stripAscii(*plain);
    if (!floatSyntax(t))
        return std::nullopt;
    return cStrtod(t);
}

std::optional<PyValue> intFromString(const QString &s)
{
    const auto folded = foldToAscii(s);
    if (!folded)
        return std::nullopt;
    const QByteArray t = stripAscii(*folded);
    int i = 0;
    QByteArray digits;
    if (i < t.size() && (t.at(i) == '+' || t.at(i) == '-')) {
        if (t.at(i) == '-')
            digits += '-';
        ++i;
    }
    if (i >= t.size() || !isDigit(t.at(i)))
        return std::nullopt;
    for (; i < t.size(); ++i) {
        const char c = t.at(i);
        if (isDigit(c)) {
            digits += c;
        } else if (c == '_' && i + 1 < t.size() && isDigit(t.at(i + 1)) && isDigit(t.at(i - 1))) {
            continue;
        } else {
            return std::nullopt;
        }
    }
    return PyValue::integerFromText(QString::fromLatin1(digits));
}

FloatResult toFloat(const PyValue &v)
{
    switch (v.type()) {
    case PyValue::Type::Bool:
    case PyValue::Type::Float:
        return { v.toDouble(), Exc::None };
    case PyValue::Type::Int: {
        const double d = v.toDouble();
        if (std::isinf(d))
            return { 0, Exc::OverflowError }; // "int too large to convert to float"
        return { d, Exc::None };
    }
    case PyValue::Type::Str: {
        const auto d = floatFromString(v.str());
        return d ? FloatResult { *d, Exc::None } : FloatResult { 0, Exc::ValueError };
    }
    default:
        return { 0, Exc::TypeError };
    }
}

IntResult toInt(const PyValue &v)
{
    switch (v.type()) {
    case PyValue::Type::Bool:
        return { PyValue::integer(v.toBool() ? 1 : 0), Exc::None };
    case PyValue::Type::Int:
        return { v, Exc::None };
    case PyValue::Type::Float: {
        const double d = v.toDouble();
        if (std::isnan(d))
            return { {}, Exc::ValueError };
        if (std::isinf(d))
            return { {}, Exc::OverflowError };
        return { intFromDouble(std::trunc(d)), Exc::None };
    }
    case PyValue::Type::Str: {
        const auto i = intFromString(v.str());
        return i ? IntResult { *i, Exc::None } : IntResult { {}, Exc::ValueError };
    }
    default:
        return { {}, Exc::TypeError };
    }
}

} // namespace lsdesk::py
