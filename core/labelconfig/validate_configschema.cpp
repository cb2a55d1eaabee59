#include "labelconfig/validate_configschema.h"

#include "labelconfig/validate_python.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>
#include <vector>

namespace lsdesk::detail {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("ConfigValidator", s);
}

// label-studio-sdk 2.1.2, _legacy/schema/label_config_schema.json, verbatim (key order matters: it
// decides the order jsonschema reports errors in).
const char *const kLabelConfigSchema = R"json({
 "$schema": "http://json-schema.org/draft-06/schema#",
 "title": "LabelConfig",
 "definitions": {
  "$": {"type": "string"},
  "@name": {"type": "string"},
  "@toName": {"type": "string"},
  "@value": {"anyOf": [{"type": "string"}, {"type": "boolean"}, {"type": "number"}]},
  "@valueList": {"anyOf": [{"type": "string"}]},
  "tag_with_value": {"type": "object", "required": ["@value"], "properties": {"@value": {"$ref": "#/definitions/@value"}, "$": {"$ref": "#/definitions/$"}}},
  "tag_with_name_and_toname": {"type": "object", "oneOf": [{"required": ["@name", "@toName"]}], "properties": {"@name": {"$ref": "#/definitions/@name"}, "@toName": {"$ref": "#/definitions/@toName"}, "$": {"$ref": "#/definitions/$"}}},
  "tag_with_value_required_name": {"type": "object", "oneOf": [{"required": ["@name", "@value"]}, {"required": ["@name", "@valueList"]}], "properties": {"@value": {"$ref": "#/definitions/@value"}, "$": {"$ref": "#/definitions/$"}}},
  "tags_with_value": {"anyOf": [{"type": "array", "items": {"$ref": "#/definitions/tag_with_value"}}, {"$ref": "#/definitions/tag_with_value"}]},
  "tags_with_value_or_object": {"anyOf": [{"type": "array", "items": {"$ref": "#/definitions/tag_with_value"}}, {"type": "object"}, {"$ref": "#/definitions/tag_with_value"}]},
  "tags_with_value_required_name": {"anyOf": [{"type": "array", "items": {"$ref": "#/definitions/tag_with_value_required_name"}}, {"$ref": "#/definitions/tag_with_value_required_name"}]},
  "tags_with_name_and_toname": {"anyOf": [{"$ref": "#/definitions/tag_with_name_and_toname"}, {"type": "array", "items": {"$ref": "#/definitions/tag_with_name_and_toname"}}]},
  "View": {"type": "object", "additionalProperties": true, "properties": {"Labels": {"$ref": "#/definitions/MaybeMultipleLabels"}, "Choices": {"$ref": "#/definitions/MaybeMultipleChoices"}, "Label": {"$ref": "#/definitions/MaybeMultipleLabel"}, "Choice": {"$ref": "#/definitions/MaybeMultipleChoice"}, "Image": {"$ref": "#/definitions/tags_with_value_required_name"}, "Text": {"$ref": "#/definitions/tags_with_value_required_name"}, "HyperText": {"$ref": "#/definitions/tags_with_value_required_name"}, "View": {"$ref": "#/definitions/MaybeMultipleView"}, "TextArea": {"$ref": "#/definitions/MaybeMultipleTextAreas"}, "Number": {"$ref": "#/definitions/tags_with_name_and_toname"}}},
  "MaybeMultipleView": {"anyOf": [{"type": "array", "items": {"$ref": "#/definitions/View"}}, {"$ref": "#/definitions/View"}]},
  "Choice": {"$ref": "#/definitions/tag_with_value"},
  "MaybeMultipleChoice": {"anyOf": [{"type": "array", "items": {"$ref": "#/definitions/Choice"}}, {"$ref": "#/definitions/Choice"}]},
  "Label": {"$ref": "#/definitions/tag_with_value"},
  "MaybeMultipleLabel": {"anyOf": [{"type": "array", "items": {"$ref": "#/definitions/Label"}}, {"$ref": "#/definitions/Label"}]},
  "Choices": {"type": "object", "anyOf": [{"required": ["@name", "@toName", "Choice"]}, {"required": ["@name", "@toName", "@value"]}, {"required": ["@name", "@toName", "View"]}], "properties": {"@name": {"$ref": "#/definitions/@name"}, "@toName": {"$ref": "#/definitions/@toName"}, "@value": {"$ref": "#/definitions/@value"}, "$": {"$ref": "#/definitions/$"}, "Choice": {"type": "array", "items": {"$ref": "#/definitions/Choice"}}, "View": {"$ref": "#/definitions/MaybeMultipleView"}}},
  "MaybeMultipleChoices": {"anyOf": [{"type": "array", "items": {"$ref": "#/definitions/Choices"}}, {"$ref": "#/definitions/Choices"}]},
  "Labels": {"type": "object", "anyOf": [{"required": ["@name", "@toName", "Label"]}, {"required": ["@name", "@toName", "@value"]}, {"required": ["@name", "@toName", "View"]}], "properties": {"@name": {"$ref": "#/definitions/@name"}, "@toName": {"$ref": "#/definitions/@toName"}, "@value": {"$ref": "#/definitions/@value"}, "$": {"$ref": "#/definitions/$"}, "Label": {"$ref": "#/definitions/MaybeMultipleLabel"}, "View": {"$ref": "#/definitions/MaybeMultipleView"}}},
  "MaybeMultipleLabels": {"anyOf": [{"type": "array", "items": {"$ref": "#/definitions/Labels"}}, {"$ref": "#/definitions/Labels"}]},
  "TextArea": {"type": "object", "anyOf": [{"required": ["@name", "@toName"]}], "properties": {"@name": {"$ref": "#/definitions/@name"}, "@toName": {"$ref": "#/definitions/@toName"}, "$": {"$ref": "#/definitions/$"}}},
  "MaybeMultipleTextAreas": {"anyOf": [{"type": "array", "items": {"$ref": "#/definitions/TextArea"}}, {"$ref": "#/definitions/TextArea"}]}
 },
 "type": "object",
 "properties": {"View": {"type": "object", "additionalProperties": true, "properties": {"Choices": {"$ref": "#/definitions/MaybeMultipleChoices"}, "Labels": {"$ref": "#/definitions/MaybeMultipleLabels"}, "View": {"$ref": "#/definitions/MaybeMultipleView"}, "Image": {"$ref": "#/definitions/tags_with_value_required_name"}, "Text": {"$ref": "#/definitions/tags_with_value_required_name"}, "HyperText": {"$ref": "#/definitions/tags_with_value_required_name"}, "TextArea": {"$ref": "#/definitions/MaybeMultipleTextAreas"}, "Number": {"$ref": "#/definitions/tags_with_name_and_toname"}}}}
})json";

