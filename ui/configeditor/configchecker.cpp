#include "configeditor/configchecker.h"

#include "api/projectsapi.h"
#include "labelconfig/configvalidator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace lsdesk {

namespace {

// Every element of the tree in document order.
void collectElements(const XmlNode *node, QList<const XmlNode *> &out)
{
    if (!node)
        return;
    out.append(node);
    for (const XmlNode *c : node->childElements())
        collectElements(c, out);
}

ProblemLocation locationOf(const XmlNode *node)
{
    if (!node)
        return {};
    return { ConfigDocument::pathOf(node), int(node->line()) };
}

const XmlNode *elementNamed(const QList<const XmlNode *> &elements, const QString &name)
{
    for (const XmlNode *e : elements) {
        if (e->hasAttribute(QStringLiteral("name")) && e->attribute(QStringLiteral("name")) == name)
            return e;
    }
    return nullptr;
}

// A schema path of "Validation failed on Choice/1: ..." walked from `from` through the tree as xmljson's
// BadgerFish laid it out: a tag step selects the children with that tag (one of them directly, several
// as a list the next numeric step indexes); "@attr" and "$" (text) steps say which part of the element
// is wrong, which the element already locates. Null unless every step finds its way.
const XmlNode *walkSchemaPath(const XmlNode *from, const QStringList &steps)
{
    const XmlNode *current = from;
    QList<const XmlNode *> list; // several children with one tag, waiting for an index
    for (const QString &step : steps) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        if (isIndex) {
            if (index < 0 || index >= list.size())
                return nullptr;
            current = list[index];
            list.clear();
            continue;
        }
        if (!list.isEmpty())
            return nullptr;
        if (step.startsWith(QLatin1Char('@')) || step.startsWith(QLatin1Char('$')))
            return current;
        QList<const XmlNode *> children;
        for (const XmlNode *c : current->childElements()) {
            if (c->name() == step)
                children.append(c);
        }
        if (children.isEmpty())
            return nullptr;
        if (children.size() == 1)
            current = children.first();
        else
            list = children;
    }
    return list.isEmpty() ? current : nullptr;
}
} // namespace

ProblemLocation locateProblem(const QString &message, const LabelInterface *config)
{
    if (!config || !config->document().root())
        return {};
    QList<const XmlNode *> elements;
    collectElements(config->document().root(), elements);

    static const QRegularExpression toNameRe(QStringLiteral("^toName=\"([^\"]*)\" not found"));
    if (const auto m = toNameRe.match(message); m.hasMatch()) {
        const QString target = m.captured(1);
        for (const XmlNode *e : std::as_const(elements)) {
            if (e->hasAttribute(QStringLiteral("toName"))
                && e->attribute(QStringLiteral("toName")).split(QLatin1Char(',')).contains(target))
                return locationOf(e);
        }
    }

    if (message.contains(QLatin1String("non-unique names"))) {
        QSet<QString> seen;
        for (const XmlNode *e : std::as_const(elements)) {
            if (!e->hasAttribute(QStringLiteral("name")))
                continue;
            const QString name = e->attribute(QStringLiteral("name"));
            if (seen.contains(name))
                return locationOf(e);
            seen.insert(name);
        }
    }

    static const QRegularExpression schemaRe(QStringLiteral("^Validation failed on ([^:]*):"));
    if (const auto m = schemaRe.match(message); m.hasMatch()) {
        // jsonschema reports the path of the error best_match() picked, which for an error inside an
        // anyOf branch is relative to that branch ("Choice/1"): walk it from the root when it starts
        // there ("View/..."), else from every element in document order until it fits.
        QStringList steps = m.captured(1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const XmlNode *root = config->document().root();
        const XmlNode *found = nullptr;
        if (!steps.isEmpty() && steps.first() == root->name())
            found = walkSchemaPath(root, steps.mid(1));
        for (qsizetype i = 0; !found && !steps.isEmpty() && i < elements.size(); ++i)
            found = walkSchemaPath(elements[i], steps);
        if (found)
            return locationOf(found);
    }

    static const QRegularExpression mentionRe(
        QStringLiteral("from_name=([^,\\s]+)|name=\"([^\"]*)\"|\"([^\"]*)\""));
    for (auto it = mentionRe.globalMatch(message); it.hasNext();) {
        const auto m = it.next();
        QString name;
        for (int group = 1; group <= 3 && name.isEmpty(); ++group)
            name = m.captured(group);
        if (name.isEmpty())
            continue;
        if (const XmlNode *e = elementNamed(elements, name))
            return locationOf(e);
    }
    return {};
}

QStringList serverErrorTexts(const ApiError &error)
{
    QStringList out;
    const std::function<void(const QString &, const QJsonValue &)> collect
        = [&](const QString &prefix, const QJsonValue &v) {
              if (v.isString()) {
                  out << prefix + v.toString();
              } else if (v.isArray()) {
                  for (const QJsonValue &x : v.toArray())
                      collect(prefix, x);
              } else if (v.isObject()) {
                  const QJsonObject o = v.toObject();
                  for (auto it = o.begin(); it != o.end(); ++it)
                      collect(prefix + it.key() + QLatin1String(": "), it.value());
              }
          };
    for (auto it = error.validationErrors.begin(); it != error.validationErrors.end(); ++it) {
        // The config's own field and the serializer's catch-all say nothing the message does not.
        const bool plain
            = it.key() == QLatin1String("label_config") || it.key() == QLatin1String("non_field_errors");
        collect(plain ? QString() : it.key() + QLatin1String(": "), it.value());
    }
    if (out.isEmpty() && !error.detail.isEmpty())
        out << error.detail;
    if (out.isEmpty() && !error.message.isEmpty())
        out << error.message;
    return out;
}

ConfigChecker::ConfigChecker(ConfigDocument *doc, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultServerDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &ConfigChecker::startServerCheck);
    if (doc)
        connect(doc, &ConfigDocument::changed, this, &ConfigChecker::onChanged);
    checkLocally();
}

