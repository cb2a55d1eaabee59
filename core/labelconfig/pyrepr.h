#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace lsdesk {

// A JSON value as Python's json.loads() sees it. The SDK's messages embed Python reprs of annotation
// values, so lsdesk must keep what QJsonValue loses: 10 and 10.0 differ (int vs float repr), ints are
// unbounded, object keys keep their order (Python dicts do), and NaN/Infinity literals are accepted.
class PyValue
{
public:
    enum class Type { None, Bool, Int, Float, Str, List, Dict };

    PyValue() = default; // None
    static PyValue boolean(bool b);
    static PyValue integer(qint64 i);
    // An int of any size from its decimal text ("-123"); returns None for malformed text.
    static PyValue integerFromText(const QString &digits);
    static PyValue real(double d);
    static PyValue string(const QString &s);
    static PyValue list(std::vector<PyValue> items = {});
    static PyValue dict();

    Type type() const { return m_type; }
    bool isNone() const { return m_type == Type::None; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isInt() const { return m_type == Type::Int; }
    bool isFloat() const { return m_type == Type::Float; }
    bool isStr() const { return m_type == Type::Str; }
    bool isList() const { return m_type == Type::List; }
    bool isDict() const { return m_type == Type::Dict; }
    // Python truthiness (`if x:`).
    bool truthy() const;

    bool toBool() const { return m_bool; }
    // Ints: whether the value fits qint64, the value, and the exact decimal text.
    bool intFits64() const { return m_type == Type::Int && m_text.isNull(); }
    qint64 toInt64() const { return m_int; }
    QString intText() const;
    // Floats as stored; ints and bools converted (inf when an int is beyond the double range).
    double toDouble() const;
    const QString &str() const { return m_text; }

    // Lists and dicts. A dict's values live in `items()` beside `keys()`.
    int size() const { return int(m_items.size()); }
    const std::vector<PyValue> &items() const { return m_items; }
    const PyValue &at(int i) const { return m_items[size_t(i)]; }
    void append(PyValue v);
    const QStringList &keys() const { return m_keys; }
    const QString &keyAt(int i) const { return m_keys.at(i); }
    int indexOf(const QString &key) const;
    bool contains(const QString &key) const { return indexOf(key) >= 0; }
    const PyValue *get(const QString &key) const;
    // d[key] = v: an existing key keeps its position and takes the new value.
    void insert(const QString &key, PyValue v);
    void remove(const QString &key);

    // repr() as collections.OrderedDict (xmljson builds those; the schema errors print them).
    void setOrderedDict(bool ordered) { m_ordered = ordered; }
    bool isOrderedDict() const { return m_ordered; }

    // json.loads(), with CPython's rules exactly (pyrepr.cpp JsonReader): ints and floats stay apart,
    // ints of any size, NaN/Infinity literals, lone surrogate escapes, duplicate keys as a dict.
    static std::optional<PyValue> fromJson(const QString &text, QString *error = nullptr);
    static std::optional<PyValue> fromJson(const QByteArray &utf8, QString *error = nullptr);
    // From Qt's JSON, which cannot tell 10 from 10.0: integral numbers within ±2^53 become ints.
    static PyValue fromQJson(const QJsonValue &v);
    QJsonValue toQJson() const;

private:
    Type m_type = Type::None;
    bool m_bool = false;
    bool m_ordered = false;
    qint64 m_int = 0;
    double m_float = 0;
    QString m_text; // str; for ints beyond qint64 the decimal text
    std::vector<PyValue> m_items;
    QStringList m_keys;
};

// repr(value) as CPython 3.11 prints the json-loaded value.
QString pyRepr(const PyValue &v);
// str(value): a str as is, everything else as repr. This is what f"{value}" gives.
QString pyStr(const PyValue &v);
// repr() of a str: quotes chosen and characters escaped as CPython does.
QString pyReprString(const QString &s);
// repr() of a float ("1.0", "1e-05", "inf").
QString pyFloatRepr(double d);
// repr() of a list of str (sorted name lists, label lists in messages).
QString pyReprStringList(const QStringList &l);
// repr(type(value)): "<class 'dict'>".
QString pyTypeRepr(const PyValue &v);
// json.dumps(value) with the default arguments (", " and ": ", ensure_ascii, NaN/Infinity).
QString pyJsonDumps(const PyValue &v);

// a == b with Python's rules: True == 1 == 1.0, containers compared deeply, dicts ignore order.
bool pyEquals(const PyValue &a, const PyValue &b);
// Whether `hash(v)` works (lists and dicts are unhashable; a set/dict lookup of one raises).
bool pyHashable(const PyValue &v);
// Python's sorted() order of str: by code point, which UTF-16 comparison gets wrong above U+D7FF.
bool pyStrLess(const QString &a, const QString &b);

} // namespace lsdesk
