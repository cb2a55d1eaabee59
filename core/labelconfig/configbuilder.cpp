#include "configbuilder.h"

#include "configwriter_p.h"
#include "labelconfig/labelinterface.h"

#include <QCoreApplication>
#include <QStringView>
#include <algorithm>
#include <iterator>

namespace lsdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigBuilder", text);
}

// The code points of a string, as Python iterates a str. A lone surrogate comes out as itself (and
// fails isXmlChar).
QList<char32_t> codePoints(QStringView s)
{
    QList<char32_t> out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            out.append(QChar::surrogateToUcs4(c, s[i + 1]));
            ++i;
        } else {
            out.append(c.unicode());
        }
    }
    return out;
}

QString fromCodePoint(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

// create.py iterates a label list with `for arg in args`: an array by element, a string per character.
// Falsy (None, "", []) means no children at all.
QList<SpecValue> iterate(const SpecValue &items)
{
    QList<SpecValue> out;
    if (items.type == SpecValue::Type::Array) {
        out = items.elements;
    } else if (items.type == SpecValue::Type::String) {
        for (const char32_t c : codePoints(items.text))
            out.append(SpecValue::string(fromCodePoint(c)));
    }
    return out;
}

SpecNode element(const QString &tag, const SpecAttributes &attrs = {}, const QList<SpecNode> &children = {})
{
    SpecNode n;
    n.kind = SpecNode::Kind::Element;
    n.tag = tag;
    n.attributes = attrs;
    n.children = children;
    return n;
}

// _convert_to_tuple(args, tag_type): ((tag_type, {"value": arg}, {}), ...)
QList<SpecNode> valueChildren(const SpecValue &items, const QString &tagType)
{
    const QList<SpecValue> values = iterate(items);
    QList<SpecNode> out;
    out.reserve(values.size());
    for (const SpecValue &v : values) {
        SpecNode &n = out.emplace_back();
        n.kind = SpecNode::Kind::Element;
        n.tag = tagType;
        n.attributes = SpecAttributes::fromUniqueEntries({ { QStringLiteral("value"), v } });
    }
    return out;
}

QString describeTag(const QString &key, const QString &tag)
{
    return tr("\"%1\" (%2)").arg(key, tag);
}

} // namespace

// The SDK's tables (object_tags.py / control_tags.py _TAG_TO_CLASS), shared with the parser.
const QStringList &ConfigBuilder::objectTags()
{
    return tags::objectTags();
}

const QStringList &ConfigBuilder::controlTags()
{
    return tags::controlTags();
}

namespace {
// Python's tag.lower() in the (lowercase ASCII) table, without building the lowered string: besides
// ASCII only KELVIN SIGN (U+212A) lower-cases to ASCII ('k'); any other non-ASCII character cannot match.
bool containsLowered(const QStringList &tags, const QString &tag)
{
    for (const QString &t : tags) {
        if (t.size() != tag.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; same && i < tag.size(); ++i) {
            const char16_t c = tag.at(i).unicode();
            const char16_t lower = c == 0x212A ? u'k' : (c >= u'A' && c <= u'Z') ? char16_t(c | 0x20) : c;
            same = lower == t.at(i).unicode() && (c < 0x80 || c == 0x212A);
        }
        if (same)
            return true;
    }
    return false;
}
} // namespace

bool ConfigBuilder::isObjectTag(const QString &tag)
{
    return containsLowered(objectTags(), tag);
}

bool ConfigBuilder::isControlTag(const QString &tag)
{
    return containsLowered(controlTags(), tag);
}

SpecNode ConfigBuilder::choices(const SpecValue &items, const SpecAttributes &attrs)
{
    return element(QStringLiteral("Choices"), attrs, valueChildren(items, QStringLiteral("Choice")));
}

SpecNode ConfigBuilder::labels(const SpecValue &items, const QString &tagType, const SpecAttributes &attrs)
{
    // Children are "Label" whatever tag_type is.
    return element(tagType, attrs, valueChildren(items, QStringLiteral("Label")));
}

