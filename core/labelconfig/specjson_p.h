#pragma once

#include "configspec.h"

#include <QByteArray>
#include <QString>

namespace lsdesk::specjson {

// Deeper documents are refused: the spec's children are walked recursively, and Python's own
// serializer gives up at about 1000 levels anyway.
constexpr int kMaxDepth = 200;

// JSON text to a SpecValue tree, keeping object members in document order and numbers as written.
// Returns false with a translated message (including the byte offset) when the text is not JSON.
bool parse(const QByteArray &json, SpecValue *root, QString *error);

// A JSON string literal for messages ("a\"b"); the quotes make empty strings visible.
QString quote(const QString &s);

} // namespace lsdesk::specjson
