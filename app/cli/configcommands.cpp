#include "cli/configcommands.h"

#include "cli/cliapp.h"
#include "labelconfig/labelinterface.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lsdesk::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("lsdesk-cli config", s);
}
} // namespace

std::optional<QByteArray> ConfigCommands::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Output::error(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return std::nullopt;
    }
    return f.readAll();
}

int ConfigCommands::run(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("parse") && args.size() == 2)
        return parse(args.at(1));
    Output::error(tr("Use: config parse FILE.xml [--json] (see lsdesk-cli --help)"));
    return ExitUsage;
}

int ConfigCommands::parse(const QString &file)
{
    const auto data = readFile(file);
    if (!data)
        return ExitLocalFile;
    XmlError error;
    const auto li = LabelInterface::parse(QString::fromUtf8(*data), &error);
    if (!li) {
        Output::error(tr("%1: %2").arg(file, error.toString()));
        return ExitValidation;
    }
    QString perr;
    const auto parsed = li->parsedLabelConfig(&perr);
    if (!parsed) {
        Output::error(tr("%1: %2").arg(file, perr));
        return ExitValidation;
    }
    if (m_parser.isSet(QStringLiteral("json"))) {
        m_out.write(QJsonDocument(*parsed).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const ControlTagInfo &c : li->controls()) {
        m_out.writeLine(QStringLiteral("%1 %2 -> %3").arg(c.tag, c.name, c.toName.join(QLatin1Char(','))));
        if (!c.labels.isEmpty())
            m_out.writeLine(QStringLiteral("  labels: ") + c.labels.join(QLatin1String(", ")));
    }
    for (const ObjectTagInfo &o : li->objects())
        m_out.writeLine(QStringLiteral("%1 %2 = %3").arg(o.tag, o.name, o.value));
    return ExitOk;
}

} // namespace lsdesk::cli
