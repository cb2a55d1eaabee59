#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lsdesk {

struct ServerTemplates;

// A starting point for a label config.
struct ConfigTemplate
{
    enum class Source { BuiltIn, Server };

    QString id; // "builtin/<file>" or "server/<group>/<title>"
    QString title; // translated for built-ins; the server's words for its own
    // The family, as the Label Studio web UI groups its templates ("Computer Vision", ...; "Custom" for
    // the blank one): the key that merges ours with the server's. groupTitle() translates it.
    QString group;
    QString description; // plain text
    QString xml;
    Source source = Source::BuiltIn;
    bool enterprise = false; // a server template marked for Label Studio Enterprise
    int order = 0; // within its group
};

// The templates the New project dialog and the config editor offer: lsdesk's own (written for lsdesk,
// one or two per template family of the web UI, compiled in from ui/configeditor/templates/*.xml) and,
// once fetched, the server's own (GET api/templates/ - the web UI's "Browse Templates").
class TemplateCatalog
{
public:
    // The built-ins.
    TemplateCatalog();

    static QList<ConfigTemplate> builtIns();
    // The blank config: what LabelInterface.create() writes for no tags ("<View/>\n").
    static QString blankXml();
    // The families of the built-ins, in the web UI's order (Custom last).
    static QStringList builtInGroups();
    // A group name for display (translated when it is one of the web UI's).
    static QString groupTitle(const QString &group);

    // Grouped: groups() order, then each group's `order`, built-ins before server templates.
    const QList<ConfigTemplate> &templates() const { return m_templates; }
    // The groups that hold templates, in the server's order when merged (its groups.txt), else the
    // web UI's; groups only one side knows follow, Custom last.
    QStringList groups() const;
    const ConfigTemplate *find(const QString &id) const;

    // Adds the server's templates (replacing any added before). Returns how many were added.
    int mergeServer(const ServerTemplates &server);
    int serverCount() const;

private:
    void sort();

    QList<ConfigTemplate> m_templates;
    QStringList m_serverGroups;
};

} // namespace lsdesk
