// lsdesk-cli's help against what lsdesk-cli accepts. The command list, each command's options and exit
// codes come from the help text itself and are compared with the parser's own tables (the hidden
// --help-spec); then every documented option is fed back to its command (it must not be refused) and
// options the command does not document must be refused with exit 2.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QSet<QString> toSet(const QJsonArray &a)
{
    QSet<QString> s;
    for (const QJsonValue &v : a)
        s.insert(v.isString() ? v.toString() : QString::number(v.toInt()));
    return s;
}

QString show(const QSet<QString> &s)
{
    QStringList l(s.cbegin(), s.cend());
    l.sort();
    return l.join(QLatin1Char(' '));
}

// The lines of a section ("Exit codes:") of a help text, up to the next blank line.
QStringList section(const QString &help, const QString &title)
{
    const QStringList lines = help.split(QLatin1Char('\n'));
    const qsizetype start = lines.indexOf(title);
    if (start < 0)
        return {};
    QStringList out;
    for (qsizetype i = start + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i)
        out << lines.at(i);
    return out;
}

} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT
    QString m_cli = qEnvironmentVariable("LSDESK_CLI");
    QTemporaryDir m_home;
    QJsonObject m_spec;

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No server, no saved profiles, no stray credentials: nothing a run could reach or change.
        env.remove(QStringLiteral("LABEL_STUDIO_URL"));
        env.remove(QStringLiteral("LABEL_STUDIO_API_KEY"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_home.path());
        p.start(m_cli, args);
        p.closeWriteChannel(); // --api-key-stdin and --secret-stdin read an empty standard input
        Run r;
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QJsonArray commands() const { return m_spec.value(QStringLiteral("commands")).toArray(); }

    QHash<QString, bool> takesValue() const
    {
        QHash<QString, bool> h;
        for (const QJsonValue &o : m_spec.value(QStringLiteral("options")).toArray())
            h.insert(o[QStringLiteral("name")].toString(), o[QStringLiteral("value")].toBool());
        return h;
    }

    QStringList optionArgs(const QString &option)
    {
        QStringList args { QStringLiteral("--") + option };
        if (takesValue().value(option))
            args << (option == QLatin1String("url") ? QStringLiteral("http://127.0.0.1:9")
                                                    : QStringLiteral("1"));
        return args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!m_cli.isEmpty(), "LSDESK_CLI is not set");
        QVERIFY(m_home.isValid());
        const Run r = cli({ QStringLiteral("--help-spec") });
        QCOMPARE(r.code, 0);
        QJsonParseError err {};
        m_spec = QJsonDocument::fromJson(r.out.toUtf8(), &err).object();
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
        QVERIFY(commands().size() >= 20);
    }

    // `--help` lists every command there is (by spec and by what the dispatcher runs), on stdout, exit 0.
    void overviewListsEveryCommand()
    {
        const Run r = cli({ QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QSet<QString> listed;
        for (const QString &line : section(r.out, QStringLiteral("Commands:"))) {
            if (!line.startsWith(QLatin1String("  ")) || line.startsWith(QLatin1String("   ")))
                continue; // a continuation or a summary line
            QStringList words;
            for (const QString &w :
                line.trimmed().section(QStringLiteral("  "), 0, 0).split(QLatin1Char(' '))) {
                if (!QRegularExpression(QStringLiteral("^[a-z]+$")).match(w).hasMatch())
                    break;
                words << w;
            }
            listed.insert(words.join(QLatin1Char(' ')));
        }
        QSet<QString> specs;
        for (const QJsonValue &c : commands())
            specs.insert(c[QStringLiteral("name")].toString());
        const QSet<QString> dispatch = toSet(m_spec.value(QStringLiteral("dispatch")).toArray());
        QVERIFY2(listed == specs, qPrintable(show(listed) + QStringLiteral(" != ") + show(specs)));
        QVERIFY2(dispatch == specs, qPrintable(show(dispatch) + QStringLiteral(" != ") + show(specs)));
        QSet<QString> codes;
        for (const QString &line : section(r.out, QStringLiteral("Exit codes:"))) {
            const auto m = QRegularExpression(QStringLiteral("^  (\\d+) +\\S")).match(line);
            if (m.hasMatch())
                codes.insert(m.captured(1));
        }
        QCOMPARE(show(codes), show(toSet(m_spec.value(QStringLiteral("exitCodes")).toArray())));
        for (const char *variable : { "LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY", "LSDESK_STORAGE_" })
            QVERIFY2(r.out.contains(QLatin1String(variable)), variable);
    }

    // Each command's help lists exactly the options it accepts and the exit codes it can end with.
    void eachCommandDocumentsItsOptionsAndExitCodes()
    {
        const QSet<QString> allCodes = toSet(m_spec.value(QStringLiteral("exitCodes")).toArray());
        for (const QJsonValue &c : commands()) {
            const QString name = c[QStringLiteral("name")].toString();
            const QStringList words = name.split(QLatin1Char(' '));
            const Run r = cli(words + QStringList { QStringLiteral("--help") });
            QVERIFY2(r.code == 0, qPrintable(name));
            QVERIFY2(r.err.isEmpty(), qPrintable(name + QStringLiteral(": ") + r.err));
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: lsdesk-cli ") + name), qPrintable(r.out));
            const Run viaHelp = cli(QStringList { QStringLiteral("help") } + words);
            QCOMPARE(viaHelp.code, 0);
            QCOMPARE(viaHelp.out, r.out);

            QSet<QString> documented;
            for (const char *title : { "Options:", "Connection options:", "Global options:" }) {
                for (const QString &line : section(r.out, QLatin1String(title))) {
                    if (!line.startsWith(QLatin1String("  -")))
                        continue;
                    auto it = QRegularExpression(QStringLiteral("--([a-z][a-z0-9-]*)"))
                                  .globalMatch(line.section(QStringLiteral("  "), 1, 1));
                    while (it.hasNext())
                        documented.insert(it.next().captured(1));
                }
            }
            const QSet<QString> accepted = toSet(c[QStringLiteral("options")].toArray());
            QVERIFY2(documented == accepted,
                qPrintable(name + QStringLiteral(": documented ") + show(documented)
                    + QStringLiteral(", accepted ") + show(accepted)));

            QSet<QString> codes;
            for (const QString &line : section(r.out, QStringLiteral("Exit codes:"))) {
                const auto m = QRegularExpression(QStringLiteral("^  (\\d+) +(\\S.*)$")).match(line);
                if (m.hasMatch())
                    codes.insert(m.captured(1));
            }
            QVERIFY2(codes == toSet(c[QStringLiteral("exitCodes")].toArray()),
                qPrintable(name + QStringLiteral(": ") + show(codes)));
            QVERIFY2(
                codes.contains(QStringLiteral("0")) && codes.contains(QStringLiteral("2")), qPrintable(name));
            QVERIFY2(allCodes.contains(codes), qPrintable(name));
            if (c[QStringLiteral("server")].toBool())
                QVERIFY2(r.out.contains(QLatin1String("LABEL_STUDIO_API_KEY")), qPrintable(name));
        }
    }

    // Every option the parser knows is documented for some command (or is global).
    void everyOptionIsDocumentedSomewhere()
    {
        QSet<QString> accepted;
        for (const QJsonValue &c : commands())
            accepted.unite(toSet(c[QStringLiteral("options")].toArray()));
        QSet<QString> declared;
        for (const QJsonValue &o : m_spec.value(QStringLiteral("options")).toArray())
            declared.insert(o[QStringLiteral("name")].toString());
        QVERIFY2(declared == accepted,
            qPrintable(show(declared - accepted) + QStringLiteral(" / ") + show(accepted - declared)));
    }

    // What the help documents, the command takes; what it does not, the command refuses (exit 2).
    void documentedOptionsAreAcceptedOthersRefused()
    {
        QStringList declared;
        for (const QJsonValue &o : m_spec.value(QStringLiteral("options")).toArray())
            declared << o[QStringLiteral("name")].toString();
        declared.sort();
        for (const QJsonValue &c : commands()) {
            const QString name = c[QStringLiteral("name")].toString();
            const QStringList words = name.split(QLatin1Char(' '));
            const QSet<QString> accepted = toSet(c[QStringLiteral("options")].toArray());
            const QSet<QString> codes = toSet(c[QStringLiteral("exitCodes")].toArray());
            for (const QString &option : accepted) {
                if (option == QLatin1String("help") || option == QLatin1String("version"))
                    continue;
                const Run r = cli(words + optionArgs(option));
                const QString what = name + QStringLiteral(" --") + option + QStringLiteral(": ") + r.err;
                QVERIFY2(!r.err.contains(QLatin1String("does not apply")), qPrintable(what));
                QVERIFY2(!r.err.contains(QLatin1String("Unknown option")), qPrintable(what));
                // Whatever the run ends with (usually a usage error: no server, no arguments), it is a
                // code the command's help names.
                QVERIFY2(codes.contains(QString::number(r.code)), qPrintable(what + QString::number(r.code)));
            }
            int refused = 0;
            for (const QString &option : std::as_const(declared)) {
                if (accepted.contains(option) || refused == 3)
                    continue;
                ++refused;
                const Run r = cli(words + optionArgs(option));
                QVERIFY2(r.code == 2, qPrintable(name + QStringLiteral(" --") + option));
                QVERIFY2(r.err.contains(QStringLiteral("--%1 does not apply to %2").arg(option, name)),
                    qPrintable(r.err));
            }
            const Run made = cli(words + QStringList { QStringLiteral("--no-such-option-anywhere") });
            QCOMPARE(made.code, 2);
            QVERIFY2(made.err.contains(QLatin1String("Unknown option")), qPrintable(made.err));
        }
    }

    // lsdesk (the GUI) documents its options (Qt's parser lists them), its environment and exit codes.
    void guiHelp()
    {
        const QString gui = qEnvironmentVariable("LSDESK_GUI");
        if (gui.isEmpty())
            QSKIP("LSDESK_GUI is not set");
        QProcess p;
        p.start(gui, { QStringLiteral("--help") });
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        for (const char *text : { "--screenshot", "--pane", "--dialog", "--input", "LABEL_STUDIO_URL",
                 "LABEL_STUDIO_API_KEY", "Exit codes:" })
            QVERIFY2(help.contains(QLatin1String(text)), text);
        QSet<QString> codes;
        for (const QString &line : section(help, QStringLiteral("Exit codes:"))) {
            const auto m = QRegularExpression(QStringLiteral("^  (\\d+) +\\S")).match(line);
            if (m.hasMatch())
                codes.insert(m.captured(1));
        }
        QCOMPARE(show(codes), QStringLiteral("0 1 2 3"));
        // Each documented option is one lsdesk takes: a bad value is exit 2 (its own check), an unknown
        // option exit 1 (Qt's).
        for (const char *option : { "--pane", "--dialog" }) {
            p.start(gui, { QLatin1String(option), QStringLiteral("no-such-value") });
            QVERIFY(p.waitForFinished(20000));
            QCOMPARE(p.exitCode(), 2);
        }
        p.start(gui, { QStringLiteral("--no-such-option-anywhere") });
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 1);
    }

    void unknownCommandHelpIsAUsageError()
    {
        const Run r = cli({ QStringLiteral("help"), QStringLiteral("frobnicate") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        // A group prints the help of each of its commands.
        const Run group = cli({ QStringLiteral("storage"), QStringLiteral("--help") });
        QCOMPARE(group.code, 0);
        QCOMPARE(group.out.count(QStringLiteral("Usage: lsdesk-cli storage ")), 4);
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
