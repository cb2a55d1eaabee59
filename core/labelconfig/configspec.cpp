// ConfigSpec::fromJson: the JSON form of create()'s arguments (docs/config-spec.md) read into typed
// tags. The JSON itself is parsed in specjson.cpp; here the tree is interpreted, and the first problem
// found ends the reading, reported with its JSON path.

#include "configspec.h"

#include "specjson_p.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cstring>
#include <initializer_list>

namespace lsdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigSpec", text);
}

// Where a value stands in the spec ("$.tags[3].attrs"). Built on the stack as the reader descends and
// only turned into text for an error message: formatting a path for every value read cost more than
// reading the value.
struct JsonPath
{
    const JsonPath *parent = nullptr;
    QLatin1String key; // ".key", or the root's "$"
    qsizetype index = -1; // "[index]" instead of a key

    JsonPath operator/(QLatin1String k) const { return JsonPath { this, k, -1 }; }
    JsonPath operator[](qsizetype i) const { return JsonPath { this, {}, i }; }

    QString toString() const
    {
        QString s = parent ? parent->toString() : QString();
        if (index >= 0)
            s += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        else if (parent)
            s += QLatin1Char('.') + key;
        else
            s += key;
        return s;
    }
};

using Keys = std::initializer_list<QLatin1String>;

// Equality for the short keys compared here, inline: most comparisons fail on the size, and Qt's
// out-of-line string comparison cost more than the rest of reading a tag.
inline bool sameKey(const QString &a, QLatin1String b)
{
    if (a.size() != b.size())
        return false;
    const QChar *p = a.constData();
    for (qsizetype i = 0; i < b.size(); ++i) {
        if (p[i].unicode() != uchar(b.data()[i]))
            return false;
    }
    return true;
}
inline bool sameKey(const QString &a, const QString &b)
{
    return a.size() == b.size()
        && (a.constData() == b.constData()
            || std::memcmp(a.constData(), b.constData(), size_t(a.size()) * 2) == 0);
}

QString typeName(const SpecValue &v)
{
    switch (v.type) {
    case SpecValue::Type::Null:
        return QStringLiteral("null");
    case SpecValue::Type::Bool:
        return tr("a boolean");
    case SpecValue::Type::Number:
        return tr("a number");
    case SpecValue::Type::String:
        return tr("a string");
    case SpecValue::Type::Array:
        return tr("an array");
    case SpecValue::Type::Object:
        return tr("an object");
    }
    return {};
}

class SpecReader
{
public:
    QString error;

    bool fail(const JsonPath &path, const QString &message)
    {
        if (error.isEmpty())
            error = tr("%1: %2").arg(path.toString(), message);
        return false;
    }

    // `what` is translated only on failure: expect() runs for most values read, and tr() is not free.
    bool expect(const SpecValue &v, SpecValue::Type type, const JsonPath &path, const char *what)
    {
        if (v.type == type)
            return true;
        return fail(path, tr("must be %1, not %2.").arg(tr(what), typeName(v)));
    }

    // Keys of an object, refusing duplicates (json.loads would keep the last value at the first
    // position - a silent surprise) and, when `allowed` is not empty, keys outside it.
    bool checkKeys(const SpecValue &obj, const JsonPath &path, Keys allowed)
    {
        // Spec objects are small: a linear scan beats hashing each key.
        QSet<QString> seen;
        const bool large = obj.members.size() > 16;
        for (qsizetype i = 0; i < obj.members.size(); ++i) {
            const auto &m = obj.members[i];
            bool duplicate = false;
            if (large) {
                duplicate = seen.contains(m.first);
                seen.insert(m.first);
            } else {
                for (qsizetype j = 0; j < i && !duplicate; ++j)
                    duplicate = sameKey(obj.members[j].first, m.first);
            }
            if (duplicate)
                return fail(path, tr("the key %1 appears twice.").arg(specjson::quote(m.first)));
            if (allowed.size() != 0 && std::none_of(allowed.begin(), allowed.end(), [&m](QLatin1String a) {
                    return sameKey(m.first, a);
                })) {
                QStringList names;
                for (QLatin1String a : allowed)
                    names << a;
                return fail(path,
                    tr("unknown key %1 (expected one of: %2).")
                        .arg(specjson::quote(m.first), names.join(QStringLiteral(", "))));
            }
        }
        return true;
    }

