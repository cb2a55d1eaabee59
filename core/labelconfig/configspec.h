#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace lsdesk {

// The arguments of the Python SDK's LabelInterface.create(tags, mapping, title, style, pretty) as a JSON
// document (docs/config-spec.md). create() runs on Python values whose order and types decide the
// output: attribute order is dict insertion order, `value` is replaced when it is *falsy*, `toName` when
// it is None. So the spec keeps every JSON value with its JSON type and every object in document order;
// QJsonObject would sort the keys and lose both.

// One JSON value, as the SDK would see it after json.loads().
struct SpecValue
{
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    // String: the string. Number: the literal exactly as written in the spec. Bool: "true" / "false".
    QString text;
    QList<SpecValue> elements; // Array
    QList<std::pair<QString, SpecValue>> members; // Object, in document order

    static SpecValue null() { return {}; }
    static SpecValue string(const QString &s);
    static SpecValue array(const QList<SpecValue> &elements);

    bool isNull() const { return type == Type::Null; }
    bool isString() const { return type == Type::String; }
    // Python truthiness of the decoded value: None, False, 0, 0.0, "", [] and {} are false.
    bool isTruthy() const;
    // Compact JSON text, for messages.
    QString toJson() const;

    bool operator==(const SpecValue &other) const;
    bool operator!=(const SpecValue &other) const { return !(*this == other); }
};

// An attribute map in insertion order, with Python dict semantics: setting an existing key replaces
// the value where it stands.
class SpecAttributes
{
public:
    using Entry = std::pair<QString, SpecValue>;

    SpecAttributes() = default;
    SpecAttributes(std::initializer_list<Entry> entries);
    // Takes entries whose keys are known to be distinct (a JSON object whose duplicates were refused).
    static SpecAttributes fromUniqueEntries(QList<Entry> entries);

    bool contains(const QString &key) const { return indexOf(key) >= 0; }
    const SpecValue *find(const QString &key) const;
    // dict[key] = value
    void set(const QString &key, const SpecValue &value);
    // dict.setdefault(key, value)
    void setDefault(const QString &key, const SpecValue &value);

    const QList<Entry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    void reserve(qsizetype n) { m_entries.reserve(n); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool operator==(const SpecAttributes &other) const { return m_entries == other.m_entries; }

private:
    qsizetype indexOf(const QString &key) const;
    QList<Entry> m_entries;
};

// A (tag, attrs, children) tuple - the form create.py converts every tag to - or one entry of such a
// tuple's children, as create.py's _create_nested_elements sees it.
struct SpecNode
{
    enum class Kind {
        Element, // (tag, attrs, children) -> a child element
        BareTag, // "Tag" -> an empty child element
        SetAttributes, // {k: v} -> attributes set on the parent
        Ignored, // None: skipped, as the SDK skips anything else
    };
    Kind kind = Kind::Ignored;
    QString tag;
    SpecAttributes attributes;
    QList<SpecNode> children;
};

// A LabelStudioTag instance (ControlTag / ObjectTag subclass), the fourth form _convert accepts.
struct SpecInstance
{
    enum class Class { Control, Object };
    Class cls = Class::Control;
    QString tag;
    std::optional<QString> name; // None or "" -> the dict key
    SpecAttributes attr;
    std::optional<QStringList> toName; // Control only
    std::optional<QString> value; // Object only, without the '$'
    SpecValue labels; // Control only: Array, String (iterated per character) or Null
};

// One item of create()'s tags dict.
struct SpecTag
{
    enum class Form {
        String, // "Text"
        Pair, // ("Text", {attrs})
        Triple, // ("Text", {attrs}, (children...))
        Choices, // choices(items, **attrs)
        Labels, // labels(items, tag_type=tag, **attrs)
        Taxonomy, // taxonomy(items, **attrs)
        Instance, // a LabelStudioTag object
    };

    QString key; // the dict key: the default `name`, and the variable of `value="$key"`
    Form form = Form::String;
    QString tag; // String/Pair/Triple; Labels: tag_type (default "Labels")
    SpecAttributes attributes; // Pair/Triple attrs; the helpers' **kwargs
    QList<SpecNode> children; // Triple
    SpecValue items; // Choices/Labels/Taxonomy: Array (or String, iterated per character)
    SpecInstance instance; // Instance
};

class ConfigSpec
{
public:
    QList<SpecTag> tags;
    std::optional<SpecAttributes> mapping; // {control name: object name}
    SpecValue
        title; // Null, Object {name: header text}, or String (which the builder refuses, as the SDK fails)
    std::optional<SpecAttributes> style; // {name: css}
    bool pretty = true;

    // Parses the JSON form. On failure returns an empty spec and sets *error (translated, with the
    // byte offset or the JSON path of the problem).
    static ConfigSpec fromJson(const QByteArray &json, QString *error);
};

} // namespace lsdesk