ConfigChecker::~ConfigChecker()
{
    ++m_generation;
    if (ApiJob *job = m_job.data())
        job->cancel();
}

void ConfigChecker::setServer(Client *client, int projectId)
{
    m_client = client;
    m_projectId = projectId;
    onChanged();
}

bool ConfigChecker::hasErrors() const
{
    for (const auto *list : { &m_local, &m_server }) {
        for (const ConfigProblem &p : *list) {
            if (p.severity == ConfigProblem::Severity::Error)
                return true;
        }
    }
    return false;
}

void ConfigChecker::recheck()
{
    onChanged();
    if (m_timer.isActive()) {
        m_timer.stop();
        startServerCheck();
    }
}

QList<ConfigProblem> ConfigChecker::localProblems(
    const QString &text, const LabelInterface *config, const XmlError &error)
{
    QList<ConfigProblem> out;
    if (!config) {
        ConfigProblem p;
        p.source = ConfigProblem::Source::Xml;
        p.message = error.message;
        p.line = int(error.line);
        p.column = int(error.column);
        out.append(p);
        return out;
    }
    for (const QString &message : ConfigValidator::validateConfig(text)) {
        ConfigProblem p;
        p.source = ConfigProblem::Source::Local;
        p.message = message;
        const ProblemLocation where = locateProblem(message, config);
        p.path = where.path;
        p.line = where.line;
        out.append(p);
    }
    return out;
}

void ConfigChecker::onChanged()
{
    ++m_generation;
    cancelServerCheck();
    m_timer.stop();
    const bool hadServer = !m_server.isEmpty();
    m_server.clear();
    const QList<ConfigProblem> before = m_local;
    checkLocally();
    scheduleServerCheck();
    if (hadServer || before != m_local)
        Q_EMIT problemsChanged();
}

void ConfigChecker::checkLocally()
{
    m_local = m_doc ? localProblems(m_doc->text(), m_doc->config(), m_doc->error()) : QList<ConfigProblem>();
}

void ConfigChecker::scheduleServerCheck()
{
    if (!m_client || !m_doc || hasErrors())
        return;
    m_timer.start();
}

void ConfigChecker::startServerCheck()
{
    if (!m_client || !m_doc || hasErrors())
        return;
    cancelServerCheck();
    const quint64 generation = m_generation;
    m_job = ProjectsApi(m_client).validateLabelConfig(
        m_projectId, m_doc->text(), this, [this, generation](const Result<Empty> &r) {
            if (generation != m_generation)
                return; // about an older text (or cancelled because of one)
            m_job = nullptr;
            m_server.clear();
            if (!r.ok()) {
                const ApiError &e = r.error;
                // A 400 is the server refusing the config; anything else says only that it could not
                // be asked, which is worth a warning, not an error of the config.
                const bool refused = e.kind == ApiError::Kind::Http && e.httpStatus == 400;
                for (const QString &text : serverErrorTexts(e)) {
                    ConfigProblem p;
                    p.source = ConfigProblem::Source::Server;
                    if (refused) {
                        p.message = text;
                        const ProblemLocation where = locateProblem(text, m_doc ? m_doc->config() : nullptr);
                        p.path = where.path;
                        p.line = where.line;
                    } else {
                        p.severity = ConfigProblem::Severity::Warning;
                        p.message = tr("Could not check the config with the server: %1").arg(text);
                    }
                    m_server.append(p);
                    if (!refused)
                        break; // one warning is enough
                }
            }
            setRunning(false);
            Q_EMIT problemsChanged();
        });
    setRunning(true);
}

void ConfigChecker::cancelServerCheck()
{
    if (ApiJob *job = m_job.data()) {
        m_job = nullptr;
        // The reply handler sees a newer generation and ignores the Cancelled error.
        ++m_generation;
        job->cancel();
    }
    setRunning(false);
}

void ConfigChecker::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT serverCheckRunning(running);
}

} // namespace lsdesk
