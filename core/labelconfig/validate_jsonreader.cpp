#include "labelconfig/pyrepr.h"
#include "labelconfig/validate_python.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <limits>

// PyValue::fromJson: json.loads() as CPython does it. Kept apart from pyrepr.cpp (the other direction).

namespace lsdesk {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("PyValue", s);
}

// Python's json decoder (the C scanner of CPython 3.11's _json module, strict mode): the literals
// NaN, Infinity and -Infinity, ints of any size (up to CPython's 4300-digit conversion limit), lone
// surrogate escapes kept, duplicate keys resolved as a dict does (last value, first position).
class JsonReader
{
public:
    explicit JsonReader(const QString &text)
        : m_s(text)
    { }

    std::optional<PyValue> parseDocument(QString *error)
    {
        skipWhitespace();
        std::optional<PyValue> v = value(0);
        if (v) {
            skipWhitespace();
            if (m_i != m_s.size())
                fail(tr("Extra data"));
        }
        if (!m_error.isEmpty()) {
            if (error)
                *error = tr("Invalid JSON at character %1: %2").arg(m_errorAt).arg(m_error);
            return std::nullopt;
        }
        return v;
    }

private:
    static constexpr int kMaxDepth = 1000; // Python's recursion limit

    std::optional<PyValue> fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorAt = m_i;
        }
        return std::nullopt;
    }

    void skipWhitespace()
    {
        while (m_i < m_s.size()) {
            const ushort c = m_s.at(m_i).unicode();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_i;
        }
    }

    bool consume(QLatin1String word)
    {
        if (QStringView(m_s).mid(m_i, word.size()) != word)
            return false;
        m_i += word.size();
        return true;
    }

    bool digitAt(qsizetype i) const
    {
        return i < m_s.size() && m_s.at(i) >= QLatin1Char('0') && m_s.at(i) <= QLatin1Char('9');
    }

    std::optional<PyValue> value(int depth)
    {
        if (depth > kMaxDepth)
            return fail(tr("Nested too deeply"));
        if (m_i >= m_s.size())
            return fail(tr("Expecting value"));
        const QChar c = m_s.at(m_i);
        switch (c.unicode()) {
        case '"': {
            auto s = string();
            return s ? std::optional<PyValue>(PyValue::string(*s)) : std::nullopt;
        }
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case 'n':
            if (consume(QLatin1String("null")))
                return PyValue();
            break;
        case 't':
            if (consume(QLatin1String("true")))
                return PyValue::boolean(true);
            break;
        case 'f':
            if (consume(QLatin1String("false")))
                return PyValue::boolean(false);
            break;
        case 'N':
            if (consume(QLatin1String("NaN")))
                return PyValue::real(std::numeric_limits<double>::quiet_NaN());
            break;
        case 'I':
            if (consume(QLatin1String("Infinity")))
                return PyValue::real(std::numeric_limits<double>::infinity());
            break;
        case '-':
            if (consume(QLatin1String("-Infinity")))
                return PyValue::real(-std::numeric_limits<double>::infinity());
            break;
        default:
            break;
        }
        return number();
    }

    std::optional<PyValue> number()
    {
        // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        const qsizetype start = m_i;
        qsizetype i = m_i;
        if (i < m_s.size() && m_s.at(i) == QLatin1Char('-'))
            ++i;
        if (!digitAt(i))
            return fail(tr("Expecting value"));
        if (m_s.at(i) == QLatin1Char('0'))
            ++i;
        else
            while (digitAt(i))
                ++i;
        bool isFloat = false;
        if (i < m_s.size() && m_s.at(i) == QLatin1Char('.') && digitAt(i + 1)) {
            isFloat = true;
            i += 2;
            while (digitAt(i))
                ++i;
        }
        if (i < m_s.size() && (m_s.at(i) == QLatin1Char('e') || m_s.at(i) == QLatin1Char('E'))) {
            qsizetype j = i + 1;
            if (j < m_s.size() && (m_s.at(j) == QLatin1Char('+') || m_s.at(j) == QLatin1Char('-')))
                ++j;
            if (digitAt(j)) {
                isFloat = true;
                i = j;
                while (digitAt(i))
                    ++i;
            }
        }
        m_i = i;
        const QString text = m_s.mid(start, i - start);
        if (isFloat)
            return PyValue::real(py::cStrtod(text.toLatin1()));
        if (text.size() - (text.startsWith(QLatin1Char('-')) ? 1 : 0) > 4300)
            return fail(tr("Exceeds the limit (4300 digits) for integer string conversion"));
        return PyValue::integerFromText(text);
    }

    std::optional<QString> string()
    {
        ++m_i; // the opening quote
        QString out;
        while (true) {
            if (m_i >= m_s.size()) {
                fail(tr("Unterminated string"));
                return std::nullopt;
            }
            const QChar c = m_s.at(m_i++);
            if (c == QLatin1Char('"'))
                return out;
            if (c.unicode() < 0x20) {
                --m_i;
                fail(tr("Invalid control character"));
                return std::nullopt;
            }
            if (c != QLatin1Char('\\')) {
                out += c;
                continue;
            }
            if (m_i >= m_s.size()) {
                fail(tr("Unterminated string"));
                return std::nullopt;
            }
            const QChar e = m_s.at(m_i++);
            switch (e.unicode()) {
            case '"':
            case '\\':
            case '/':
                out += e;
                break;
            case 'b':
                out += QLatin1Char('\b');
                break;
            case 'f':
                out += QLatin1Char('\f');
                break;
            case 'n':
                out += QLatin1Char('\n');
                break;
            case 'r':
                out += QLatin1Char('\r');
                break;
            case 't':
                out += QLatin1Char('\t');
                break;
            case 'u': {
                const auto unit = hex4();
                if (!unit)
                    return std::nullopt;
                out += QChar(*unit);
                break;
            }
            default:
                --m_i;
                fail(tr("Invalid \\escape"));
                return std::nullopt;
            }
        }
    }

    std::optional<ushort> hex4()
    {
        bool ok = false;
        const ushort u = m_i + 4 <= m_s.size() ? m_s.mid(m_i, 4).toUShort(&ok, 16) : 0;
        for (qsizetype k = m_i; ok && k < m_i + 4; ++k)
            ok = m_s.at(k).isDigit()
                || (m_s.at(k).toLower() >= QLatin1Char('a') && m_s.at(k).toLower() <= QLatin1Char('f'));
        if (!ok) {
            fail(tr("Invalid \\uXXXX escape"));
            return std::nullopt;
        }
        m_i += 4;
        return u;
    }

    std::optional<PyValue> object(int depth)
    {
        ++m_i;
        PyValue out = PyValue::dict();
        skipWhitespace();
        if (m_i < m_s.size() && m_s.at(m_i) == QLatin1Char('}')) {
            ++m_i;
            return out;
        }
        while (true) {
            if (m_i >= m_s.size() || m_s.at(m_i) != QLatin1Char('"'))
                return fail(tr("Expecting property name enclosed in double quotes"));
            const auto key = string();
            if (!key)
                return std::nullopt;
            skipWhitespace();
            if (m_i >= m_s.size() || m_s.at(m_i) != QLatin1Char(':'))
                return fail(tr("Expecting ':' delimiter"));
            ++m_i;
            skipWhitespace();
            auto v = value(depth + 1);
            if (!v)
                return std::nullopt;
            out.insert(*key, std::move(*v));
            skipWhitespace();
            if (m_i < m_s.size() && m_s.at(m_i) == QLatin1Char('}')) {
                ++m_i;
                return out;
            }
            if (m_i >= m_s.size() || m_s.at(m_i) != QLatin1Char(','))
                return fail(tr("Expecting ',' delimiter"));
            ++m_i;
            skipWhitespace();
        }
    }

    std::optional<PyValue> array(int depth)
    {
        ++m_i;
        PyValue out = PyValue::list();
        skipWhitespace();
        if (m_i < m_s.size() && m_s.at(m_i) == QLatin1Char(']')) {
            ++m_i;
            return out;
        }
        while (true) {
            auto v = value(depth + 1);
            if (!v)
                return std::nullopt;
            out.append(std::move(*v));
            skipWhitespace();
            if (m_i < m_s.size() && m_s.at(m_i) == QLatin1Char(']')) {
                ++m_i;
                return out;
            }
            if (m_i >= m_s.size() || m_s.at(m_i) != QLatin1Char(','))
                return fail(tr("Expecting ',' delimiter"));
            ++m_i;
            skipWhitespace();
        }
    }

    const QString &m_s;
    qsizetype m_i = 0;
    QString m_error;
    qsizetype m_errorAt = 0;
};

} // namespace

std::optional<PyValue> PyValue::fromJson(const QString &text, QString *error)
{
    if (text.startsWith(QChar(0xfeff))) {
        if (error)
            *error = tr("Invalid JSON: unexpected UTF-8 BOM");
        return std::nullopt;
    }
    return JsonReader(text).parseDocument(error);
}

std::optional<PyValue> PyValue::fromJson(const QByteArray &utf8, QString *error)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decode(utf8);
    if (decode.hasError()) {
        if (error)
            *error = tr("Invalid JSON: the text is not UTF-8");
        return std::nullopt;
    }
    return fromJson(text, error);
}

} // namespace lsdesk
