#pragma once

// The third reader of engine_private.h's json:: family: simdjson's DOM over an export's bytes
// (AgreementEngine::addTaskJson). simdjson parses a task two to three times faster than RapidJSON did,
// numbers included (which were a fifth of the time), and validates UTF-8 on the way. Only regions.cpp
// and engine_score.cpp include it: simdjson.h is 28,000 lines.
//
// What Qt's parser would make of the same bytes is what this reader reproduces: integers that fit 64
// bits stay integers, other numbers are correctly rounded doubles (simdjson rounds exactly, as Qt does),
// and the last of duplicate keys wins. Whatever simdjson refuses (a number out of range, an integer past
// 64 bits, nesting past 1,024) goes to Qt's parser instead, which decides and words the error.

#include "agreement/engine_private.h"

#include <simdjson.h>

namespace lsdesk::agreement::json {

struct SimdJson
{
    // A value that may be missing (present == false), as QJsonValue::Undefined.
    struct Val
    {
        simdjson::dom::element e;
        bool present = false;
    };
    // An object: a Val, missing unless it is an object.
    using Obj = Val;
    // An array read by index, usually in order: at(i) after at(i - 1) is one step of an iterator, not
    // a walk from the start (simdjson's arrays are linked lists on its tape).
    struct Arr
    {
        simdjson::dom::array a;
        qsizetype n = 0;
        mutable simdjson::dom::array::iterator it;
        mutable qsizetype pos = -1;
    };
    using Str = std::string_view; // UTF-8, in the parser's buffer

    Interner *interner = nullptr;

    static simdjson::dom::element_type typeOf(const Val &v) { return v.e.type(); }