// xmljson's XMLData._fromstring: "true"/"false" become booleans, then int(), then a finite float(),
// else the text stays a str.
PyValue fromXmlString(const QString &text)
{
    // Quick answer for most texts: int() and float() need white space, a sign, a digit, '.' or the
    // letters of inf/nan/infinity first, so an ASCII text starting with anything else stays a str.
    if (text.isEmpty())
        return PyValue::string(text);
    const char16_t first = text.front().unicode();
    if (first < 128) {
        const char16_t lower = first | 0x20;
        const bool letter = lower >= 'a' && lower <= 'z';
        if (letter ? (lower != 'i' && lower != 'n' && lower != 't' && lower != 'f')
                   : (first > ' ' && !(first >= '0' && first <= '9') && first != '+' && first != '-'
                       && first != '.' && first != '_' && first != 0x7F))
            return PyValue::string(text);
    }
    // Lowercasing changes the length only for U+0130, which cannot make "true" or "false".
    if (text.size() == 4 || text.size() == 5) {
        const QString l = text.toLower();
        if (l == QLatin1String("true"))
            return PyValue::boolean(true);
        if (l == QLatin1String("false"))
            return PyValue::boolean(false);
    }
    if (const auto i = py::intFromString(text))
        return *i;
    if (const auto d = py::floatFromString(text); d && std::isfinite(*d))
        return PyValue::real(*d);
    return PyValue::string(text);
}

