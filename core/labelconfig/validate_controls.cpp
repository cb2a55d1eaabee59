#include "labelconfig/validate_controls.h"

#include "labelconfig/validate_python.h"

#include <QCoreApplication>
#include <QHash>

namespace lsdesk::detail {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("ConfigValidator", s);
}

[[noreturn]] void crash(const QString &message)
{
    throw SdkCrash { message };
}

QString lower(const QString &s)
{
    return s.toLower();
}

// value.get(key) on a json value: only dicts have .get(); the SDK calls it unguarded.
PyValue getOrCrash(const PyValue &value, const QString &key)
{
    if (!value.isDict())
        crash(tr("the value must be a JSON object, got %1").arg(pyRepr(value)));
    const PyValue *v = value.get(key);
    return v ? *v : PyValue();
}

// ControlTag._validate_labels: the chosen labels must be a subset of the config's labels. A config
// without labels (dynamic labels, or a tag that has none) accepts anything.
bool validateLabels(
    const ControlTagInfo &control, const PyValue &labels, const QString &key, const QSet<QString> *labelSet)
{
    if (control.labels.isEmpty() || !labels.truthy())
        return true;
    // set(labels): a str gives its characters, a dict its keys, a list its (hashable) items.
    QList<PyValue> elements;
    switch (labels.type()) {
    case PyValue::Type::Str: {
        const QString s = labels.str();
        for (int i = 0; i < s.size(); ++i) {
            const bool pair = s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate();
            elements.append(PyValue::string(s.mid(i, pair ? 2 : 1)));
            if (pair)
                ++i;
        }
        break;
    }
    case PyValue::Type::Dict:
        for (const QString &k : labels.keys())
            elements.append(PyValue::string(k));
        break;
    case PyValue::Type::List:
        for (const PyValue &item : labels.items()) {
            if (!pyHashable(item))
                crash(tr("'%1' must hold strings, got %2").arg(key, pyRepr(item)));
            elements.append(item);
        }
        break;
    default:
        crash(tr("'%1' must be a list of strings, got %2").arg(key, pyRepr(labels)));
    }
    for (const PyValue &e : std::as_const(elements)) {
        if (!e.isStr() || !(labelSet ? labelSet->contains(e.str()) : control.labels.contains(e.str())))
            return false;
    }
    return true;
}

// ControlTag._validate_value_labels and the Rating / Taxonomy overrides.
bool validateValueLabels(const ControlTagInfo &control, const ControlClass &cls, const PyValue &value,
    const QSet<QString> *labelSet)
{
    const QString tag = lower(control.tag);
    if (tag == QLatin1String("rating")) {
        if (!pyContains(value, cls.labelAttr, QStringLiteral("value")))
            return false;
        const PyValue rating = getOrCrash(value, cls.labelAttr);
        if (rating.isNone())
            return false;
        const auto maxText = attributeOf(control, QStringLiteral("maxRating"));
        std::optional<PyValue> maxRating = PyValue::integer(5);
        if (maxText)
            maxRating = py::intFromString(*maxText);
        if (!maxRating)
            crash(tr("the maxRating attribute of the control is not an integer: %1")
                      .arg(pyReprString(*maxText)));
        const py::IntResult r = py::toInt(rating);
        if (r.exc == py::Exc::OverflowError)
            crash(tr("'rating' must be a finite number, got %1").arg(pyRepr(rating)));
        if (!r.ok())
            return false;
        // 0 <= rating <= maxRating, on Python's unbounded ints.
        const auto cmp = [](const PyValue &a, const PyValue &b) {
            const QString x = a.intText(), y = b.intText();
            const bool nx = x.startsWith(QLatin1Char('-')), ny = y.startsWith(QLatin1Char('-'));
            if (nx != ny)
                return nx ? -1 : 1;
            int c = x.size() != y.size() ? (x.size() < y.size() ? -1 : 1) : QString::compare(x, y);
            c = c < 0 ? -1 : (c > 0 ? 1 : 0);
            return nx ? -c : c;
        };
        return cmp(r.value, PyValue::integer(0)) >= 0 && cmp(r.value, *maxRating) <= 0;
    }
    if (tag == QLatin1String("taxonomy")) {
        const PyValue paths = getOrCrash(value, QStringLiteral("taxonomy"));
        if (!paths.isList())
            return false;
        PyValue flat = PyValue::list();
        for (const PyValue &path : paths.items()) {
            if (!path.isList())
                return false;
            for (const PyValue &item : path.items())
                flat.append(item);
        }
        return validateLabels(control, flat, QStringLiteral("taxonomy"), labelSet);
    }
    if (cls.labelAttr.isEmpty() || !pyContains(value, cls.labelAttr, QStringLiteral("value")))
        return false;
    return validateLabels(control, getOrCrash(value, cls.labelAttr), cls.labelAttr, labelSet);
}

