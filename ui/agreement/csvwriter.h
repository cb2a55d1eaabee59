#pragma once

#include <QByteArray>
#include <QString>

namespace lsdesk {

// Writes `bytes` to `path` through a temporary file beside it, renamed over the target only once
// complete (as exports do): a failure leaves neither a partial file nor the temporary one. On failure
// returns false and sets `error` to a sentence for people.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace lsdesk