void fixChoicesOf(PyValue &config);

// xmljson BadgerFish of one element: its value dict (without the {tag: ...} wrapper). With `viewChain`
// (the element is the root <View> or a <View> child of one such) _fix_choices is applied on the way:
// the same result as fixing the finished tree, without copying it.
PyValue badgerfishValue(const XmlNode *element, bool viewChain = false)
{
    PyValue value = PyValue::dict();
    value.setOrderedDict(true);
    for (const auto &a : element->attributes())
        value.insert(QLatin1Char('@') + a.first, fromXmlString(a.second));
    // lxml's .text: the character data before the first child node of any kind.
    QString text;
    bool hasText = false;
    for (int i = 0; i < element->childCount(); ++i) {
        const XmlNode *c = element->child(i);
        if (c->kind() != XmlNode::Kind::Text && c->kind() != XmlNode::Kind::CData)
            break;
        text += c->value();
        hasText = true;
    }
    if (hasText && !py::strip(text).isEmpty())
        value.insert(QStringLiteral("$"), fromXmlString(text));
    const QList<XmlNode *> children = element->childElements();
    QHash<QString, int> count;
    for (const XmlNode *c : children)
        ++count[c->name()];
    // Repeated tags become one list at the position of their first occurrence.
    QHash<QString, std::vector<PyValue>> repeated;
    for (const XmlNode *c : children) {
        const bool childViewChain = viewChain && c->name() == QLatin1String("View");
        if (count.value(c->name()) == 1) {
            value.insert(c->name(), badgerfishValue(c, childViewChain));
        } else {
            if (!repeated.contains(c->name()))
                value.insert(c->name(), PyValue::list());
            repeated[c->name()].push_back(badgerfishValue(c, childViewChain));
        }
    }
    for (auto it = repeated.begin(); it != repeated.end(); ++it)
        value.insert(it.key(), PyValue::list(std::move(it.value())));
    if (viewChain)
        fixChoicesOf(value);
    return value;
}

// interface.py _fix_choices: a lone <Choice> becomes a one-item list, under View nesting only. This is
// its "Choices" half, for one dict; the recursion into "View" happens in badgerfishValue.
void fixChoicesOf(PyValue &config)
{
    const QString choicesKey = QStringLiteral("Choices");
    const QString choiceKey = QStringLiteral("Choice");
    if (const PyValue *choices = config.get(choicesKey)) {
        PyValue c = *choices;
        if (c.isDict() && c.contains(choiceKey) && !c.get(choiceKey)->isList()) {
            c.insert(choiceKey, PyValue::list({ *c.get(choiceKey) }));
        } else if (c.isList()) {
            bool all = true;
            for (const PyValue &t : c.items())
                all = all && t.isDict() && t.contains(choiceKey);
            if (all) {
                PyValue fixed = PyValue::list();
                for (PyValue t : c.items()) {
                    if (!t.get(choiceKey)->isList())
                        t.insert(choiceKey, PyValue::list({ *t.get(choiceKey) }));
                    fixed.append(t);
                }
                c = fixed;
            }
        }
        config.insert(choicesKey, c);
    }
}

// ---- A Draft 6 subset of python-jsonschema 4.26: the keywords that schema uses -------------------

struct PathElem
{
    bool isIndex = false;
    int index = 0;
    QString key;
    QString text() const { return isIndex ? QString::number(index) : key; }
};

struct SchemaError
{
    QString validator;
    QString message;
    std::vector<PathElem> path; // relative to the instance the reporting keyword looked at
    PyValue instance;
    const PyValue *schema = nullptr;
    std::vector<SchemaError> context;
};