    static const SpecValue *member(const SpecValue &obj, QLatin1String key)
    {
        for (const auto &m : obj.members) {
            if (sameKey(m.first, key))
                return &m.second;
        }
        return nullptr;
    }

    // attrs: {"k": v, ...} in document order, or [["k", v], ...].
    bool readAttributes(const SpecValue &v, const JsonPath &path, SpecAttributes *out)
    {
        *out = {};
        if (v.type == SpecValue::Type::Object) {
            if (!checkKeys(v, path, {}))
                return false;
            // Distinct keys: the members are the attributes, shared rather than copied.
            *out = SpecAttributes::fromUniqueEntries(v.members);
            return true;
        }
        if (v.type == SpecValue::Type::Array) {
            for (qsizetype i = 0; i < v.elements.size(); ++i) {
                const SpecValue &pair = v.elements[i];
                if (pair.type != SpecValue::Type::Array || pair.elements.size() != 2
                    || !pair.elements[0].isString())
                    return fail(path[i], tr("must be a [\"name\", value] pair."));
                const QString &key = pair.elements[0].text;
                if (out->contains(key))
                    return fail(path[i], tr("the attribute %1 appears twice.").arg(specjson::quote(key)));
                out->set(key, pair.elements[1]);
            }
            return true;
        }
        return fail(
            path, tr("must be an object or an array of [\"name\", value] pairs, not %1.").arg(typeName(v)));
    }

    bool readChildren(const SpecValue &v, const JsonPath &path, QList<SpecNode> *out)
    {
        if (!expect(v, SpecValue::Type::Array, path, QT_TR_NOOP("an array")))
            return false;
        out->reserve(v.elements.size());
        for (qsizetype i = 0; i < v.elements.size(); ++i) {
            const SpecValue &c = v.elements[i];
            const JsonPath p = path[i];
            SpecNode child;
            switch (c.type) {
            case SpecValue::Type::String:
                child.kind = SpecNode::Kind::BareTag;
                child.tag = c.text;
                break;
            case SpecValue::Type::Null:
            case SpecValue::Type::Bool:
            case SpecValue::Type::Number:
                // _create_nested_elements skips anything that is not a str, dict, list or tuple.
                child.kind = SpecNode::Kind::Ignored;
                break;
            case SpecValue::Type::Array:
                return fail(
                    p, tr("a child is a string, {\"tag\": ...} or {\"setAttrs\": {...}}, not an array."));
            case SpecValue::Type::Object:
                if (const SpecValue *set = member(c, QLatin1String("setAttrs"))) {
                    if (!checkKeys(c, p, { QLatin1String("setAttrs") }))
                        return false;
                    child.kind = SpecNode::Kind::SetAttributes;
                    if (!readAttributes(*set, p / QLatin1String("setAttrs"), &child.attributes))
                        return false;
                    break;
                }
                if (!checkKeys(
                        c, p, { QLatin1String("tag"), QLatin1String("attrs"), QLatin1String("children") }))
                    return false;
                child.kind = SpecNode::Kind::Element;
                if (const SpecValue *tag = member(c, QLatin1String("tag"))) {
                    if (!expect(
                            *tag, SpecValue::Type::String, p / QLatin1String("tag"), QT_TR_NOOP("a string")))
                        return false;
                    child.tag = tag->text;
                } else {
                    return fail(p, tr("a child object needs \"tag\" (or is {\"setAttrs\": {...}})."));
                }
                if (const SpecValue *a = member(c, QLatin1String("attrs"))) {
                    if (!readAttributes(*a, p / QLatin1String("attrs"), &child.attributes))
                        return false;
                }
                if (const SpecValue *ch = member(c, QLatin1String("children"))) {
                    if (!readChildren(*ch, p / QLatin1String("children"), &child.children))
                        return false;
                }
                break;
            }
            out->append(std::move(child));
        }
        return true;
    }

