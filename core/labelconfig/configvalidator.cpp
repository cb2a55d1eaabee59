#include "labelconfig/configvalidator.h"

#include "labelconfig/validate_configschema.h"
#include "labelconfig/validate_controls.h"
#include "labelconfig/validate_python.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace lsdesk {

using detail::SdkCrash;
using py::sdkMessage;

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("ConfigValidator", s);
}

QString num(int i)
{
    return QString::number(i);
}

// Video playback speed limits (object_tags.py MIN_PLAYBACK_SPEED, MAX_PLAYBACK_SPEED), as printed.
constexpr double kMinSpeed = 0.05;
constexpr double kMaxSpeed = 10;
const char *const kMinSpeedText = "0.05";
const char *const kMaxSpeedText = "10";

// LabelStudioTag.get_attr: the attribute, else its lowercased spelling; blank counts as missing.
std::optional<QString> getAttr(const ObjectTagInfo &o, const QString &name)
{
    const auto find = [&](const QString &n) -> std::optional<QString> {
        for (const auto &a : o.attributes) {
            if (a.first == n)
                return a.second;
        }
        return std::nullopt;
    };
    std::optional<QString> v = find(name);
    if (!v)
        v = find(name.toLower());
    if (v && py::strip(*v).isEmpty())
        return std::nullopt;
    return v;
}

// VideoTag.validate_config
QStringList videoErrors(const ObjectTagInfo &video)
{
    QStringList errors;
    std::optional<double> speeds[2];
    const QString names[2] = { QStringLiteral("defaultPlaybackSpeed"), QStringLiteral("minPlaybackSpeed") };
    for (int i = 0; i < 2; ++i) {
        const auto raw = getAttr(video, names[i]);
        if (!raw)
            continue;
        speeds[i] = py::floatFromString(*raw);
        if (!speeds[i])
            errors << sdkMessage(
                R"(Video tag "{}": {} must be a number, got "{}")", { video.name, names[i], *raw });
    }
    for (int i = 0; i < 2; ++i) {
        if (speeds[i] && !(kMinSpeed <= *speeds[i] && *speeds[i] <= kMaxSpeed))
            errors << sdkMessage(R"(Video tag "{}": {} must be between {} and {}, got {})",
                { video.name, names[i], QLatin1String(kMinSpeedText), QLatin1String(kMaxSpeedText),
                    pyFloatRepr(*speeds[i]) });
    }
    if (speeds[0] && speeds[1] && *speeds[1] > *speeds[0])
        errors << sdkMessage(
            R"(Video tag "{}": minPlaybackSpeed ({}) must not exceed defaultPlaybackSpeed ({}))",
            { video.name, pyFloatRepr(*speeds[1]), pyFloatRepr(*speeds[0]) });
    return errors;
}

// The values of `attr`="..." in the raw text, as re.findall of  attr="([^"]*)"  finds them (matches do
// not overlap). With `nonWordBefore` the pattern is  (?:^|[^\w])attr="([^"]*)"  with Unicode \w: the
// character before must be no word character and not part of the previous match.
QStringList findQuoted(const QString &text, QLatin1String attr, bool nonWordBefore)
{
    static const QRegularExpression wordRe(
        QStringLiteral("^\\w$"), QRegularExpression::UseUnicodePropertiesOption);
    const auto isWord = [&](QStringView c) {
        if (c.size() == 1 && c.front().unicode() < 128) {
            const char16_t u = c.front().unicode();
            return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
        }
        return wordRe.match(c).hasMatch();
    };
    const QString prefix = attr + QLatin1String("=\"");
    QStringList out;
    qsizetype from = 0;
    while (true) {
        const qsizetype p = text.indexOf(prefix, from);
        if (p < 0)
            break;
        if (nonWordBefore && p > 0) {
            qsizetype before = p - 1;
            if (text.at(before).isLowSurrogate() && before > 0 && text.at(before - 1).isHighSurrogate())
                --before;
            if (before < from || isWord(QStringView(text).mid(before, p - before))) {
                from = p + 1;
                continue;
            }
        }
        const qsizetype valueStart = p + prefix.size();
        const qsizetype close = text.indexOf(QLatin1Char('"'), valueStart);
        if (close < 0)
            break; // no later match can close either
        out << text.mid(valueStart, close - valueStart);
        from = close + 1;
    }
    return out;
}

// LabelInterface._get_tag: a str names a tag; None means "the only one"; anything else finds nothing.
template <class T>
const T *lookup(const QList<T> &tags, const PyValue &name,
    const T *(LabelInterface::*byName)(const QString &) const, const LabelInterface &li)
{
    if (name.isStr())
        return (li.*byName)(name.str());
    if (name.isNone() && tags.size() == 1)
        return &tags.first();
    return nullptr;
}