// jsonschema ranks errors with a key containing the path; comparing an int index with a str key
// there raises TypeError in the SDK.
struct RankCrash
{
};

class Validator
{
public:
    explicit Validator(const PyValue &root)
        : m_root(root)
    { }

    std::vector<SchemaError> iterErrors(const PyValue &instance, const PyValue &schema) const
    {
        std::vector<SchemaError> out;
        if (const PyValue *ref = schema.get(QStringLiteral("$ref"))) {
            // Draft 6 ignores the siblings of $ref.
            return iterErrors(instance, resolve(ref->str()));
        }
        for (int k = 0; k < schema.size(); ++k) {
            const QString &keyword = schema.keyAt(k);
            const PyValue &arg = schema.at(k);
            std::vector<SchemaError> errors;
            if (keyword == QLatin1String("type"))
                errors = typeErrors(instance, arg);
            else if (keyword == QLatin1String("required"))
                errors = requiredErrors(instance, arg);
            else if (keyword == QLatin1String("properties"))
                errors = propertiesErrors(instance, arg);
            else if (keyword == QLatin1String("items"))
                errors = itemsErrors(instance, arg);
            else if (keyword == QLatin1String("anyOf"))
                errors = anyOfErrors(instance, arg);
            else if (keyword == QLatin1String("oneOf"))
                errors = oneOfErrors(instance, arg);
            if (m_quiet && !errors.empty()) {
                out.push_back(std::move(errors.front()));
                return out; // only validity counts
            }
            for (SchemaError &e : errors) {
                if (e.validator.isEmpty()) {
                    e.validator = keyword;
                    e.instance = instance;
                    e.schema = &schema;
                }
                out.push_back(std::move(e));
            }
        }
        return out;
    }

    static bool isType(const PyValue &v, const QString &type)
    {
        if (type == QLatin1String("object"))
            return v.isDict();
        if (type == QLatin1String("array"))
            return v.isList();
        if (type == QLatin1String("string"))
            return v.isStr();
        if (type == QLatin1String("number"))
            return v.isInt() || v.isFloat();
        if (type == QLatin1String("integer"))
            return v.isInt()
                || (v.isFloat() && std::isfinite(v.toDouble()) && std::trunc(v.toDouble()) == v.toDouble());
        if (type == QLatin1String("boolean"))
            return v.isBool();
        if (type == QLatin1String("null"))
            return v.isNone();
        return false;
    }

private:
    const PyValue &resolve(const QString &ref) const
    {
        static const PyValue empty = PyValue::dict();
        const QString prefix = QStringLiteral("#/definitions/");
        const PyValue *defs = m_root.get(QStringLiteral("definitions"));
        const PyValue *s = defs && ref.startsWith(prefix) ? defs->get(ref.mid(prefix.size())) : nullptr;
        return s ? *s : empty;
    }

    // Whether `instance` is valid, found without building error messages (the pyRepr of a big instance
    // is costly, and anyOf/oneOf throw away the errors of every branch but a failing one).
    bool isValid(const PyValue &instance, const PyValue &schema) const
    {
        const bool quiet = m_quiet;
        m_quiet = true;
        const bool valid = iterErrors(instance, schema).empty();
        m_quiet = quiet;
        return valid;
    }

    // An error; in quiet mode its message is left empty (makeMessage is not called).
    template <class F> SchemaError error(F &&makeMessage, std::vector<SchemaError> context = {}) const
    {
        SchemaError e;
        if (!m_quiet)
            e.message = makeMessage();
        e.context = std::move(context);
        return e;
    }

    std::vector<SchemaError> typeErrors(const PyValue &instance, const PyValue &types) const
    {
        QStringList names;
        if (types.isList()) {
            for (const PyValue &t : types.items())
                names << t.str();
        } else {
            names << types.str();
        }
        for (const QString &t : std::as_const(names)) {
            if (isType(instance, t))
                return {};
        }
        return { error([&] {
            QStringList reprs;
            for (const QString &t : std::as_const(names))
                reprs << pyReprString(t);
            return py::sdkMessage(
                "{} is not of type {}", { pyRepr(instance), reprs.join(QLatin1String(", ")) });
        }) };
    }