    bool readItems(const SpecValue &v, const JsonPath &path, SpecValue *out)
    {
        if (v.type != SpecValue::Type::Array && v.type != SpecValue::Type::String)
            return fail(
                path, tr("must be an array (or a string, iterated per character), not %1.").arg(typeName(v)));
        *out = v;
        return true;
    }

    bool readInstance(const SpecValue &v, const JsonPath &path, SpecInstance *out)
    {
        if (!expect(v, SpecValue::Type::Object, path, QT_TR_NOOP("an object")))
            return false;
        const SpecValue *cls = member(v, QLatin1String("class"));
        if (!cls || !cls->isString()
            || (cls->text != QLatin1String("control") && cls->text != QLatin1String("object")))
            return fail(path / QLatin1String("class"), tr("must be \"control\" or \"object\"."));
        out->cls = cls->text == QLatin1String("control") ? SpecInstance::Class::Control
                                                         : SpecInstance::Class::Object;
        const bool control = out->cls == SpecInstance::Class::Control;
        const bool keysOk = control ? checkKeys(v, path,
                                { QLatin1String("class"), QLatin1String("tag"), QLatin1String("name"),
                                    QLatin1String("attr"), QLatin1String("toName"), QLatin1String("labels") })
                                    : checkKeys(v, path,
                                        { QLatin1String("class"), QLatin1String("tag"), QLatin1String("name"),
                                            QLatin1String("attr"), QLatin1String("value") });
        if (!keysOk)
            return false;

        const SpecValue *tag = member(v, QLatin1String("tag"));
        if (!tag || !tag->isString())
            return fail(path / QLatin1String("tag"), tr("must be a string."));
        out->tag = tag->text;
        if (const SpecValue *name = member(v, QLatin1String("name")); name && !name->isNull()) {
            if (!expect(*name, SpecValue::Type::String, path / QLatin1String("name"),
                    QT_TR_NOOP("a string or null")))
                return false;
            out->name = name->text;
        }
        if (const SpecValue *attr = member(v, QLatin1String("attr"))) {
            if (!readAttributes(*attr, path / QLatin1String("attr"), &out->attr))
                return false;
        }
        if (const SpecValue *to = member(v, QLatin1String("toName")); to && !to->isNull()) {
            // The SDK's ControlTag.to_name is a pydantic List[str].
            const JsonPath p = path / QLatin1String("toName");
            if (!expect(*to, SpecValue::Type::Array, p, QT_TR_NOOP("an array of strings or null")))
                return false;
            QStringList names;
            for (const SpecValue &e : to->elements) {
                if (!e.isString())
                    return fail(p, tr("must be an array of strings."));
                names << e.text;
            }
            out->toName = names;
        }
        if (const SpecValue *val = member(v, QLatin1String("value")); val && !val->isNull()) {
            if (!expect(*val, SpecValue::Type::String, path / QLatin1String("value"),
                    QT_TR_NOOP("a string or null")))
                return false;
            out->value = val->text;
        }
        if (const SpecValue *labels = member(v, QLatin1String("labels")); labels && !labels->isNull()) {
            if (!readItems(*labels, path / QLatin1String("labels"), &out->labels))
                return false;
        }
        return true;
    }

