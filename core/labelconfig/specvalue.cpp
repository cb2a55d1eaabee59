// SpecValue and SpecAttributes: the Python values of a config spec (configspec.h).

#include "configspec.h"
#include "specjson_p.h"

#include <QStringList>
#include <cstdlib>

namespace lsdesk {

SpecValue SpecValue::string(const QString &s)
{
    SpecValue v;
    v.type = Type::String;
    v.text = s;
    return v;
}

SpecValue SpecValue::array(const QList<SpecValue> &elements)
{
    SpecValue v;
    v.type = Type::Array;
    v.elements = elements;
    return v;
}

bool SpecValue::isTruthy() const
{
    switch (type) {
    case Type::Null:
        return false;
    case Type::Bool:
        return text == QLatin1String("true");
    case Type::Number:
        // json.loads makes 0, -0, 0.0 and underflowing literals (1e-400) zero; strtod agrees.
        return std::strtod(text.toLatin1().constData(), nullptr) != 0.0;
    case Type::String:
        return !text.isEmpty();
    case Type::Array:
        return !elements.isEmpty();
    case Type::Object:
        return !members.isEmpty();
    }
    return false;
}

QString SpecValue::toJson() const
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
    case Type::Number:
        return text;
    case Type::String:
        return specjson::quote(text);
    case Type::Array: {
        QStringList parts;
        for (const SpecValue &e : elements)
            parts << e.toJson();
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    case Type::Object: {
        QStringList parts;
        for (const auto &m : members)
            parts << specjson::quote(m.first) + QLatin1Char(':') + m.second.toJson();
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    }
    return {};
}

bool SpecValue::operator==(const SpecValue &other) const
{
    return type == other.type && text == other.text && elements == other.elements && members == other.members;
}

SpecAttributes::SpecAttributes(std::initializer_list<Entry> entries)
{
    for (const Entry &e : entries)
        set(e.first, e.second);
}

qsizetype SpecAttributes::indexOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].first == key)
            return i;
    }
    return -1;
}

const SpecValue *SpecAttributes::find(const QString &key) const
{
    const qsizetype i = indexOf(key);
    return i >= 0 ? &m_entries[i].second : nullptr;
}

void SpecAttributes::set(const QString &key, const SpecValue &value)
{
    const qsizetype i = indexOf(key);
    if (i >= 0)
        m_entries[i].second = value;
    else
        m_entries.append({ key, value });
}

void SpecAttributes::setDefault(const QString &key, const SpecValue &value)
{
    if (!contains(key))
        m_entries.append({ key, value });
}

SpecAttributes SpecAttributes::fromUniqueEntries(QList<Entry> entries)
{
    SpecAttributes a;
    a.m_entries = std::move(entries);
    return a;
}

} // namespace lsdesk