std::optional<SpecNode> ConfigBuilder::taxonomy(
    const SpecValue &items, const SpecAttributes &attrs, ConfigBuildError *error)
{
    QList<SpecNode> result;
    const QList<SpecValue> list = iterate(items);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const SpecValue &item = list[i];
        if (item.type != SpecValue::Type::Array) {
            result.append(element(QStringLiteral("Choice"), { { QStringLiteral("value"), item } }));
            continue;
        }
        // A tuple is (parent, *children), each a plain label.
        if (item.elements.isEmpty()) {
            if (error)
                *error = { tr("Taxonomy item %1 is an empty group. LabelInterface.create() fails here "
                              "(TypeError: cannot unpack non-iterable NoneType object).")
                               .arg(i),
                    {} };
            return std::nullopt;
        }
        for (const SpecValue &e : item.elements) {
            if (e.type == SpecValue::Type::Array) {
                if (error)
                    *error = {
                        tr("Taxonomy item %1 (%2) nests deeper than one level. The taxonomy helper takes "
                           "groups of plain labels [parent, child, ...]; for a deeper group the SDK writes "
                           "Python's text of the tuple as the label, e.g. value=\"('5', '6')\". Give a deep "
                           "taxonomy as {\"tag\": \"Taxonomy\", \"children\": [...]} instead.")
                            .arg(i)
                            .arg(item.toJson()),
                        {}
                    };
                return std::nullopt;
            }
        }
        SpecNode parent
            = element(QStringLiteral("Choice"), { { QStringLiteral("value"), item.elements.front() } });
        for (qsizetype c = 1; c < item.elements.size(); ++c)
            parent.children.append(
                element(QStringLiteral("Choice"), { { QStringLiteral("value"), item.elements[c] } }));
        result.append(parent);
    }
    return element(QStringLiteral("Taxonomy"), attrs, result);
}

std::optional<SpecNode> ConfigBuilder::convert(const SpecTag &tag, ConfigBuildError *error)
{
    const QString &key = tag.key;
    SpecNode node;
    switch (tag.form) {
    case SpecTag::Form::String:
        node = element(tag.tag);
        break;
    case SpecTag::Form::Pair:
        node = element(tag.tag, tag.attributes);
        break;
    case SpecTag::Form::Triple:
        node = element(tag.tag, tag.attributes, tag.children);
        break;
    case SpecTag::Form::Choices:
        node = choices(tag.items, tag.attributes);
        break;
    case SpecTag::Form::Labels:
        node = labels(tag.items, tag.tag, tag.attributes);
        break;
    case SpecTag::Form::Taxonomy: {
        ConfigBuildError e;
        const std::optional<SpecNode> t = taxonomy(tag.items, tag.attributes, &e);
        if (!t) {
            if (error)
                *error = { tr("%1: %2").arg(describeTag(key, tag.tag), e.message), key };
            return std::nullopt;
        }
        node = *t;
        break;
    }
    case SpecTag::Form::Instance: {
        const SpecInstance &inst = tag.instance;
        // tag.name = tag.name or name; then collect_attrs(): {**attr, "name": ..., ...}
        const QString name = inst.name && !inst.name->isEmpty() ? *inst.name : key;
        node = element(inst.tag, inst.attr);
        node.attributes.set(QStringLiteral("name"), SpecValue::string(name));
        if (inst.cls == SpecInstance::Class::Control) {
            // The SDK puts the to_name list itself here and writes its repr ("['doc']"); the names
            // joined with commas are what the parsed toName attribute said.
            node.attributes.set(QStringLiteral("toName"),
                inst.toName ? SpecValue::string(inst.toName->join(QLatin1Char(','))) : SpecValue::null());
            const bool choice = inst.tag == QLatin1String("Choices") || inst.tag == QLatin1String("Taxonomy");
            node.children
                = valueChildren(inst.labels, choice ? QStringLiteral("Choice") : QStringLiteral("Label"));
        } else if (inst.value) {
            node.attributes.set(QStringLiteral("value"), SpecValue::string(QLatin1Char('$') + *inst.value));
        }
        break;
    }
    }

    // Room for the name, value and toName defaults, so that adding them detaches the shared
    // attributes once rather than growing them up to three times.
    node.attributes.reserve(node.attributes.size() + 3);
    node.attributes.setDefault(QStringLiteral("name"), SpecValue::string(key));
    const SpecValue *value = node.attributes.find(QStringLiteral("value"));
    // `not attrs.get("value")`: an empty or otherwise falsy value is replaced too, where it stands.
    if (isObjectTag(node.tag) && (!value || !value->isTruthy()))
        node.attributes.set(QStringLiteral("value"), SpecValue::string(QLatin1Char('$') + key));
    return node;
}