    bool readTagBody(const SpecValue &v, const JsonPath &path, QLatin1String kind, SpecTag *out)
    {
        const SpecValue &body = *member(v, kind);
        const JsonPath bodyPath = path / kind;
        if (kind == QLatin1String("tag")) {
            if (!expect(body, SpecValue::Type::String, bodyPath, QT_TR_NOOP("a string")))
                return false;
            out->tag = body.text;
            const SpecValue *children = member(v, QLatin1String("children"));
            if (children && !readChildren(*children, path / QLatin1String("children"), &out->children))
                return false;
            const bool hasAttrs = member(v, QLatin1String("attrs")) != nullptr;
            out->form = children ? SpecTag::Form::Triple
                : hasAttrs       ? SpecTag::Form::Pair
                                 : SpecTag::Form::String;
            if (const SpecValue *form = member(v, QLatin1String("form"))) {
                const JsonPath formPath = path / QLatin1String("form");
                const QString f = form->isString() ? form->text : QString();
                if (f == QLatin1String("string")) {
                    if (hasAttrs || children)
                        return fail(formPath, tr("the string form has no \"attrs\" or \"children\"."));
                    out->form = SpecTag::Form::String;
                } else if (f == QLatin1String("pair")) {
                    if (children)
                        return fail(formPath, tr("the pair form has no \"children\"."));
                    out->form = SpecTag::Form::Pair;
                } else if (f == QLatin1String("triple")) {
                    out->form = SpecTag::Form::Triple;
                } else {
                    return fail(formPath, tr("must be \"string\", \"pair\" or \"triple\"."));
                }
            }
            return true;
        }
        if (kind == QLatin1String("instance")) {
            out->form = SpecTag::Form::Instance;
            if (!readInstance(body, bodyPath, &out->instance))
                return false;
            out->tag = out->instance.tag;
            return true;
        }
        out->form = kind == QLatin1String("choices") ? SpecTag::Form::Choices
            : kind == QLatin1String("labels")        ? SpecTag::Form::Labels
                                                     : SpecTag::Form::Taxonomy;
        if (!readItems(body, bodyPath, &out->items))
            return false;
        out->tag = out->form == SpecTag::Form::Choices ? QStringLiteral("Choices")
            : out->form == SpecTag::Form::Taxonomy     ? QStringLiteral("Taxonomy")
                                                       : QStringLiteral("Labels");
        if (const SpecValue *lt = member(v, QLatin1String("labelTag"))) {
            if (!expect(
                    *lt, SpecValue::Type::String, path / QLatin1String("labelTag"), QT_TR_NOOP("a string")))
                return false;
            out->tag = lt->text;
        }
        return true;
    }

    bool readTag(const SpecValue &v, const JsonPath &path, SpecTag *out)
    {
        if (!expect(v, SpecValue::Type::Object, path, QT_TR_NOOP("an object")))
            return false;
        const SpecValue *name = member(v, QLatin1String("name"));
        if (!name)
            return fail(path, tr("\"name\" (the key of create()'s tags dict) is required."));
        if (!expect(*name, SpecValue::Type::String, path / QLatin1String("name"), QT_TR_NOOP("a string")))
            return false;
        out->key = name->text;

        static const QLatin1String kinds[] { QLatin1String("tag"), QLatin1String("choices"),
            QLatin1String("labels"), QLatin1String("taxonomy"), QLatin1String("instance") };
        QLatin1String kind;
        for (const QLatin1String k : kinds) {
            if (member(v, k)) {
                if (!kind.isEmpty())
                    return fail(path, tr("give only one of \"%1\" and \"%2\".").arg(kind, k));
                kind = k;
            }
        }
        if (kind.isEmpty())
            return fail(
                path, tr("needs one of \"tag\", \"choices\", \"labels\", \"taxonomy\" or \"instance\"."));

        const QLatin1String name_("name"), attrs("attrs");
        bool keysOk;
        if (kind == QLatin1String("tag"))
            keysOk = checkKeys(
                v, path, { name_, kind, QLatin1String("form"), attrs, QLatin1String("children") });
        else if (kind == QLatin1String("labels"))
            keysOk = checkKeys(v, path, { name_, kind, QLatin1String("labelTag"), attrs });
        else if (kind == QLatin1String("instance"))
            keysOk = checkKeys(v, path, { name_, kind });
        else
            keysOk = checkKeys(v, path, { name_, kind, attrs });
        if (!keysOk)
            return false;

        if (const SpecValue *a = member(v, attrs)) {
            if (!readAttributes(*a, path / attrs, &out->attributes))
                return false;
        }
        return readTagBody(v, path, kind, out);
    }

