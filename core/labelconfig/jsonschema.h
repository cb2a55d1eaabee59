#pragma once

#include "labelconfig/labelinterface.h"
#include "labelconfig/pyrepr.h"

#include <optional>

namespace lsdesk {

// LabelInterface.to_json_schema(): {"type": "object", "properties": {control: schema, ...},
// "required": [controls with required="true"]}, each control's schema as its SDK tag class builds it
// (control_tags.py to_json_schema). A PyValue, so json.dumps-identical output is possible (100 vs
// 100.0, key order). nullopt with `error` set where the SDK raises: a Pairwise with one toName, a
// Rating whose maxRating is not an integer, a ReactCode outputs alias with a non-numeric bound.
std::optional<PyValue> labelConfigJsonSchema(const LabelInterface &config, QString *error = nullptr);

// One control's to_json_schema().
std::optional<PyValue> controlJsonSchema(const ControlTagInfo &control, QString *error = nullptr);

} // namespace lsdesk
