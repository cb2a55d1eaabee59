#pragma once

#include "configspec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lsdesk {

// Why a config could not be built. `key` names the entry of the tags list concerned, when there is one,
// so an editor can point at it.
struct ConfigBuildError
{
    QString message;
    QString key;
};

struct ConfigBuildResult
{
    QString text;
    std::optional<ConfigBuildError> error;
    bool ok() const { return !error.has_value(); }
};

// The (tag, attrs, children) tuples of create.py's convert_tags_description, in order.
struct ConfigConvertResult
{
    QList<SpecNode> elements;
    QStringList keys; // the tags-list key each element came from
    std::optional<ConfigBuildError> error;
    bool ok() const { return !error.has_value(); }
};

// LabelInterface.create() of label-studio-sdk 2.1.2, byte for byte (docs/config-spec.md, tests/parity).
//
// Where the SDK raises, a ConfigBuildError explains why instead. Where it returns text that is not a
// usable config - XML that is not well-formed, Python's repr() of a list written as an attribute value,
// a namespace declaration it reorders - we refuse too. One extension: numbers and booleans as attribute
// values (the SDK raises "cannot serialize 5 (type int)") are written as their JSON text.
class ConfigBuilder
{
public:
    // create(tags, mapping, title, style, pretty)
    static ConfigBuildResult create(const ConfigSpec &spec);
    // ConfigSpec::fromJson + create; a spec error comes back as the build error.
    static ConfigBuildResult createFromJson(const QByteArray &json);

    // convert_tags_description(tags, mapping): defaults for name, value="$key" and toName applied.
    static ConfigConvertResult convertTags(const ConfigSpec &spec);
    // _convert(name, tag) for one entry (no toName: that needs the whole dict).
    static std::optional<SpecNode> convert(const SpecTag &tag, ConfigBuildError *error);

    // The create.py helpers. `items` is an array of label values (a string is iterated per character,
    // as Python iterates it).
    static SpecNode choices(const SpecValue &items, const SpecAttributes &attrs = {});
    static SpecNode labels(const SpecValue &items, const QString &tagType = QStringLiteral("Labels"),
        const SpecAttributes &attrs = {});
    // An array item is (parent, child, child...). Deeper nesting and empty groups are errors.
    static std::optional<SpecNode> taxonomy(
        const SpecValue &items, const SpecAttributes &attrs, ConfigBuildError *error);

    // <View> holding these tuples, as tree_from_tuples + tree_to_string.
    static ConfigBuildResult serialize(const QList<SpecNode> &elements, bool pretty);

    // The SDK's object_tags._TAG_TO_CLASS / control_tags._TAG_TO_CLASS keys (lower-case), and the
    // membership test create.py does with tag.lower().
    static const QStringList &objectTags();
    static const QStringList &controlTags();
    static bool isObjectTag(const QString &tag);
    static bool isControlTag(const QString &tag);

    // XML names as the SDK's pretty path (expat 2.5, namespace-aware) accepts them: an NCName by
    // expat's character classes, optionally with the always-bound prefix "xml:".
    static bool isNameStartChar(char32_t c);
    static bool isNameChar(char32_t c);
    static bool isValidName(const QString &name);
    // XML 1.0 Char
    static bool isXmlChar(char32_t c);
};

} // namespace lsdesk