ConfigConvertResult ConfigBuilder::convertTags(const ConfigSpec &spec)
{
    ConfigConvertResult result;
    result.elements.reserve(spec.tags.size());
    result.keys.reserve(spec.tags.size());
    for (const SpecTag &tag : spec.tags) {
        ConfigBuildError e;
        std::optional<SpecNode> node = convert(tag, &e);
        if (!node) {
            result.error = e;
            return result;
        }
        result.elements.append(std::move(*node));
        result.keys.append(tag.key);
    }

    // _find_first_object_tag: the first object tag in dict order, by its (defaulted) name attribute.
    const SpecNode *firstObject = nullptr;
    for (const SpecNode &n : std::as_const(result.elements)) {
        if (isObjectTag(n.tag)) {
            firstObject = &n;
            break;
        }
    }
    const SpecValue firstObjectName
        = firstObject ? *firstObject->attributes.find(QStringLiteral("name")) : SpecValue::null();

    for (qsizetype i = 0; i < result.elements.size(); ++i) {
        SpecNode &n = result.elements[i];
        if (!isControlTag(n.tag))
            continue;
        const SpecValue *toName = n.attributes.find(QStringLiteral("toName"));
        if (toName && !toName->isNull())
            continue;
        // `mapping and attrs.get("name") in mapping`: only a string name can equal a JSON key.
        const SpecValue *name = n.attributes.find(QStringLiteral("name"));
        const SpecValue *mapped = spec.mapping && !spec.mapping->isEmpty() && name && name->isString()
            ? spec.mapping->find(name->text)
            : nullptr;
        if (mapped) {
            n.attributes.set(QStringLiteral("toName"), *mapped);
        } else if (firstObject) {
            n.attributes.set(QStringLiteral("toName"), firstObjectName);
        } else {
            result.error = ConfigBuildError {
                tr("%1 is a control tag without toName, it has no mapping entry, and there is no object tag "
                   "(Text, Image, Audio, ...) for it to point at. LabelInterface.create() fails here "
                   "(TypeError: 'NoneType' object is not subscriptable).")
                    .arg(describeTag(result.keys[i], n.tag)),
                result.keys[i]
            };
            result.elements.clear();
            result.keys.clear();
            return result;
        }
    }
    return result;
}

ConfigBuildResult ConfigBuilder::serialize(const QList<SpecNode> &elements, bool pretty)
{
    ConfigWriter w(pretty);
    w.begin(elements.isEmpty());
    for (const SpecNode &n : elements)
        w.write(n, QString());
    return w.finish();
}

ConfigBuildResult ConfigBuilder::create(const ConfigSpec &spec)
{
    ConfigBuildResult result;
    const ConfigConvertResult converted = convertTags(spec);
    if (!converted.ok()) {
        result.error = converted.error;
        return result;
    }
    if (spec.title.isString()) {
        // The SDK means to put a <Header> first but adds a tuple to a list (SDK bug).
        result.error = ConfigBuildError {
            tr("The title must be an object mapping tag names to header texts, e.g. {\"%1\": \"...\"}. "
               "LabelInterface.create() fails on a string title (TypeError: can only concatenate tuple "
               "(not \"list\") to tuple).")
                .arg(converted.keys.value(0, QStringLiteral("txt"))),
            {}
        };
        return result;
    }

    const bool hasTitle = spec.title.type == SpecValue::Type::Object;
    ConfigWriter w(spec.pretty);
    w.begin(converted.elements.isEmpty());
    for (qsizetype i = 0; i < converted.elements.size(); ++i) {
        const SpecNode &t = converted.elements[i];
        const QString &key = converted.keys[i];
        const SpecValue *name = t.attributes.find(QStringLiteral("name"));
        const bool named = name && name->isString();
        if (hasTitle && named) {
            for (const auto &m : spec.title.members) {
                if (m.first == name->text) {
                    w.write(
                        element(QStringLiteral("Header"), { { QStringLiteral("value"), m.second } }), key);
                    break;
                }
            }
        }
        const SpecValue *css = spec.style && named ? spec.style->find(name->text) : nullptr;
        if (css)
            w.write(element(QStringLiteral("View"), { { QStringLiteral("style"), *css } }, { t }), key);
        else
            w.write(t, key);
    }
    return w.finish();
}

ConfigBuildResult ConfigBuilder::createFromJson(const QByteArray &json)
{
    QString error;
    const ConfigSpec spec = ConfigSpec::fromJson(json, &error);
    if (!error.isEmpty()) {
        ConfigBuildResult result;
        result.error = ConfigBuildError { error, {} };
        return result;
    }
    return create(spec);
}

} // namespace lsdesk
