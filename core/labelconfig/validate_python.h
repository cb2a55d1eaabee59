#pragma once

// Python built-ins the SDK's validation leans on, with their exact acceptance rules: float(x) and int(x)
// decide verdicts (scores, rating bounds, rectangle bounds, Video speeds) and xmljson's attribute typing.

#include "labelconfig/pyrepr.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace lsdesk::py {

// The exception a built-in would raise; None when it succeeded.
enum class Exc { None, ValueError, TypeError, OverflowError };

struct FloatResult
{
    double value = 0;
    Exc exc = Exc::None;
    bool ok() const { return exc == Exc::None; }
};

struct IntResult
{
    PyValue value;
    Exc exc = Exc::None;
    bool ok() const { return exc == Exc::None; }
};

// float(v) / int(v) for json-loaded values.
FloatResult toFloat(const PyValue &v);
IntResult toInt(const PyValue &v);
// float(s) / int(s) of a str (Unicode digits and spaces, PEP 515 underscores, inf/nan).
std::optional<double> floatFromString(const QString &s);
std::optional<PyValue> intFromString(const QString &s);

// strtod in the "C" locale (QCoreApplication adopts the environment's LC_NUMERIC).
double cStrtod(const QByteArray &s);

// Every error text the SDK produces and lsdesk must reproduce byte for byte is built here, from the
// SDK's own f-string with "{}" placeholders filled in order. These texts are deliberately NOT
// translated: the promise is identical messages to label-studio-sdk's (scripts match on them, and the
// parity tests compare them), so they bypass QCoreApplication::translate on purpose.
QString sdkMessage(const char *format, const QStringList &args = {});

// str.isspace() of one code point, and str.strip() with no argument.
bool isSpace(char32_t c);
QString strip(const QString &s);
// Rust's char::is_whitespace (pydantic-core trims numeric strings with it; it lacks U+001C..U+001F).
bool isRustWhitespace(char32_t c);

} // namespace lsdesk::py
