#include "cli/cliapp.h"
#include "cli/interrupt.h"
#include "i18n/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    lsdesk::installTranslations(app);
    QCoreApplication::setOrganizationName(QStringLiteral("lsdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("lsdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LSDESK_VERSION));

    lsdesk::cli::CliApp cli;

    // Ctrl+C: cancel the running requests and exit 130 from the event loop (interrupt.cpp).
    lsdesk::cli::installInterruptHandler(&cli, [&cli] { cli.interrupt(); });

    const int immediate = cli.start(app.arguments());
    if (immediate >= 0)
        return immediate;
    return app.exec();
}
