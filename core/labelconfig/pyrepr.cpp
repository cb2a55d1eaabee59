#include "labelconfig/pyrepr.h"

#include "labelconfig/validate_python.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace lsdesk {

namespace {
// Normalised decimal text of an int: no '+', no leading zeros, "0" never negative.
QString normaliseDigits(QString t)
{
    bool negative = false;
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QLatin1Char('+'))) {
        negative = t.at(0) == QLatin1Char('-');
        t.remove(0, 1);
    }
    int i = 0;
    while (i < t.size() - 1 && t.at(i) == QLatin1Char('0'))
        ++i;
    t = t.mid(i);
    if (t == QLatin1String("0"))
        negative = false;
    return negative ? QLatin1Char('-') + t : t;
}

// Code points of a QString (lone surrogates kept as themselves, as Python's str holds them).
std::vector<char32_t> codePoints(const QString &s)
{
    std::vector<char32_t> out;
    out.reserve(size_t(s.size()));
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out.push_back(QChar::surrogateToUcs4(c, s.at(i + 1)));
            ++i;
        } else {
            out.push_back(c.unicode());
        }
    }
    return out;
}

// CPython's Py_UNICODE_ISPRINTABLE: everything but "Other" and "Separator" categories, space excepted.
bool pyPrintable(char32_t c)
{
    if (c == U' ')
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

QString hex(uint v, int width)
{
    return QStringLiteral("%1").arg(v, width, 16, QLatin1Char('0'));
}

void appendRepr(const PyValue &v, QString &out);

void appendDictRepr(const PyValue &v, QString &out)
{
    if (v.isOrderedDict()) {
        // CPython 3.11: OrderedDict([('a', 1), ('b', 2)]); 3.12 changed this to OrderedDict({...}).
        if (v.size() == 0) {
            out += QLatin1String("OrderedDict()");
            return;
        }
        out += QLatin1String("OrderedDict([");
        for (int i = 0; i < v.size(); ++i) {
            if (i)
                out += QLatin1String(", ");
            out += QLatin1Char('(') + pyReprString(v.keyAt(i)) + QLatin1String(", ");
            appendRepr(v.at(i), out);
            out += QLatin1Char(')');
        }
        out += QLatin1String("])");
        return;
    }
    out += QLatin1Char('{');
    for (int i = 0; i < v.size(); ++i) {
        if (i)
            out += QLatin1String(", ");
        out += pyReprString(v.keyAt(i)) + QLatin1String(": ");
        appendRepr(v.at(i), out);
    }
    out += QLatin1Char('}');
}

void appendRepr(const PyValue &v, QString &out)
{
    switch (v.type()) {
    case PyValue::Type::None:
        out += QLatin1String("None");
        return;
    case PyValue::Type::Bool:
        out += v.toBool() ? QLatin1String("True") : QLatin1String("False");
        return;
    case PyValue::Type::Int:
        out += v.intText();
        return;
    case PyValue::Type::Float:
        out += pyFloatRepr(v.toDouble());
        return;
    case PyValue::Type::Str:
        out += pyReprString(v.str());
        return;
    case PyValue::Type::List:
        out += QLatin1Char('[');
        for (int i = 0; i < v.size(); ++i) {
            if (i)
                out += QLatin1String(", ");
            appendRepr(v.at(i), out);
        }
        out += QLatin1Char(']');
        return;
    case PyValue::Type::Dict:
        appendDictRepr(v, out);
        return;
    }
}

// json.dumps' string encoder with ensure_ascii=True.
void appendJsonString(const QString &s, QString &out)
{
    out += QLatin1Char('"');
    for (const QChar c : s) {
        const ushort u = c.unicode();
        switch (u) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (u < 0x20 || u > 0x7e)
                out += QLatin1String("\\u") + hex(u, 4); // UTF-16 units: astral chars become pairs
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

void appendJson(const PyValue &v, QString &out)
{
    switch (v.type()) {
    case PyValue::Type::None:
        out += QLatin1String("null");
        return;
    case PyValue::Type::Bool:
        out += v.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case PyValue::Type::Int:
        out += v.intText();
        return;
    case PyValue::Type::Float: {
        const double d = v.toDouble();
        if (std::isnan(d))
            out += QLatin1String("NaN");
        else if (std::isinf(d))
            out += d > 0 ? QLatin1String("Infinity") : QLatin1String("-Infinity");
        else
            out += pyFloatRepr(d);
        return;
    }
    case PyValue::Type::Str:
        appendJsonString(v.str(), out);
        return;
    case PyValue::Type::List:
        out += QLatin1Char('[');
        for (int i = 0; i < v.size(); ++i) {
            if (i)
                out += QLatin1String(", ");
            appendJson(v.at(i), out);
        }
        out += QLatin1Char(']');
        return;
    case PyValue::Type::Dict:
        out += QLatin1Char('{');
        for (int i = 0; i < v.size(); ++i) {
            if (i)
                out += QLatin1String(", ");
            appendJsonString(v.keyAt(i), out);
            out += QLatin1String(": ");
            appendJson(v.at(i), out);
        }
        out += QLatin1Char('}');
        return;
    }
}

// Exact int == float comparison, as Python does it (no rounding of the int).
bool intEqualsFloat(const PyValue &i, double f)
{
    if (!std::isfinite(f) || std::trunc(f) != f)
        return false;
    if (i.intFits64()) {
        if (f < -9223372036854775808.0 || f >= 9223372036854775808.0)
            return false;
        return qint64(f) == i.toInt64();
    }
    // Beyond qint64 a double's integer value printed in full is exact (glibc prints all digits).
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.0f", f);
    return normaliseDigits(QString::fromLatin1(buf)) == i.intText();
}
} // namespace

PyValue PyValue::boolean(bool b)
{
    PyValue v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    v.m_int = b ? 1 : 0;
    return v;
}

PyValue PyValue::integer(qint64 i)
{
    PyValue v;
    v.m_type = Type::Int;
    v.m_int = i;
    return v;
}

PyValue PyValue::integerFromText(const QString &digits)
{
    const QString norm = normaliseDigits(digits);
    const int start = norm.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (norm.size() <= start)
        return {};
    for (int i = start; i < norm.size(); ++i) {
        if (norm.at(i) < QLatin1Char('0') || norm.at(i) > QLatin1Char('9'))
            return {};
    }
    bool ok = false;
    const qint64 i = norm.toLongLong(&ok);
    PyValue v;
    v.m_type = Type::Int;
    if (ok)
        v.m_int = i;
    else
        v.m_text = norm;
    return v;
}

PyValue PyValue::real(double d)
{
    PyValue v;
    v.m_type = Type::Float;
    v.m_float = d;
    return v;
}

PyValue PyValue::string(const QString &s)
{
    PyValue v;
    v.m_type = Type::Str;
    v.m_text = s.isNull() ? QLatin1String("") : s;
    return v;
}

PyValue PyValue::list(std::vector<PyValue> items)
{
    PyValue v;
    v.m_type = Type::List;
    v.m_items = std::move(items);
    return v;
}

PyValue PyValue::dict()
{
    PyValue v;
    v.m_type = Type::Dict;
    return v;
}

bool PyValue::truthy() const
{
    switch (m_type) {
    case Type::None:
        return false;
    case Type::Bool:
        return m_bool;
    case Type::Int:
        return !intFits64() || m_int != 0;
    case Type::Float:
        return m_float != 0; // NaN is truthy
    case Type::Str:
        return !m_text.isEmpty();
    case Type::List:
    case Type::Dict:
        return !m_items.empty();
    }
    return false;
}

QString PyValue::intText() const
{
    if (m_type == Type::Bool)
        return m_bool ? QStringLiteral("1") : QStringLiteral("0");
    return m_text.isNull() ? QString::number(m_int) : m_text;
}

double PyValue::toDouble() const
{
    switch (m_type) {
    case Type::Float:
        return m_float;
    case Type::Bool:
        return m_bool ? 1.0 : 0.0;
    case Type::Int:
        if (intFits64())
            return double(m_int);
        return py::cStrtod(m_text.toLatin1()); // correctly rounded, inf on overflow
    default:
        return 0;
    }
}

void PyValue::append(PyValue v)
{
    m_items.push_back(std::move(v));
}

int PyValue::indexOf(const QString &key) const
{
    return m_keys.indexOf(key);
}

const PyValue *PyValue::get(const QString &key) const
{
    if (m_type != Type::Dict)
        return nullptr;
    const int i = m_keys.indexOf(key);
    return i < 0 ? nullptr : &m_items[size_t(i)];
}

void PyValue::insert(const QString &key, PyValue v)
{
    const int i = m_keys.indexOf(key);
    if (i >= 0) {
        m_items[size_t(i)] = std::move(v);
        return;
    }
    m_keys.append(key);
    m_items.push_back(std::move(v));
}

void PyValue::remove(const QString &key)
{
    const int i = m_keys.indexOf(key);
    if (i < 0)
        return;
    m_keys.removeAt(i);
    m_items.erase(m_items.begin() + i);
}

PyValue PyValue::fromQJson(const QJsonValue &j)
{
    switch (j.type()) {
    case QJsonValue::Bool:
        return boolean(j.toBool());
    case QJsonValue::Double: {
        const double d = j.toDouble();
        if (std::trunc(d) == d && std::fabs(d) <= 9007199254740992.0)
            return integer(qint64(d));
        return real(d);
    }
    case QJsonValue::String:
        return string(j.toString());
    case QJsonValue::Array: {
        PyValue l = list();
        const QJsonArray a = j.toArray();
        for (const QJsonValue &e : a)
            l.append(fromQJson(e));
        return l;
    }
    case QJsonValue::Object: {
        PyValue d = dict();
        const QJsonObject o = j.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            d.insert(it.key(), fromQJson(it.value()));
        return d;
    }
    default:
        return {};
    }
}

QJsonValue PyValue::toQJson() const
{
    switch (m_type) {
    case Type::None:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return m_bool;
    case Type::Int:
        return intFits64() ? QJsonValue(m_int) : QJsonValue(toDouble());
    case Type::Float:
        return m_float;
    case Type::Str:
        return m_text;
    case Type::List: {
        QJsonArray a;
        for (const PyValue &v : m_items)
            a.append(v.toQJson());
        return a;
    }
    case Type::Dict: {
        QJsonObject o;
        for (int i = 0; i < size(); ++i)
            o.insert(m_keys.at(i), m_items[size_t(i)].toQJson());
        return o;
    }
    }
    return {};
}

QString pyReprString(const QString &s)
{
    const bool hasSingle = s.contains(QLatin1Char('\''));
    const bool hasDouble = s.contains(QLatin1Char('"'));
    const QChar quote = hasSingle && !hasDouble ? QLatin1Char('"') : QLatin1Char('\'');
    QString out;
    out.reserve(s.size() + 2);
    out += quote;
    for (const char32_t c : codePoints(s)) {
        if (c == quote.unicode() || c == U'\\') {
            out += QLatin1Char('\\');
            out += QChar(ushort(c));
        } else if (c == U'\t') {
            out += QLatin1String("\\t");
        } else if (c == U'\n') {
            out += QLatin1String("\\n");
        } else if (c == U'\r') {
            out += QLatin1String("\\r");
        } else if (c < U' ' || c == 0x7f) {
            out += QLatin1String("\\x") + hex(c, 2);
        } else if (c < 0x7f) {
            out += QChar(ushort(c));
        } else if (pyPrintable(c)) {
            if (QChar::requiresSurrogates(c)) {
                out += QChar(QChar::highSurrogate(c));
                out += QChar(QChar::lowSurrogate(c));
            } else {
                out += QChar(ushort(c));
            }
        } else if (c <= 0xff) {
            out += QLatin1String("\\x") + hex(c, 2);
        } else if (c <= 0xffff) {
            out += QLatin1String("\\u") + hex(c, 4);
        } else {
            out += QLatin1String("\\U") + hex(c, 8);
        }
    }
    out += quote;
    return out;
}

QString pyFloatRepr(double d)
{
    if (std::isnan(d))
        return QStringLiteral("nan");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    // Shortest round-trip digits, then CPython's 'r' layout: positional while the decimal exponent is
    // in [-4, 16), else d.ddde±XX; positional values always show a fractional part.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    const QString sci = QString::fromLatin1(buf, int(res.ptr - buf));
    const int e = sci.indexOf(QLatin1Char('e'));
    QString mantissa = sci.left(e);
    const int exponent = sci.mid(e + 1).toInt();
    const bool negative = mantissa.startsWith(QLatin1Char('-'));
    if (negative)
        mantissa.remove(0, 1);
    const QString digits = QString(mantissa).remove(QLatin1Char('.'));
    QString out;
    if (exponent < -4 || exponent >= 16) {
        out = digits.left(1);
        if (digits.size() > 1)
            out += QLatin1Char('.') + digits.mid(1);
        out += QLatin1Char('e') + QLatin1Char(exponent < 0 ? '-' : '+')
            + QStringLiteral("%1").arg(std::abs(exponent), 2, 10, QLatin1Char('0'));
    } else if (exponent < 0) {
        out = QLatin1String("0.") + QString(-exponent - 1, QLatin1Char('0')) + digits;
    } else if (digits.size() <= exponent + 1) {
        out = digits + QString(exponent + 1 - digits.size(), QLatin1Char('0')) + QLatin1String(".0");
    } else {
        out = digits.left(exponent + 1) + QLatin1Char('.') + digits.mid(exponent + 1);
    }
    return negative ? QLatin1Char('-') + out : out;
}

QString pyRepr(const PyValue &v)
{
    QString out;
    appendRepr(v, out);
    return out;
}

QString pyStr(const PyValue &v)
{
    return v.isStr() ? v.str() : pyRepr(v);
}

QString pyReprStringList(const QStringList &l)
{
    QString out = QStringLiteral("[");
    for (int i = 0; i < l.size(); ++i) {
        if (i)
            out += QLatin1String(", ");
        out += pyReprString(l.at(i));
    }
    return out + QLatin1Char(']');
}

QString pyTypeRepr(const PyValue &v)
{
    static const char *const names[] = { "NoneType", "bool", "int", "float", "str", "list", "dict" };
    const char *name = names[int(v.type())];
    if (v.isDict() && v.isOrderedDict())
        return QStringLiteral("<class 'collections.OrderedDict'>");
    return QStringLiteral("<class '%1'>").arg(QLatin1String(name));
}

QString pyJsonDumps(const PyValue &v)
{
    QString out;
    appendJson(v, out);
    return out;
}

bool pyEquals(const PyValue &a, const PyValue &b)
{
    using T = PyValue::Type;
    const bool aNum = a.isBool() || a.isInt() || a.isFloat();
    const bool bNum = b.isBool() || b.isInt() || b.isFloat();
    if (aNum && bNum) {
        if (a.isFloat() && b.isFloat())
            return a.toDouble() == b.toDouble();
        if (a.isFloat())
            return b.isBool() ? a.toDouble() == b.toDouble() : intEqualsFloat(b, a.toDouble());
        if (b.isFloat())
            return a.isBool() ? a.toDouble() == b.toDouble() : intEqualsFloat(a, b.toDouble());
        return a.intText() == b.intText();
    }
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case T::None:
        return true;
    case T::Str:
        return a.str() == b.str();
    case T::List:
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i) {
            if (!pyEquals(a.at(i), b.at(i)))
                return false;
        }
        return true;
    case T::Dict:
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i) {
            const PyValue *other = b.get(a.keyAt(i));
            if (!other || !pyEquals(a.at(i), *other))
                return false;
        }
        return true;
    default:
        return false;
    }
}

bool pyHashable(const PyValue &v)
{
    return !v.isList() && !v.isDict();
}

bool pyStrLess(const QString &a, const QString &b)
{
    const auto ca = codePoints(a);
    const auto cb = codePoints(b);
    return std::lexicographical_compare(ca.begin(), ca.end(), cb.begin(), cb.end());
}

} // namespace lsdesk