// Whether an object tag has a value at all. The SDK synthesises object twins for Chat/ReactCode
// controls whose value is None, and then crashes on them.
bool hasValue(const ObjectTagInfo &o)
{
    return o.node
        && (o.node->hasAttribute(QStringLiteral("value"))
            || o.node->hasAttribute(QStringLiteral("valueList")));
}
} // namespace

ConfigValidator::ConfigValidator(const LabelInterface &config)
    : m_li(config)
{
    for (const ControlTagInfo &c : config.controls())
        m_labelSets.insert(c.name, QSet<QString>(c.labels.begin(), c.labels.end()));
}

QStringList ConfigValidator::validateConfig(const QString &config)
{
    XmlError xmlError;
    const auto li = LabelInterface::parse(config, &xmlError);
    if (!li)
        return { tr("The label config is not valid XML: %1").arg(xmlError.toString()) };

    if (const auto schemaError = detail::schemaValidationError(li->document()))
        return { *schemaError };

    // The SDK checks names with regular expressions over the raw text, so only double-quoted
    // attributes count and a name="..." inside another attribute or a comment counts too.
    // (?:^|[^\w])name="([^"]*)"
    const QStringList unique = findQuoted(config, QLatin1String("name"), true);
    if (QSet<QString>(unique.begin(), unique.end()).size() != unique.size())
        return { sdkMessage(
            "Label config contains non-unique names: {}", { unique.join(QLatin1String(", ")) }) };

    const QStringList allNames = findQuoted(config, QLatin1String("name"), false);
    const QSet<QString> names(allNames.begin(), allNames.end());
    for (const QString &toNames : findQuoted(config, QLatin1String("toName"), false)) {
        for (const QString &toName : toNames.split(QLatin1Char(','))) {
            if (!names.contains(toName)) {
                QStringList sorted(names.begin(), names.end());
                std::sort(sorted.begin(), sorted.end(), pyStrLess);
                return { sdkMessage(
                    R"re(toName="{}" not found in names: {})re", { toName, pyReprStringList(sorted) }) };
            }
        }
    }

    QStringList errors;
    for (const ObjectTagInfo &o : li->objects()) {
        if (o.tag.toLower() == QLatin1String("video") && hasValue(o))
            errors << videoErrors(o);
    }
    return errors;
}

QStringList ConfigValidator::validateTask(const PyValue &task) const
{
    QStringList errors;
    const PyValue *data = task.isDict() ? task.get(QStringLiteral("data")) : nullptr;
    for (const ObjectTagInfo &o : m_li.objects()) {
        if (!hasValue(o) || !o.valueIsVariable())
            continue;
        if (!task.isDict())
            return { tr("The task must be a JSON object, got %1").arg(pyRepr(task)) };
        if (!data)
            return { tr("The task has no \"data\" object.") };
        if (!data->isDict())
            return { tr("The task's \"data\" must be a JSON object, got %1").arg(pyRepr(*data)) };
        const PyValue *v = data->get(o.valueName());
        if (!v || v->isNone())
            errors << tr("The task data has no value for \"%1\", which <%2 name=\"%3\"> displays.")
                          .arg(o.valueName(), o.tag, o.name);
    }
    if (!task.isDict())
        return errors;
    const struct
    {
        const char *key;
        bool annotation;
    } embedded[] = { { "annotations", true }, { "predictions", false } };
    for (const auto &e : embedded) {
        const PyValue *list = task.get(QLatin1String(e.key));
        if (!list)
            continue;
        if (!list->isList()) {
            errors << tr("The task's \"%1\" must be a list.").arg(QLatin1String(e.key));
            continue;
        }
        for (int i = 0; i < list->size(); ++i) {
            const QString prefix = e.annotation ? tr("Annotation %1: ").arg(i) : tr("Prediction %1: ").arg(i);
            for (const QString &err : validateObject(list->at(i), e.annotation))
                errors << prefix + err;
        }
    }
    return errors;
}

QStringList ConfigValidator::validateAnnotation(const PyValue &annotation) const
{
    return validateObject(annotation, true);
}

QStringList ConfigValidator::validatePrediction(const PyValue &prediction) const
{
    return validateObject(prediction, false);
}

