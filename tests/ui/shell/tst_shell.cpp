// The window's own widgets: the error banner (retry once, Esc, palette), the preferences (validation
// before saving, what reaches ClientOptions and the proxy) and the log dialog (the tail of a big log).

#include "dialogs/logdialog.h"
#include "dialogs/preferencesdialog.h"
#include "settings/appsettings.h"
#include "widgets/errorbanner.h"
#include "widgets/icons.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace lsdesk;

class TestShell : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> freshSettings(const QString &name)
    {
        return std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
    }

private Q_SLOTS:
    void bannerRetriesOnceAndHides()
    {
        ErrorBanner banner;
        banner.show();
        int calls = 0;
        banner.showError(
            QStringLiteral("Page 3 failed: the server closed the connection."), [&calls] { ++calls; });
        QVERIFY(banner.isVisible());
        QVERIFY(banner.canRetry());
        QCOMPARE(banner.message(), QStringLiteral("Page 3 failed: the server closed the connection."));
        auto *retry = banner.findChild<QPushButton *>();
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(calls, 1);
        QVERIFY(!banner.isVisible());
        banner.retry(); // nothing left to retry
        QCOMPARE(calls, 1);
    }

    void bannerWithoutRetryAndEscape()
    {
        ErrorBanner banner;
        banner.show();
        banner.showError(QStringLiteral("first"), [] {});
        banner.showError(QStringLiteral("second")); // replaces the first, and its retry
        QVERIFY(!banner.canRetry());
        QCOMPARE(banner.message(), QStringLiteral("second"));
        const auto buttons = banner.findChildren<QPushButton *>();
        QVERIFY(std::none_of(buttons.begin(), buttons.end(),
            [](QPushButton *b) { return b->isVisible() && b->text().contains(QLatin1String("Retry")); }));
        banner.setFocus();
        QTest::keyClick(&banner, Qt::Key_Escape);
        QVERIFY(!banner.isVisible());
        QVERIFY(banner.message().isEmpty());
    }

    void bannerFollowsLightAndDarkPalettes()
    {
        ErrorBanner banner;
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        QApplication::setPalette(light);
        banner.showError(QStringLiteral("x"));
        const QColor onLight = banner.palette().color(QPalette::WindowText);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        QApplication::setPalette(dark);
        QApplication::processEvents();
        const QColor onDark = banner.palette().color(QPalette::WindowText);
        QVERIFY2(onLight.lightness() < 128, "dark text on a light theme");
        QVERIFY2(onDark.lightness() > 128, "light text on a dark theme");
        QApplication::setPalette(QPalette());
    }

    // Every bundled icon renders sharp at 2x and in the palette's text colour, light or dark.
    void iconsFollowThePaletteAndScale()
    {
        for (const char *name : { "add", "connect", "convert", "delete", "edit", "filter", "log", "next",
                 "open", "previous", "refresh", "settings", "star", "web" }) {
            for (const QColor &text : { QColor(Qt::black), QColor(Qt::white) }) {
                QPalette palette;
                palette.setColor(QPalette::ButtonText, text);
                QApplication::setPalette(palette);
                const QIcon icon = appIcon(QLatin1String(name));
                const QPixmap pm = icon.pixmap(QSize(24, 24), 2.0);
                QVERIFY2(!pm.isNull(), name);
                QCOMPARE(pm.size(), QSize(48, 48)); // real pixels for a 2x screen, not an upscaled 24
                const QImage image = pm.toImage();
                int inked = 0;
                for (int y = 0; y < image.height(); ++y) {
                    for (int x = 0; x < image.width(); ++x) {
                        const QColor c = image.pixelColor(x, y);
                        if (c.alpha() == 255) {
                            ++inked;
                            QCOMPARE(c.rgb(), text.rgb());
                        }
                    }
                }
                QVERIFY2(inked > 20, name);
            }
        }
        QApplication::setPalette(QPalette());
    }

    void settingsDefaultsAndClamping()
    {
        auto s = freshSettings(QStringLiteral("defaults.ini"));
        AppSettings prefs(s.get());
        QCOMPARE(prefs.timeoutSeconds(), AppSettings::kDefaultTimeoutSeconds);
        QCOMPARE(prefs.pageSize(), AppSettings::kDefaultPageSize);
        QCOMPARE(prefs.proxyMode(), AppSettings::ProxyMode::Environment);
        QCOMPARE(prefs.logFilePath(), AppSettings::defaultLogFilePath());
        prefs.setTimeoutSeconds(100000);
        prefs.setPageSize(1);
        QCOMPARE(prefs.timeoutSeconds(), 600);
        QCOMPARE(prefs.pageSize(), 20);
        prefs.setCaBundlePath(QStringLiteral("/etc/ssl/corp.pem"));
        const ClientOptions o = prefs.clientOptions();
        QCOMPARE(o.timeoutMs, 600 * 1000);
        QCOMPARE(o.caBundlePath, QStringLiteral("/etc/ssl/corp.pem"));
        // Nothing secret ever lands in the settings file.
        s->sync();
        QFile f(s->fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ini = f.readAll();
        QVERIFY(!ini.contains("key") && !ini.contains("token"));
    }

    void proxyChecks_data()
    {
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<bool>("ok");
        QTest::newRow("host:port") << QStringLiteral("proxy.example.com:3128") << true;
        QTest::newRow("http url") << QStringLiteral("http://10.0.0.1:8080") << true;
        QTest::newRow("socks5") << QStringLiteral("socks5://127.0.0.1:1080") << true;
        QTest::newRow("no port") << QStringLiteral("proxy.example.com") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://proxy:21") << false;
    }

    void proxyChecks()
    {
        QFETCH(QString, proxy);
        QFETCH(bool, ok);
        QCOMPARE(AppSettings::checkProxy(proxy).isEmpty(), ok);
    }

    void manualProxyReachesTheNetworkButNotLoopback()
    {
        auto s = freshSettings(QStringLiteral("proxy.ini"));
        AppSettings prefs(s.get());
        prefs.setProxyMode(AppSettings::ProxyMode::Manual);
        prefs.setManualProxy(QStringLiteral("proxy.example.com:3128"));
        QNetworkAccessManager nam;
        prefs.applyProxy(&nam);
        QVERIFY(nam.proxyFactory());
        const auto remote = nam.proxyFactory()->queryProxy(
            QNetworkProxyQuery(QUrl(QStringLiteral("https://ls.example.org/api/"))));
        QCOMPARE(remote.first().hostName(), QStringLiteral("proxy.example.com"));
        QCOMPARE(remote.first().port(), quint16(3128));
        const auto local = nam.proxyFactory()->queryProxy(
            QNetworkProxyQuery(QUrl(QStringLiteral("http://127.0.0.1:8080/"))));
        QCOMPARE(local.first().type(), QNetworkProxy::NoProxy);
        prefs.setProxyMode(AppSettings::ProxyMode::None);
        prefs.applyProxy(&nam);
        QCOMPARE(nam.proxy().type(), QNetworkProxy::NoProxy);
    }

    void preferencesRefuseInvalidInputAndKeepIt()
    {
        auto s = freshSettings(QStringLiteral("dialog.ini"));
        AppSettings prefs(s.get());
        PreferencesDialog dialog(&prefs);
        auto *mode = dialog.findChild<QComboBox *>();
        mode->setCurrentIndex(mode->findData(int(AppSettings::ProxyMode::Manual)));
        QLineEdit *proxy = nullptr;
        QLineEdit *ca = nullptr;
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>()) {
            if (e->accessibleName() == QLatin1String("Manual proxy address"))
                proxy = e;
            if (e->accessibleName() == QLatin1String("Extra CA bundle"))
                ca = e;
        }
        QVERIFY(proxy && ca);
        proxy->setText(QStringLiteral("not a proxy"));
        ca->setText(m_dir.filePath(QStringLiteral("missing.pem")));
        QVERIFY(!dialog.apply());
        // Nothing was saved, the input is still there, and the reasons are shown.
        QCOMPARE(prefs.proxyMode(), AppSettings::ProxyMode::Environment);
        QCOMPARE(proxy->text(), QStringLiteral("not a proxy"));
        QString shown;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            shown += l->text() + QLatin1Char('\n');
        QVERIFY2(shown.contains(QLatin1String("is not a proxy address")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("cannot be read")), qPrintable(shown));

        proxy->setText(QStringLiteral("proxy.example.com:3128"));
        ca->clear();
        dialog.findChild<QSpinBox *>()->setValue(120);
        QVERIFY(dialog.apply());
        QCOMPARE(prefs.proxyMode(), AppSettings::ProxyMode::Manual);
        QCOMPARE(prefs.manualProxy(), QStringLiteral("proxy.example.com:3128"));
        QCOMPARE(prefs.timeoutSeconds(), 120);
    }

    void logDialogShowsTheTailOfABigLog()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 40000; ++i)
            f.write(
                QByteArray("2026-11-29T12:00:00Z debug lsdesk.net: line ") + QByteArray::number(i) + '\n');
        f.close();
        LogDialog dialog(path);
        const QString text = dialog.findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY(text.endsWith(QLatin1String("line 39999\n")));
        QVERIFY(!text.contains(QLatin1String("line 0\n")));
        QVERIFY(text.size() <= LogDialog::kTailBytes);
        // Starts at a whole line.
        QVERIFY(text.startsWith(QLatin1String("2026-11-29")));
        LogDialog missing(m_dir.filePath(QStringLiteral("nope.log")));
        bool saysWhy = false;
        for (QLabel *l : missing.findChildren<QLabel *>())
            saysWhy = saysWhy || l->text().contains(QLatin1String("not readable"));
        QVERIFY(saysWhy);
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