const QHash<QString, QString> &geometryModels()
{
    static const QHash<QString, QString> geometry {
        { QStringLiteral("rectangle"), QStringLiteral("RectangleValue") },
        { QStringLiteral("polygon"), QStringLiteral("PolygonValue") },
        { QStringLiteral("ellipse"), QStringLiteral("EllipseValue") },
        { QStringLiteral("keypoint"), QStringLiteral("KeyPointValue") },
        { QStringLiteral("brush"), QStringLiteral("BrushValue") },
        { QStringLiteral("bitmask"), QStringLiteral("BitmaskValue") },
        { QStringLiteral("vector"), QStringLiteral("VectorValue") },
    };
    return geometry;
}

// LabelsTag._get_split_partner_value_class: a labels result that shares its id with a geometry result
// (rectangle, polygon, ...) is validated against that geometry's value class. The SDK scans the whole
// result for every labels region; the index makes that a walk over the geometry results only, with the
// same outcome (including the crash on the first item whose type is not a string).
const pd::Model *splitPartnerModel(const RegionContext &context)
{
    if (!context.region || !context.result)
        return nullptr;
    const PyValue *type = context.region->get(QStringLiteral("type"));
    if (!type || !type->isStr() || lower(type->str()) != QLatin1String("labels"))
        return nullptr;
    const PyValue *id = context.region->get(QStringLiteral("id"));
    if (!id || id->isNone())
        return nullptr;
    const ResultIndex local = context.index ? ResultIndex() : indexResult(*context.result);
    const ResultIndex &index = context.index ? *context.index : local;
    const auto badType = [&] {
        const int i = index.firstBadType;
        crash(tr("result item %1 has a 'type' that is not a string: %2")
                  .arg(i)
                  .arg(pyRepr(*context.result->at(i).get(QStringLiteral("type")))));
    };
    for (const int i : index.geometry) {
        if (index.firstBadType >= 0 && index.firstBadType < i)
            badType();
        const PyValue &r = context.result->at(i);
        const PyValue *rId = r.get(QStringLiteral("id"));
        if (pyEquals(rId ? *rId : PyValue(), *id))
            return pd::valueModel(geometryModels().value(lower(r.get(QStringLiteral("type"))->str())));
    }
    if (index.firstBadType >= 0)
        badType();
    return nullptr;
}
} // namespace

ResultIndex indexResult(const PyValue &result)
{
    ResultIndex index;
    for (int i = 0; i < result.size(); ++i) {
        const PyValue &r = result.at(i);
        const PyValue *type = r.isDict() ? r.get(QStringLiteral("type")) : nullptr;
        if (!type || !type->truthy())
            continue;
        if (!type->isStr()) {
            if (index.firstBadType < 0)
                index.firstBadType = i;
        } else if (geometryModels().contains(lower(type->str()))) {
            index.geometry.push_back(i);
        }
    }
    return index;
}

std::optional<QString> attributeOf(const ControlTagInfo &control, const QString &name)
{
    for (const auto &a : control.attributes) {
        if (a.first == name)
            return a.second;
    }
    return std::nullopt;
}

bool pyContains(const PyValue &container, const QString &key, const QString &what)
{
    switch (container.type()) {
    case PyValue::Type::Dict:
        return container.contains(key);
    case PyValue::Type::List:
        for (const PyValue &item : container.items()) {
            if (item.isStr() && item.str() == key)
                return true;
        }
        return false;
    case PyValue::Type::Str:
        return container.str().contains(key);
    default:
        crash(tr("the %1 must be a JSON object, got %2").arg(what, pyRepr(container)));
    }
}