    std::vector<SchemaError> requiredErrors(const PyValue &instance, const PyValue &required) const
    {
        std::vector<SchemaError> out;
        if (!instance.isDict())
            return out;
        for (const PyValue &p : required.items()) {
            if (!instance.contains(p.str()))
                out.push_back(error(
                    [&] { return py::sdkMessage("{} is a required property", { pyReprString(p.str()) }); }));
        }
        return out;
    }

    std::vector<SchemaError> propertiesErrors(const PyValue &instance, const PyValue &properties) const
    {
        std::vector<SchemaError> out;
        if (!instance.isDict())
            return out;
        for (int i = 0; i < properties.size(); ++i) {
            const PyValue *sub = instance.get(properties.keyAt(i));
            if (!sub)
                continue;
            for (SchemaError &e : iterErrors(*sub, properties.at(i))) {
                PathElem p;
                p.key = properties.keyAt(i);
                e.path.insert(e.path.begin(), p);
                out.push_back(std::move(e));
            }
        }
        return out;
    }

    std::vector<SchemaError> itemsErrors(const PyValue &instance, const PyValue &items) const
    {
        std::vector<SchemaError> out;
        if (!instance.isList())
            return out;
        for (int i = 0; i < instance.size(); ++i) {
            for (SchemaError &e : iterErrors(instance.at(i), items)) {
                PathElem p;
                p.isIndex = true;
                p.index = i;
                e.path.insert(e.path.begin(), p);
                out.push_back(std::move(e));
            }
        }
        return out;
    }

    std::vector<SchemaError> anyOfErrors(const PyValue &instance, const PyValue &anyOf) const
    {
        for (const PyValue &sub : anyOf.items()) {
            if (isValid(instance, sub))
                return {};
        }
        if (m_quiet)
            return { SchemaError() };
        // Every branch failed: now collect their errors with messages.
        std::vector<SchemaError> all;
        for (const PyValue &sub : anyOf.items()) {
            for (SchemaError &e : iterErrors(instance, sub))
                all.push_back(std::move(e));
        }
        return { error(
            [&] {
                return py::sdkMessage("{} is not valid under any of the given schemas", { pyRepr(instance) });
            },
            std::move(all)) };
    }

    std::vector<SchemaError> oneOfErrors(const PyValue &instance, const PyValue &oneOf) const
    {
        int firstValid = -1;
        for (int i = 0; i < oneOf.size() && firstValid < 0; ++i) {
            if (isValid(instance, oneOf.at(i)))
                firstValid = i;
        }
        std::vector<SchemaError> out;
        if (firstValid < 0) {
            if (m_quiet) {
                out.emplace_back();
                return out;
            }
            // Every branch failed: now collect their errors with messages.
            std::vector<SchemaError> all;
            for (int i = 0; i < oneOf.size(); ++i) {
                for (SchemaError &e : iterErrors(instance, oneOf.at(i)))
                    all.push_back(std::move(e));
            }
            out.push_back(error(
                [&] {
                    return py::sdkMessage(
                        "{} is not valid under any of the given schemas", { pyRepr(instance) });
                },
                std::move(all)));
            return out;
        }
        QStringList more;
        for (int i = firstValid + 1; i < oneOf.size(); ++i) {
            if (isValid(instance, oneOf.at(i)))
                more << pyRepr(oneOf.at(i));
        }
        if (!more.isEmpty()) {
            more << pyRepr(oneOf.at(firstValid));
            out.push_back(error([&] {
                return py::sdkMessage(
                    "{} is valid under each of {}", { pyRepr(instance), more.join(QLatin1String(", ")) });
            }));
        }
        return out;
    }

    const PyValue &m_root;
    mutable bool m_quiet = false;
};

