// Help › About: the versions (app, Qt built and running, QtKeychain), the connected server or "not
// connected", the licences, Copy version info, Esc; and the Help menu's entries in the main window.

#include "dialogs/aboutdialog.h"
#include "mainwindow.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace lsdesk;

class TestAbout : public QObject
{
    Q_OBJECT

    static QStringList labelTexts(const QWidget &w)
    {
        QStringList texts;
        for (const QLabel *l : w.findChildren<QLabel *>())
            texts << l->text();
        return texts;
    }

private Q_SLOTS:
    void showsVersionsAndServer()
    {
        ServerVersion v;
        v.release = QStringLiteral("1.23.2");
        v.edition = QStringLiteral("Enterprise");
        AboutDialog dialog(v, QStringLiteral("https://ls.example.org"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString labels = labelTexts(dialog).join(QLatin1Char('\n'));
        QVERIFY2(labels.contains(QStringLiteral(LSDESK_VERSION)), qPrintable(labels));
        QVERIFY2(labels.contains(QString::fromLatin1(qVersion())), qPrintable(labels));
        QVERIFY2(labels.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(labels));
        // The configure-time version CMake found (Debian 12: 0.13.2), not "unknown".
        QVERIFY(!AboutDialog::keychainVersion().isEmpty());
        QVERIFY2(QVersionNumber::fromString(AboutDialog::keychainVersion()) >= QVersionNumber(0, 13),
            qPrintable(AboutDialog::keychainVersion()));
        QVERIFY2(labels.contains(AboutDialog::keychainVersion()), qPrintable(labels));
        QVERIFY2(labels.contains(QStringLiteral("1.23.2")), qPrintable(labels));
        QVERIFY2(labels.contains(QStringLiteral("Enterprise")), qPrintable(labels));
        QVERIFY2(labels.contains(QStringLiteral("https://ls.example.org")), qPrintable(labels));

        const QString text = dialog.versionText();
        QVERIFY(text.contains(QStringLiteral("Label Studio Desktop " LSDESK_VERSION)));
        QVERIFY(text.contains(QStringLiteral("QtKeychain ") + AboutDialog::keychainVersion()));
        QVERIFY(text.contains(QStringLiteral("Server: Label Studio 1.23.2 (Enterprise)")));
        // The server's address may be private: the copied text leaves it out.
        QVERIFY(!text.contains(QStringLiteral("ls.example.org")));

        auto *copy = findButton(dialog, QStringLiteral("&Copy version info"));
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), text);
    }

    void notConnected()
    {
        AboutDialog dialog(std::nullopt, {});
        QVERIFY(labelTexts(dialog).contains(QStringLiteral("not connected")));
        QVERIFY(dialog.versionText().contains(QStringLiteral("Server: not connected")));
    }

    void listsLicences()
    {
        AboutDialog dialog(std::nullopt, {});
        const QString licences = dialog.licenceText();
        QVERIFY2(licences.contains(QStringLiteral("Apache-2.0")), qPrintable(licences));
        const QStringList expected { QStringLiteral("Qt 6"), QStringLiteral("LGPL-3.0"),
            QStringLiteral("QtKeychain"), QStringLiteral("BSD-2-Clause"), QStringLiteral("RapidJSON"),
            QStringLiteral("MIT"), QStringLiteral("simdjson"), QStringLiteral("libzip"),
            QStringLiteral("BSD-3-Clause"), QStringLiteral("Boost"), QStringLiteral("BSL-1.0") };
        for (const QString &e : expected)
            QVERIFY2(licences.contains(e), qPrintable(e));
        // The licence the dialog names is the one in the repository's LICENSE file.
        QFile license(QStringLiteral(LSDESK_SOURCE_DIR "/LICENSE"));
        QVERIFY(license.open(QIODevice::ReadOnly));
        QVERIFY(license.readAll().contains("Apache License\n                           Version 2.0"));
    }

    void escapeCloses()
    {
        AboutDialog dialog(std::nullopt, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isVisible());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void helpMenuOfTheMainWindow()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppSettings appSettings(&settings);
        QNetworkAccessManager nam;
        MainWindow window(&nam, nullptr, &settings, &appSettings);
        QMenu *help = nullptr;
        for (QAction *a : window.menuBar()->actions())
            if (a->menu() && a->text() == QStringLiteral("&Help"))
                help = a->menu();
        QVERIFY(help);
        QAction *about = nullptr;
        QAction *aboutQt = nullptr;
        for (QAction *a : help->actions()) {
            if (a->menuRole() == QAction::AboutRole)
                about = a;
            if (a->menuRole() == QAction::AboutQtRole)
                aboutQt = a;
        }
        QVERIFY(about && aboutQt);
        QCOMPARE(about->text(), QStringLiteral("&About Label Studio Desktop"));
        about->trigger();
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(labelTexts(*dialog).contains(QStringLiteral("not connected")));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<AboutDialog *>()); // deleted on close
    }

private:
    static QPushButton *findButton(const QWidget &w, const QString &text)
    {
        for (QPushButton *b : w.findChildren<QPushButton *>())
            if (b->text() == text)
                return b;
        return nullptr;
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
