#include "cli/configcommands.h"

#include "cli/cliapp.h"
#include "labelconfig/configbuilder.h"
#include "labelconfig/configdiff.h"
#include "labelconfig/configvalidator.h"
#include "labelconfig/labelinterface.h"
#include "labelconfig/pyrepr.h"

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

QStringList ConfigCommands::commands()
{
    return { QStringLiteral("config create"), QStringLiteral("config parse"),
        QStringLiteral("config validate"), QStringLiteral("config diff") };
}

int ConfigCommands::run(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("parse") && args.size() == 2)
        return parse(args.at(1));
    if (sub == QLatin1String("create") && args.size() == 1)
        return create();
    if (sub == QLatin1String("validate") && args.size() == 2)
        return validate(args.at(1));
    if (sub == QLatin1String("diff") && args.size() == 3)
        return diff(args.at(1), args.at(2));
    Output::error(tr(
        "Use: config create --spec SPEC.json | config parse FILE.xml [--json] | "
        "config validate FILE.xml [--task T.json] [--annotation A.json] [--prediction P.json] | config diff "
        "OLD.xml NEW.xml [--summary S.json] "
        "(see lsdesk-cli --help)"));
    return ExitUsage;
}

std::unique_ptr<LabelInterface> ConfigCommands::load(const QString &path, int *exitCode)
{
    const auto data = readFile(path);
    if (!data) {
        *exitCode = ExitLocalFile;
        return nullptr;
    }
    XmlError error;
    auto li = LabelInterface::parse(QString::fromUtf8(*data), &error);
    if (!li) {
        Output::error(tr("%1: %2").arg(path, error.toString()));
        *exitCode = ExitValidation;
    }
    return li;
}

int ConfigCommands::diff(const QString &beforePath, const QString &afterPath)
{
    int rc = ExitOk;
    const auto before = load(beforePath, &rc);
    if (!before)
        return rc;
    const auto after = load(afterPath, &rc);
    if (!after)
        return rc;
    const QList<ConfigChange> changes = ConfigDiff::compare(*before, *after);
    const bool asJson = m_parser.isSet(QStringLiteral("json"));
    QJsonArray changeList;
    for (const ConfigChange &c : changes) {
        if (asJson)
            changeList.append(c.text());
        else
            m_out.writeLine(c.text());
    }
    if (!asJson && changes.isEmpty())
        m_out.writeLine(tr("No structural changes."));
    if (!m_parser.isSet(QStringLiteral("summary"))) {
        if (asJson)
            m_out.write(QJsonDocument(QJsonObject { { QStringLiteral("changes"), changeList } }).toJson());
        return ExitOk;
    }
    const auto summaryData = readFile(m_parser.value(QStringLiteral("summary")));
    if (!summaryData)
        return ExitLocalFile;
    QJsonParseError perr {};
    const QJsonDocument summaryDoc = QJsonDocument::fromJson(*summaryData, &perr);
    if (!summaryDoc.isObject()) {
        Output::error(tr("%1 is not a project summary (JSON object): %2")
                          .arg(m_parser.value(QStringLiteral("summary")), perr.errorString()));
        return ExitLocalFile;
    }
    const ServerVerdict v = ConfigDiff::predict(*after, ProjectSummary::fromJson(summaryDoc.object()));
    if (asJson) {
        m_out.write(QJsonDocument(
            QJsonObject { { QStringLiteral("changes"), changeList },
                { QStringLiteral("refused_on_save"), QJsonArray::fromStringList(v.refusedOnSave) },
                { QStringLiteral("refused_on_validate"), QJsonArray::fromStringList(v.refusedOnValidate) },
                { QStringLiteral("notes"), QJsonArray::fromStringList(v.notes) } })
                        .toJson());
    } else {
        for (const QString &e : v.refusedOnSave)
            m_out.writeLine(tr("The server will refuse to save this config: %1").arg(e));
        for (const QString &e : v.refusedOnValidate) {
            if (!v.refusedOnSave.contains(e))
                m_out.writeLine(tr("The server's validation will refuse this config: %1").arg(e));
        }
        for (const QString &n : v.notes)
            m_out.writeLine(tr("Note: %1").arg(n));
    }
    return v.accepted() ? ExitOk : ExitValidation;
}

int ConfigCommands::validate(const QString &file)
{
    const auto data = readFile(file);
    if (!data)
        return ExitLocalFile;
    const QString text = QString::fromUtf8(*data);
    // The config itself first, with the SDK's messages; an invalid config is not worth checking data against.
    QStringList errors = ConfigValidator::validateConfig(text);
    if (!errors.isEmpty()) {
        for (const QString &e : std::as_const(errors))
            Output::error(tr("%1: %2").arg(file, e));
        return ExitValidation;
    }
    XmlError xmlError;
    const auto li = LabelInterface::parse(text, &xmlError);
    if (!li) {
        Output::error(tr("%1: %2").arg(file, xmlError.toString()));
        return ExitValidation;
    }
    const ConfigValidator validator(*li);
    struct Input
    {
        const char *option;
        QStringList (ConfigValidator::*check)(const PyValue &) const;
    };
    static const Input inputs[] = {
        { "task", &ConfigValidator::validateTask },
        { "annotation", &ConfigValidator::validateAnnotation },
        { "prediction", &ConfigValidator::validatePrediction },
    };
    for (const Input &in : inputs) {
        const QString option = QLatin1String(in.option);
        if (!m_parser.isSet(option))
            continue;
        const QString path = m_parser.value(option);
        const auto json = readFile(path);
        if (!json)
            return ExitLocalFile;
        QString perr;
        const auto value = PyValue::fromJson(*json, &perr);
        if (!value) {
            Output::error(tr("%1 is not JSON: %2").arg(path, perr));
            return ExitLocalFile;
        }
        for (const QString &e : (validator.*in.check)(*value))
            errors << tr("%1: %2").arg(path, e);
    }
    if (errors.isEmpty()) {
        m_out.writeLine(tr("valid"));
        return ExitOk;
    }
    for (const QString &e : std::as_const(errors))
        Output::error(e);
    return ExitValidation;
}

int ConfigCommands::create()
{
    if (!m_parser.isSet(QStringLiteral("spec"))) {
        Output::error(tr("config create needs --spec FILE.json (see docs/config-spec.md)."));
        return ExitUsage;
    }
    const QString path = m_parser.value(QStringLiteral("spec"));
    const auto data = readFile(path);
    if (!data)
        return ExitLocalFile;
    const ConfigBuildResult r = ConfigBuilder::createFromJson(*data);
    if (!r.ok()) {
        Output::error(tr("%1: %2").arg(path, r.error->message));
        return ExitValidation;
    }
    m_out.write(r.text.toUtf8());
    return ExitOk;
}

int ConfigCommands::parse(const QString &file)
{
    int rc = ExitOk;
    const auto li = load(file, &rc);
    if (!li)
        return rc;
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
