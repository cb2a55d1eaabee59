#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace lsdesk {

namespace {
const QString kResourceDir = QStringLiteral(":/lsdesk/i18n");

// lupdate and the compiler do not always agree on a message's context: a tr() helper in an anonymous
// namespace or a class without Q_OBJECT is filed by lupdate under the enclosing class or namespace,
// while at run time it passes its own context string. The .qm files therefore also hold every message
// under kAnyContext, and a lookup that misses its context falls back to that - the source text (and
// disambiguation) still has to match exactly.
class LsdeskTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
        int n = -1) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isNull())
            text = QTranslator::translate(kAnyContext, sourceText, disambiguation, n);
        return text;
    }
};

// gettext's rule: LANGUAGE counts only when the messages locale is not C/POSIX (Qt alone would let
// LANGUAGE=de win over LC_ALL=C, so a test run with LC_ALL=C could still come out in German).
bool messagesLocaleIsC()
{
    for (const char *var : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        const QByteArray value = qgetenv(var);
        if (!value.isEmpty())
            return value == "C" || value == "POSIX" || value.startsWith("C.");
    }
    return false;
}

bool isCLocale(const QLocale &locale)
{
    const QStringList languages = locale.uiLanguages();
    return languages.isEmpty() || languages.constFirst() == QLatin1String("C");
}
} // namespace

QString installTranslations(QCoreApplication &app)
{
    return installTranslations(app, messagesLocaleIsC() ? QLocale::c() : QLocale::system());
}

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // English plural forms ("%n task(s)" -> "1 task", "2 tasks") apply whatever the language: a language
    // installed later is asked first, and English answers for whatever it does not cover.
    auto *english = new LsdeskTranslator(&app);
    if (english->load(QStringLiteral("lsdesk_en"), kResourceDir))
        QCoreApplication::installTranslator(english);
    else
        delete english;

    if (isCLocale(locale))
        return {};
    auto *own = new LsdeskTranslator(&app);
    // load(QLocale, ...) tries each of the locale's UI languages in order ("de-DE", "de", ...).
    if (!own->load(locale, QStringLiteral("lsdesk"), QStringLiteral("_"), kResourceDir)
        || own->language().startsWith(QLatin1String("en"))) {
        delete own;
        return {};
    }
    // Qt's own strings only for a language lsdesk speaks, so a window never mixes two languages.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QCoreApplication::installTranslator(own);
    return QLocale(own->language()).name().section(QLatin1Char('_'), 0, 0);
}

} // namespace lsdesk