QStringList ConfigValidator::validateObject(const PyValue &object, bool annotation) const
{
    const QString result = QStringLiteral("result");
    QStringList errors;
    if (!object.isDict()) {
        // `"result" in obj` works on lists and strings; anything else, or a match there, crashes.
        bool has = true;
        if (object.isList() || object.isStr())
            has = detail::pyContains(object, result, QString());
        if (!has)
            return { sdkMessage("Missing required field 'result'") };
        return { annotation ? tr("The annotation must be a JSON object, got %1").arg(pyRepr(object))
                            : tr("The prediction must be a JSON object, got %1").arg(pyRepr(object)) };
    }
    const PyValue *regions = object.get(result);
    if (!regions)
        return { sdkMessage("Missing required field 'result'") };
    if (!regions->isList())
        return { sdkMessage("'result' must be a list") };

    if (const PyValue *score = object.get(QStringLiteral("score")); score && !score->isNone()) {
        const py::FloatResult f = py::toFloat(*score);
        if (f.exc == py::Exc::OverflowError) {
            errors << tr("Score must be a number between 0 and 1, got %1").arg(pyStr(*score));
            return errors; // the SDK aborts here ("int too large to convert to float")
        }
        if (!f.ok())
            errors << sdkMessage("Score must be a valid number, got {}", { pyStr(*score) });
        else if (!(0.0 <= f.value && f.value <= 1.0))
            errors << sdkMessage(
                "Score must be between 0.00 and 1.00 inclusive, got {}", { pyFloatRepr(f.value) });
    }

    QList<PyValue> valid;
    QList<int> relations;
    const detail::ResultIndex resultIndex = detail::indexResult(*regions);
    try {
        for (int i = 0; i < regions->size(); ++i) {
            const PyValue &region = regions->at(i);
            if (!region.isDict()) {
                errors << sdkMessage(
                    "Region must be a dictionary. Got {}: {}", { pyTypeRepr(region), pyStr(region) });
                continue;
            }
            const PyValue *type = region.get(QStringLiteral("type"));
            if (type && type->isStr() && type->str() == QLatin1String("relation")) {
                relations << i;
                continue;
            }
            const QStringList regionErrs = regionErrors(region, i, regions, &resultIndex);
            errors << regionErrs;
            if (regionErrs.isEmpty())
                valid << region;
        }
    } catch (const SdkCrash &crash) {
        // The SDK abandons the whole result at this point ("Unexpected error during validation").
        errors << crash.message;
        return errors;
    }
    for (const int i : std::as_const(relations))
        errors << validateRelation(regions->at(i), valid, i);
    return errors;
}

QStringList ConfigValidator::validateRegion(const PyValue &region, int index, const PyValue *result) const
{
    if (!region.isDict())
        return { tr("Region %1: a region must be a JSON object, got %2").arg(index).arg(pyRepr(region)) };
    try {
        return regionErrors(region, index, result, nullptr);
    } catch (const SdkCrash &crash) {
        return { crash.message };
    }
}

QStringList ConfigValidator::regionErrors(
    const PyValue &region, int index, const PyValue *result, const detail::ResultIndex *resultIndex) const
{
    QStringList errors;
    for (const char *field : { "from_name", "to_name", "type", "value" }) {
        if (!region.contains(QLatin1String(field)))
            errors << sdkMessage(
                "Region {}: Missing required field '{}'", { num(index), QLatin1String(field) });
    }
    if (!errors.isEmpty())
        return errors;

    const PyValue &fromName = *region.get(QStringLiteral("from_name"));
    const PyValue &toName = *region.get(QStringLiteral("to_name"));
    const PyValue &type = *region.get(QStringLiteral("type"));
    const PyValue &value = *region.get(QStringLiteral("value"));
    const QString from = pyStr(fromName);

    const ControlTagInfo *control = lookup(m_li.controls(), fromName, &LabelInterface::control, m_li);
    if (!control)
        return { sdkMessage("Region {}: 'from_name' '{}' not found in configuration", { num(index), from }) };
    if (!lookup(m_li.objects(), toName, &LabelInterface::object, m_li))
        return { sdkMessage(
            "Region {}: 'to_name' '{}' not found in configuration", { num(index), pyStr(toName) }) };

    if (!type.isStr())
        throw SdkCrash { tr("Region %1: 'type' must be a string, got %2").arg(index).arg(pyRepr(type)) };
    const QString expectedType = control->tag.toLower();
    const QString actualType = type.str().toLower();
    // A generic <Labels> on a geometry tool yields one merged region typed "<geometry>labels".
    const ControlTagInfo *geometry = mergedGeometryControl(*control, actualType);
    if (actualType != expectedType && !geometry)
        errors << sdkMessage("Region {}: Type '{}' does not match expected type '{}' for control '{}'",
            { num(index), actualType, expectedType, from });

    if (!toName.isStr() || !control->toName.contains(toName.str()))
        errors << sdkMessage("Region {}: 'to_name' '{}' is not valid for control '{}'. Valid options: {}",
            { num(index), pyStr(toName), from, pyReprStringList(control->toName) });

    try {
        const auto set = m_labelSets.constFind(control->name);
        const QSet<QString> *labelSet = set == m_labelSets.cend() ? nullptr : &*set;
        const bool ok = geometry
            ? detail::validateMergedLabelsValue(*control, *geometry, actualType, value, labelSet)
            : detail::validateValue(*control, value, { result, &region, labelSet, resultIndex });
        if (ok)
            return errors;
        const QString tag = control->tag.toLower();
        if (tag == QLatin1String("rectangle") || tag == QLatin1String("rectanglelabels")) {
            // The SDK's clearer message for rectangles: fields outside [0, 100] (or not numbers).
            QStringList outOfBounds;
            for (const char *f : { "x", "y", "width", "height" }) {
                const QString field = QLatin1String(f);
                if (!detail::pyContains(value, field, QStringLiteral("value")))
                    continue;
                if (!value.isDict())
                    throw SdkCrash { tr("the value must be a JSON object, got %1").arg(pyRepr(value)) };
                const PyValue &v = *value.get(field);
                const py::FloatResult d = py::toFloat(v);
                if (!d.ok() || d.value < 0 || d.value > 100)
                    outOfBounds << field + QLatin1Char(' ') + pyStr(v);
            }
            if (!outOfBounds.isEmpty()) {
                errors << sdkMessage(
                    "Region {}: Invalid geometry for control '{}': {} out of bounds [0, 100]",
                    { num(index), from, outOfBounds.join(QLatin1String(", ")) });
                return errors;
            }
        }
        errors << sdkMessage("Region {}: Invalid value for control '{}'. Got: {}. Valid options: {}",
            { num(index), from, pyStr(value), detail::validValuesText(*control) });
    } catch (const SdkCrash &crash) {
        errors << sdkMessage("Region {}: Error validating value for control '{}': ", { num(index), from })
                + crash.message;
    }
    return errors;
}