ControlClass controlClass(const QString &tag)
{
    struct Entry
    {
        const char *className;
        const char *labelAttr;
        const char *model;
    };
    // control_tags.py _TAG_TO_CLASS with each class's _label_attr_name and _value_class.
    static const QHash<QString, Entry> table {
        { QStringLiteral("choices"), { "ChoicesTag", "choices", "ChoicesValue" } },
        { QStringLiteral("labels"), { "LabelsTag", "labels", "LabelsValue" } },
        { QStringLiteral("brush"), { "BrushTag", "", "BrushValue" } },
        { QStringLiteral("brushlabels"), { "BrushLabelsTag", "brushlabels", "BrushLabelsValue" } },
        { QStringLiteral("bitmask"), { "BitmaskTag", "", "BitmaskValue" } },
        { QStringLiteral("bitmasklabels"), { "BitmaskLabelsTag", "bitmasklabels", "BitmaskLabelsValue" } },
        { QStringLiteral("magicwand"), { "MagicWandTag", "", "BrushValue" } },
        { QStringLiteral("ellipse"), { "EllipseTag", "", "EllipseValue" } },
        { QStringLiteral("ellipselabels"), { "EllipseLabelsTag", "ellipselabels", "EllipseLabelsValue" } },
        { QStringLiteral("keypoint"), { "KeyPointTag", "", "KeyPointValue" } },
        { QStringLiteral("keypointlabels"),
            { "KeyPointLabelsTag", "keypointlabels", "KeyPointLabelsValue" } },
        { QStringLiteral("vector"), { "VectorTag", "", "VectorValue" } },
        { QStringLiteral("vectorlabels"), { "VectorLabelsTag", "vectorlabels", "VectorLabelsValue" } },
        { QStringLiteral("ocrlabels"), { "OcrLabelsTag", "ocrlabels", "OcrLabelsValue" } },
        { QStringLiteral("polygon"), { "PolygonTag", "", "PolygonValue" } },
        { QStringLiteral("polygonlabels"), { "PolygonLabelsTag", "polygonlabels", "PolygonLabelsValue" } },
        { QStringLiteral("rectangle"), { "RectangleTag", "", "RectangleValue" } },
        { QStringLiteral("rectanglelabels"),
            { "RectangleLabelsTag", "rectanglelabels", "RectangleLabelsValue" } },
        { QStringLiteral("videorectangle"), { "VideoRectangleTag", "labels", "VideoRectangleValue" } },
        { QStringLiteral("videovector"), { "VideoVectorTag", "", "VideoVectorValue" } },
        { QStringLiteral("videovectorlabels"),
            { "VideoVectorLabelsTag", "labels", "VideoVectorLabelsValue" } },
        { QStringLiteral("number"), { "NumberTag", "number", "NumberValue" } },
        { QStringLiteral("datetime"), { "DateTimeTag", "datetime", "DateTimeValue" } },
        { QStringLiteral("hypertextlabels"),
            { "HyperTextLabelsTag", "hypertextlabels", "HyperTextLabelsValue" } },
        { QStringLiteral("pairwise"), { "PairwiseTag", "selected", "PairwiseValue" } },
        { QStringLiteral("paragraphlabels"),
            { "ParagraphLabelsTag", "paragraphlabels", "ParagraphLabelsValue" } },
        { QStringLiteral("ranker"), { "RankerTag", "", "RankerValue" } },
        { QStringLiteral("rating"), { "RatingTag", "rating", "RatingValue" } },
        { QStringLiteral("relations"), { "RelationsTag", "", "" } },
        { QStringLiteral("taxonomy"), { "TaxonomyTag", "taxonomy", "TaxonomyValue" } },
        { QStringLiteral("textarea"), { "TextAreaTag", "text", "TextAreaValue" } },
        { QStringLiteral("timeserieslabels"),
            { "TimeSeriesLabelsTag", "timeserieslabels", "TimeSeriesValue" } },
        { QStringLiteral("timelinelabels"),
            { "TimelineLabelsTag", "timelinelabels", "TimelineLabelsValue" } },
        { QStringLiteral("chatmessage"), { "ChatMessageTag", "", "ChatMessageValue" } },
        { QStringLiteral("reactcode"), { "ReactCodeTag", "reactcode", "ReactCodeValue" } },
    };
    const auto it = table.constFind(tag.toLower());
    if (it == table.constEnd())
        return {};
    return { QLatin1String(it->className), QLatin1String(it->labelAttr),
        pd::valueModel(QLatin1String(it->model)) };
}