// ValidationError._matches_type
bool matchesType(const SchemaError &e)
{
    const PyValue *type = e.schema ? e.schema->get(QStringLiteral("type")) : nullptr;
    if (!type)
        return false;
    if (type->isStr())
        return Validator::isType(e.instance, type->str());
    for (const PyValue &t : type->items()) {
        if (Validator::isType(e.instance, t.str()))
            return true;
    }
    return false;
}

// Compares jsonschema's relevance keys: (-len(path), path, not weak, strong, not matches_type).
int compareRelevance(const SchemaError &a, const SchemaError &b)
{
    const auto sign = [](auto x, auto y) { return x < y ? -1 : (x > y ? 1 : 0); };
    if (int c = sign(-int(a.path.size()), -int(b.path.size())))
        return c;
    for (size_t i = 0; i < a.path.size() && i < b.path.size(); ++i) {
        const PathElem &x = a.path[i], &y = b.path[i];
        if (x.isIndex != y.isIndex)
            throw RankCrash {}; // str < int

        const int c = x.isIndex ? sign(x.index, y.index)
                                : (pyStrLess(x.key, y.key) ? -1 : (pyStrLess(y.key, x.key) ? 1 : 0));
        if (c)
            return c;
    }
    if (int c = sign(a.path.size(), b.path.size()))
        return c;
    const auto weak = [](const SchemaError &e) {
        return e.validator == QLatin1String("anyOf") || e.validator == QLatin1String("oneOf");
    };
    if (int c = sign(!weak(a), !weak(b)))
        return c;
    return sign(!matchesType(a), !matchesType(b));
}

// jsonschema.exceptions.best_match
const SchemaError *bestMatch(const std::vector<SchemaError> &errors)
{
    if (errors.empty())
        return nullptr;
    const SchemaError *best = &errors.front();
    for (const SchemaError &e : errors) {
        if (compareRelevance(e, *best) > 0)
            best = &e;
    }
    while (!best->context.empty()) {
        // heapq.nsmallest(2, ...) is stable: the first of equal minima comes first.
        const SchemaError *first = nullptr;
        const SchemaError *second = nullptr;
        for (const SchemaError &e : best->context) {
            if (!first || compareRelevance(e, *first) < 0) {
                second = first;
                first = &e;
            } else if (!second || compareRelevance(e, *second) < 0) {
                second = &e;
            }
        }
        if (second && compareRelevance(*first, *second) == 0)
            return best;
        best = first;
    }
    return best;
}
} // namespace

PyValue badgerfish(const XmlNode *root)
{
    PyValue out = PyValue::dict();
    out.setOrderedDict(true);
    out.insert(root->name(), badgerfishValue(root));
    return out;
}

std::optional<QString> schemaValidationError(const XmlDocument &doc, bool *sdkCrashed)
{
    if (sdkCrashed)
        *sdkCrashed = false;
    static const PyValue schema = *PyValue::fromJson(QByteArray(kLabelConfigSchema));
    // badgerfish() then _fix_choices.
    PyValue config = PyValue::dict();
    config.setOrderedDict(true);
    config.insert(
        doc.root()->name(), badgerfishValue(doc.root(), doc.root()->name() == QLatin1String("View")));
    fixChoicesOf(config);
    const Validator validator(schema);
    const std::vector<SchemaError> errors = validator.iterErrors(config, schema);
    try {
        const SchemaError *best = bestMatch(errors);
        if (!best)
            return std::nullopt;
        QString message = best->context.empty() ? best->message : best->context.back().message;
        QStringList path;
        for (const PathElem &p : best->path)
            path << p.text();
        return py::sdkMessage(
            "Validation failed on {}: {}", { path.join(QLatin1Char('/')), message.remove(QLatin1Char('@')) });
    } catch (const RankCrash &) {
        if (sdkCrashed)
            *sdkCrashed = true;
        QString message = errors.front().message;
        return tr("The label config does not match the label config schema: %1")
            .arg(message.remove(QLatin1Char('@')));
    }
}

} // namespace lsdesk::detail