const ControlTagInfo *ConfigValidator::mergedGeometryControl(
    const ControlTagInfo &control, const QString &regionType) const
{
    // LabelInterface._merged_labels_geometry_control
    const QString suffix = QStringLiteral("labels");
    if (regionType.isEmpty() || control.tag.toLower() != suffix || regionType == suffix
        || !regionType.endsWith(suffix))
        return nullptr;
    const QString geometryType = regionType.left(regionType.size() - suffix.size());
    const QSet<QString> objects(control.toName.begin(), control.toName.end());
    for (const ControlTagInfo &sibling : m_li.controls()) {
        if (&sibling == &control || sibling.tag.toLower() != geometryType)
            continue;
        for (const QString &to : sibling.toName) {
            if (objects.contains(to))
                return &sibling;
        }
    }
    return nullptr;
}

QStringList ConfigValidator::validateRelation(
    const PyValue &relation, const QList<PyValue> &regions, int index) const
{
    if (!relation.isDict())
        return {
            tr("Relation %1: a relation must be a JSON object, got %2").arg(index).arg(pyRepr(relation))
        };
    QStringList errors;
    for (const char *field : { "type", "direction", "from_id", "to_id" }) {
        if (!relation.contains(QLatin1String(field)))
            errors << sdkMessage(
                "Relation {}: Missing required field '{}'", { num(index), QLatin1String(field) });
    }
    const auto get = [&](const char *key) {
        const PyValue *v = relation.get(QLatin1String(key));
        return v ? *v : PyValue();
    };
    const PyValue type = get("type");
    if (!type.isStr() || type.str() != QLatin1String("relation"))
        errors << sdkMessage("Relation {}: Type must be 'relation', got '{}'", { num(index), pyStr(type) });
    const PyValue direction = get("direction");
    static const QStringList directions { QStringLiteral("left"), QStringLiteral("right"),
        QStringLiteral("bi") };
    if (!direction.isStr() || !directions.contains(direction.str()))
        errors << sdkMessage("Relation {}: Direction must be one of ('left', 'right', 'bi'), got '{}'",
            { num(index), pyStr(direction) });

    // {r['id']: r for r in regions if 'id' in r}, then dict lookups: Python's == on hashable ids.
    QList<PyValue> ids;
    for (const PyValue &r : regions) {
        const PyValue *id = r.get(QStringLiteral("id"));
        if (!id)
            continue;
        if (!pyHashable(*id)) {
            errors << sdkMessage("Relation {}: Error validating relation - ", { num(index) })
                    + tr("region ids must be strings or numbers, got %1").arg(pyRepr(*id));
            return errors;
        }
        ids << *id;
    }
    for (const char *key : { "from_id", "to_id" }) {
        const PyValue id = get(key);
        if (!pyHashable(id)) {
            errors << sdkMessage("Relation {}: Error validating relation - ", { num(index) })
                    + tr("'%1' must be a string or a number, got %2").arg(QLatin1String(key), pyRepr(id));
            return errors;
        }
        const bool found
            = std::any_of(ids.begin(), ids.end(), [&](const PyValue &x) { return pyEquals(x, id); });
        if (!found)
            errors << sdkMessage(
                "Relation {}: '{}' '{}' not found in regions", { num(index), QLatin1String(key), pyStr(id) });
    }
    return errors;
}

} // namespace lsdesk