bool validateValue(const ControlTagInfo &control, const PyValue &input, const RegionContext &context)
{
    const ControlClass cls = controlClass(control.tag);
    const QString tag = lower(control.tag);

    if (tag == QLatin1String("relations"))
        crash(tr("a Relations control has no region values: relations are results of type 'relation' "
                 "with from_id and to_id"));

    if (tag == QLatin1String("ranker")) {
        // RankerTag.validate_value: {"ranker": {bucket: [str, ...], ...}} and nothing else is checked.
        if (!input.isDict())
            return false;
        const PyValue *inner = input.get(QStringLiteral("ranker"));
        if (!inner || !inner->isDict())
            return false;
        for (const PyValue &bucket : inner->items()) {
            if (!bucket.isList())
                return false;
            for (const PyValue &item : bucket.items()) {
                if (!item.isStr())
                    return false;
            }
        }
        return true;
    }

    if (tag == QLatin1String("videorectangle") && control.labels.isEmpty() && input.isDict()
        && !input.contains(QStringLiteral("labels")))
        return pd::validateModel(*cls.model, input);

    // Values may be nested under the control's name: {"<name>": {...}}.
    PyValue value = input;
    if (input.isDict()) {
        const PyValue *nested = input.get(control.name);
        if (nested && nested->isDict())
            value = *nested;
    }

    if (!cls.labelAttr.isEmpty() || tag == QLatin1String("taxonomy")) {
        if (!validateValueLabels(control, cls, value, context.labelSet))
            return false;
    }
    const pd::Model *model = cls.model;
    if (tag == QLatin1String("labels")) {
        if (const pd::Model *partner = splitPartnerModel(context))
            model = partner;
    }
    if (!model)
        return true; // a tag the SDK has no value class for is not checked
    return pd::validateModel(*model, value);
}

bool validateMergedLabelsValue(const ControlTagInfo &labels, const ControlTagInfo &geometry,
    const QString &regionType, const PyValue &value, const QSet<QString> *labelSet)
{
    if (!value.isDict())
        return false;
    const ControlClass labelsCls = controlClass(labels.tag);
    const QString labelKey = value.contains(regionType)
        ? regionType
        : (labelsCls.labelAttr.isEmpty() ? QStringLiteral("labels") : labelsCls.labelAttr);
    const PyValue *chosen = value.get(labelKey);
    if (!chosen || !chosen->isList() || chosen->size() == 0)
        return false;
    for (const PyValue &label : chosen->items()) {
        if (!pyHashable(label))
            crash(tr("'%1' must hold strings, got %2").arg(labelKey, pyRepr(label)));
        if (!label.isStr()
            || !(labelSet ? labelSet->contains(label.str()) : labels.labels.contains(label.str())))
            return false;
    }
    const pd::Model *model = controlClass(geometry.tag).model;
    if (!model)
        return true;
    PyValue geometryValue = value;
    geometryValue.remove(labelKey);
    return pd::validateModel(*model, geometryValue);
}

QString validValuesText(const ControlTagInfo &control)
{
    const ControlClass cls = controlClass(control.tag);
    QStringList parts;
    if (cls.model)
        parts << py::sdkMessage("expected fields: {}", { pyReprStringList(cls.model->fieldNames()) });
    if (!control.labels.isEmpty())
        parts << py::sdkMessage("valid labels: {}", { pyReprStringList(control.labels) });
    if (parts.isEmpty())
        return py::sdkMessage("no specific validation rules");
    return parts.join(QLatin1String("; "));
}

} // namespace lsdesk::detail