    // mapping and style: {name: value}; null or absent means none.
    bool readNameMap(const SpecValue &v, const JsonPath &path, std::optional<SpecAttributes> *out)
    {
        if (v.isNull())
            return true;
        // A non-dict style is silently ignored by the SDK and a string mapping is searched as a
        // substring; both are refused here instead.
        if (!expect(v, SpecValue::Type::Object, path, QT_TR_NOOP("an object or null")))
            return false;
        if (!checkKeys(v, path, {}))
            return false;
        *out = SpecAttributes::fromUniqueEntries(v.members);
        return true;
    }
};

} // namespace

ConfigSpec ConfigSpec::fromJson(const QByteArray &json, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return ConfigSpec {};
    };
    SpecValue root;
    QString jsonError;
    if (!specjson::parse(json, &root, &jsonError))
        return failWith(jsonError);

    SpecReader r;
    ConfigSpec spec;
    const JsonPath top { nullptr, QLatin1String("$"), -1 };
    if (!r.expect(root, SpecValue::Type::Object, top, QT_TR_NOOP("an object")))
        return failWith(r.error);
    if (!r.checkKeys(root, top,
            { QLatin1String("tags"), QLatin1String("mapping"), QLatin1String("title"), QLatin1String("style"),
                QLatin1String("pretty") }))
        return failWith(r.error);

    const SpecValue *tags = SpecReader::member(root, QLatin1String("tags"));
    if (!tags) {
        r.fail(top, tr("\"tags\" (an array of tag entries) is required."));
        return failWith(r.error);
    }
    const JsonPath tagsPath = top / QLatin1String("tags");
    if (!r.expect(*tags, SpecValue::Type::Array, tagsPath, QT_TR_NOOP("an array")))
        return failWith(r.error);
    QSet<QString> keys;
    keys.reserve(tags->elements.size());
    spec.tags.reserve(tags->elements.size());
    for (qsizetype i = 0; i < tags->elements.size(); ++i) {
        const JsonPath path = tagsPath[i];
        SpecTag &tag = spec.tags.emplace_back(); // read in place: a SpecTag is large to move
        if (!r.readTag(tags->elements[i], path, &tag))
            return failWith(r.error);
        // create() takes a dict: a second entry with the same key would silently replace the first.
        const qsizetype before = keys.size();
        keys.insert(tag.key);
        if (keys.size() == before) {
            r.fail(path / QLatin1String("name"),
                tr("the name %1 is used by an earlier entry.").arg(specjson::quote(tag.key)));
            return failWith(r.error);
        }
    }

    if (const SpecValue *m = SpecReader::member(root, QLatin1String("mapping"))) {
        if (!r.readNameMap(*m, top / QLatin1String("mapping"), &spec.mapping))
            return failWith(r.error);
    }
    if (const SpecValue *s = SpecReader::member(root, QLatin1String("style"))) {
        if (!r.readNameMap(*s, top / QLatin1String("style"), &spec.style))
            return failWith(r.error);
    }
    if (const SpecValue *t = SpecReader::member(root, QLatin1String("title"))) {
        const JsonPath titlePath = top / QLatin1String("title");
        // A string is accepted here and refused by the builder, which explains the SDK's TypeError.
        if (t->type == SpecValue::Type::Object) {
            if (!r.checkKeys(*t, titlePath, {}))
                return failWith(r.error);
        } else if (!t->isNull() && !t->isString()) {
            r.fail(titlePath, tr("must be an object {name: header text} or null, not %1.").arg(typeName(*t)));
            return failWith(r.error);
        }
        spec.title = *t;
    }
    if (const SpecValue *p = SpecReader::member(root, QLatin1String("pretty"))) {
        if (!r.expect(*p, SpecValue::Type::Bool, top / QLatin1String("pretty"), QT_TR_NOOP("true or false")))
            return failWith(r.error);
        spec.pretty = p->text == QLatin1String("true");
    }
    if (error)
        error->clear();
    return spec;
}

} // namespace lsdesk
