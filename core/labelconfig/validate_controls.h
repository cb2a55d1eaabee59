#pragma once

// Per control tag, what the SDK's ControlTag subclasses do in validate_value() (control_tags.py):
// which label key they check against the config's labels, which pydantic value class the region value
// must satisfy, and the tag-specific overrides (Rating, Taxonomy, Ranker, VideoRectangle, Labels'
// split format, Relations). Internal to configvalidator.cpp.

#include "labelconfig/labelinterface.h"
#include "labelconfig/pyrepr.h"
#include "labelconfig/validate_pydantic.h"

#include <QSet>
#include <optional>
#include <vector>

namespace lsdesk::detail {

// A point where the SDK's Python code raises and reports the exception text (a TypeError about
// 'int' objects and the like). Such text is not a useful message, so lsdesk stops where the SDK
// stops and reports `message` (translated, specific) instead. Never escapes configvalidator.cpp.
struct SdkCrash
{
    QString message;
};

struct ControlClass
{
    QString className; // "RectangleLabelsTag"; empty for the generic ControlTag
    QString labelAttr; // _label_attr_name, empty when the class has none
    const pd::Model *model = nullptr; // _value_class, nullptr when the class has none
};

// control_tags._TAG_TO_CLASS, looked up with the tag lowercased.
ControlClass controlClass(const QString &tag);

// Where the geometry results of a result list are (for the split labels format), and the first item
// whose "type" is not a string (the SDK crashes when its scan reaches it).
struct ResultIndex
{
    std::vector<int> geometry;
    int firstBadType = -1;
};
ResultIndex indexResult(const PyValue &result);

// What validate_region passes as `context`: the whole result list and the region itself.
struct RegionContext
{
    const PyValue *result = nullptr;
    const PyValue *region = nullptr;
    // The control's labels as a set, so a config with thousands of labels is not scanned per label.
    const QSet<QString> *labelSet = nullptr;
    // indexResult(*result), computed once per result list; built on demand when null.
    const ResultIndex *index = nullptr;
};

// control.validate_value(value, context=...). Throws SdkCrash where the SDK raises.
bool validateValue(const ControlTagInfo &control, const PyValue &value, const RegionContext &context);

// LabelInterface._validate_merged_labels_value. Throws SdkCrash where the SDK raises.
bool validateMergedLabelsValue(const ControlTagInfo &labels, const ControlTagInfo &geometry,
    const QString &regionType, const PyValue &value, const QSet<QString> *labelSet = nullptr);

// LabelInterface._get_valid_values_for_control: "expected fields: [...]; valid labels: [...]".
QString validValuesText(const ControlTagInfo &control);

// `key in value` for any json value (dict keys, list items, substrings). Throws SdkCrash for scalars.
bool pyContains(const PyValue &container, const QString &key, const QString &what);

// An attribute as the SDK's `attr.get(name)` sees it: nullopt when absent (empty when empty).
std::optional<QString> attributeOf(const ControlTagInfo &control, const QString &name);

} // namespace lsdesk::detail
