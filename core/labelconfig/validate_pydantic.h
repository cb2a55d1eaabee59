#pragma once

// The SDK checks a region's value by instantiating a pydantic v2 model (control_tags.py: RectangleValue,
// ChoicesValue, ...) and only looks at whether that raised. So lsdesk needs the verdict of pydantic's
// lax ("python") mode for those models, not its messages: which inputs coerce (numeric strings, bools as
// numbers, 3.0 as int) and which do not.

#include "labelconfig/pyrepr.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace lsdesk::pd {

struct Model;

struct Type
{
    enum class Kind { Float, Int, Str, Bool, Any, List, Tuple, Dict, Model, Union };
    Kind kind = Kind::Any;
    bool nullable = false; // Optional[...]
    std::optional<double> le; // confloat(le=...)
    std::optional<double> ge; // Field(ge=...)
    int minLength = 0; // Field(min_length=...)
    bool rle = false; // BrushValue's validate_rle field validator
    std::vector<Type> args; // List: item; Tuple: items; Dict: value; Union: members
    const Model *model = nullptr;
};

struct Field
{
    QString name;
    Type type;
    bool required = true;
};

struct Model
{
    QString name;
    std::vector<Field> fields;
    QStringList fieldNames() const;
};

// Model(**data) succeeds. A non-dict `data` fails (the ** unpacking raises TypeError).
bool validateModel(const Model &m, const PyValue &data);
bool validateType(const Type &t, const PyValue &v);

// Lax coercions, nullopt when pydantic rejects the input.
std::optional<double> laxFloat(const PyValue &v);
std::optional<PyValue> laxInt(const PyValue &v);
std::optional<bool> laxBool(const PyValue &v);

// The value classes of control_tags.py by class name ("RectangleLabelsValue"); nullptr if unknown.
const Model *valueModel(const QString &className);

} // namespace lsdesk::pd
