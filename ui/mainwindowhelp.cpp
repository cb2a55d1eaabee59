// The main window's Help menu: the log, About Label Studio Desktop (versions and licences) and About Qt.
#include "dialogs/aboutdialog.h"
#include "mainwindow.h"
#include "widgets/icons.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>

namespace lsdesk {

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Show &log"), this, &MainWindow::showLog)->setIcon(appIcon(QStringLiteral("log")));
    help->addSeparator();
    // The roles put both entries in the application menu on macOS.
    QAction *about = help->addAction(tr("&About Label Studio Desktop"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    std::optional<ServerVersion> server;
    QString url;
    if (m_info && m_client) {
        server = m_info->version;
        url = m_client->server().toString();
    }
    auto *dialog = new AboutDialog(server, url, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace lsdesk
