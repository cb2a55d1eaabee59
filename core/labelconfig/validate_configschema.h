#pragma once

// LabelInterface._schema_validation: the SDK turns the config into JSON with xmljson's BadgerFish
// convention (attributes as "@name" with numbers and booleans guessed from the text), patches single
// <Choice> children into lists (_fix_choices) and validates that against
// _legacy/schema/label_config_schema.json with jsonschema's Draft 6 validator, reporting the error
// jsonschema.exceptions.best_match() picks. Reproduced here for that one schema.

#include "labelconfig/pyrepr.h"
#include "labelconfig/xmldocument.h"

#include <optional>

namespace lsdesk::detail {

// xmljson.badgerfish.data(root) (collections.OrderedDict values).
PyValue badgerfish(const XmlNode *root);

// The SDK's "Validation failed on <path>: <message>" text, or nullopt when the config passes. Where
// jsonschema itself would crash (comparing a list index with a key while ranking errors) the text is
// lsdesk's own and `sdkCrashed` is set.
std::optional<QString> schemaValidationError(const XmlDocument &doc, bool *sdkCrashed = nullptr);

} // namespace lsdesk::detail
