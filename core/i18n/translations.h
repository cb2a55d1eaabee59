#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace lsdesk {

// The context under which every lsdesk message is also stored in the .qm files (see translations.cmake).
inline constexpr char kAnyContext[] = "@lsdesk";

// Installs the translations for the user's language on the application: lsdesk's own (embedded
// lsdesk_<lang>.qm) and Qt's (qtbase_<lang>.qm from QLibraryInfo's translations path), so Qt's standard
// buttons and dialogs match. The language is the system locale's (on Unix: LANGUAGE, LC_ALL, LC_MESSAGES,
// LANG); the "C"/"POSIX" locale means English whatever LANGUAGE says, as with gettext. Returns the
// language loaded ("de"), or an empty string when the UI stays in English. QtCore only: lsdesk-cli uses
// it too. Call it right after the Q*Application is created, before any tr() string is built.
QString installTranslations(QCoreApplication &app);
QString installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace lsdesk