    Val get(const Obj &o, std::string_view k) const
    {
        Val out;
        if (!isObject(o))
            return out;
        const simdjson::dom::object obj = o.e.get_object().value_unsafe(); // an object: checked
        // Forward to the end: the last match is the last duplicate, which Qt keeps.
        for (auto m = obj.begin(); m != obj.end(); ++m) {
            if (m.key_length() == k.size() && m.key_equals(k)) {
                out.e = m.value();
                out.present = true;
            }
        }
        return out;
    }
    Val get(const Obj &o, QLatin1String k) const
    {
        return get(o, std::string_view(k.data(), size_t(k.size())));
    }
    Val get(const Obj &o, const QString &k) const
    {
        const QByteArray u = k.toUtf8();
        return get(o, std::string_view(u.constData(), size_t(u.size())));
    }
    // out[i] = get(o, keys[i]) for every key, in one pass over the members.
    template <size_t N> void pick(const Obj &o, const QLatin1String (&keys)[N], Val (&out)[N]) const
    {
        for (Val &v : out)
            v = Val {};
        if (!isObject(o))
            return;
        const simdjson::dom::object obj = o.e.get_object().value_unsafe(); // an object: checked
        for (auto m = obj.begin(); m != obj.end(); ++m) {
            const size_t n = m.key_length();
            if (n == 0)
                continue;
            const char *name = m.key_c_str();
            for (size_t i = 0; i < N; ++i) {
                if (size_t(keys[i].size()) == n && name[0] == keys[i].data()[0]
                    && std::memcmp(name, keys[i].data(), n) == 0) {
                    out[i].e = m.value();
                    out[i].present = true;
                    break;
                }
            }
        }
    }
    Obj obj(const Val &v) const { return isObject(v) ? v : Val {}; }
    Arr arr(const Val &v) const
    {
        Arr out;
        if (!isArray(v))
            return out;
        out.a = v.e.get_array().value_unsafe(); // an array: checked
        out.n = qsizetype(out.a.size());
        if (out.n == 0xFFFFFF) { // simdjson saturates the size it keeps: count
            out.n = 0;
            for (auto i = out.a.begin(); i != out.a.end(); ++i)
                ++out.n;
        }
        return out;
    }
    qsizetype size(const Arr &a) const { return a.n; }
    Val at(const Arr &a, qsizetype i) const
    {
        if (i < 0 || i >= a.n)
            return {};
        if (a.pos < 0 || i < a.pos) {
            a.it = a.a.begin();
            a.pos = 0;
        }
        for (; a.pos < i; ++a.pos)
            ++a.it;
        return { *a.it, true };
    }
    bool isString(const Val &v) const
    {
        return v.present && v.e.type() == simdjson::dom::element_type::STRING;
    }
    bool isDouble(const Val &v) const
    {
        if (!v.present)
            return false;
        const auto t = v.e.type();
        return t == simdjson::dom::element_type::DOUBLE || t == simdjson::dom::element_type::INT64
            || t == simdjson::dom::element_type::UINT64;
    }
    bool isBool(const Val &v) const { return v.present && v.e.type() == simdjson::dom::element_type::BOOL; }
    bool isArray(const Val &v) const { return v.present && v.e.type() == simdjson::dom::element_type::ARRAY; }
    bool isObject(const Val &v) const
    {
        return v.present && v.e.type() == simdjson::dom::element_type::OBJECT;
    }
    bool isMissing(const Val &v) const { return !v.present; }
    bool isMissingOrNull(const Val &v) const
    {
        return !v.present || v.e.type() == simdjson::dom::element_type::NULL_VALUE;
    }
    Str str(const Val &v) const { return isString(v) ? v.e.get_string().value_unsafe() : std::string_view(); }
    QString qstr(const Str &s) const { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
    bool same(const Str &s, QLatin1String l) const
    {
        return s.size() == size_t(l.size()) && std::memcmp(s.data(), l.data(), s.size()) == 0;
    }
    QString keep(const Val &v) const
    {
        return isString(v) ? (interner ? interner->get(str(v)) : qstr(str(v))) : QString();
    }
    // [v] for a string v.
    QStringList keepList(const Val &v) const
    {
        return interner ? interner->list(str(v)) : QStringList { qstr(str(v)) };
    }
    QString toString(const Val &v) const { return isString(v) ? qstr(str(v)) : QString(); }
    double toDouble(const Val &v) const
    {
        double d = 0;
        return isDouble(v) && v.e.get_double().get(d) == simdjson::SUCCESS ? d : 0.0;
    }
    // QJsonValue::toInt: an integer within int's range, or a double holding one exactly; else 0.
    int toInt(const Val &v) const
    {
        if (!v.present)
            return 0;
        switch (v.e.type()) {
        case simdjson::dom::element_type::INT64: {
            const int64_t i = v.e.get_int64().value_unsafe();
            return i >= std::numeric_limits<int>::min() && i <= std::numeric_limits<int>::max() ? int(i) : 0;
        }
        case simdjson::dom::element_type::DOUBLE: {
            const double d = v.e.get_double().value_unsafe();
            return d >= double(std::numeric_limits<int>::min())
                    && d <= double(std::numeric_limits<int>::max()) && double(int(d)) == d
                ? int(d)
                : 0;
        }
        default:
            return 0; // UINT64 is past int's range; not a number
        }
    }
    bool toBool(const Val &v) const
    {
        bool b = false;
        return isBool(v) && v.e.get_bool().get(b) == simdjson::SUCCESS && b;
    }
    QJsonValue qt(const Val &v) const;
    QJsonObject qtObject(const Obj &o) const { return qt(obj(o)).toObject(); }
};

// Qt's value for v (rare values: arrays and objects as labels, canonical JSON, the key-order fallback).
inline QJsonValue SimdJson::qt(const Val &v) const
{
    using T = simdjson::dom::element_type;
    if (!v.present)
        return QJsonValue(QJsonValue::Undefined);
    switch (v.e.type()) {
    case T::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    case T::BOOL:
        return toBool(v);
    case T::STRING:
        return qstr(str(v));
    case T::INT64: {
        // Qt's parser keeps integers that fit in int64 as integers, everything else as doubles.
        return QJsonValue(qint64(v.e.get_int64().value_unsafe()));
    }
    case T::UINT64:
    case T::DOUBLE:
        return QJsonValue(toDouble(v));
    case T::ARRAY: {
        QJsonArray a;
        const Arr arr = this->arr(v);
        for (qsizetype i = 0; i < arr.n; ++i)
            a.append(qt(at(arr, i)));
        return a;
    }
    case T::OBJECT: {
        QJsonObject o;
        const simdjson::dom::object obj = v.e.get_object().value_unsafe();
        // insert() replaces: the last of duplicate keys wins, as in Qt's parser.
        for (auto m = obj.begin(); m != obj.end(); ++m)
            o.insert(qstr(m.key()), qt(Val { m.value(), true }));
        return o;
    }
    }
    return {};
}

} // namespace lsdesk::agreement::json

namespace lsdesk::agreement {
// parseResults over simdjson values (regions.cpp); `result` and `taskData` may be missing.
QList<ControlResult> parseResultsJson(const json::SimdJson::Arr &result, const json::SimdJson::Obj &taskData,
    const QHash<QString, ControlHint> &hints, json::Interner *interner);
} // namespace lsdesk::agreement
