#pragma once

#include "api/client.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lsdesk {

// One of the server's labeling templates: label_studio/annotation_templates/<group>/<name>/config.yml as
// GET api/templates/ returns it (projects/api.py read_templates_and_groups).
struct ServerTemplate
{
    QString title;
    QString group; // "Computer Vision", ...
    QString type; // "community" or "enterprise"
    int order = 0; // the position within its group
    QString details; // HTML
    QString image; // a URL path of a preview picture ("/static/templates/...")
    QString config; // the label config, verbatim
};

struct ServerTemplates
{
    QList<ServerTemplate> templates;
    QStringList groups; // groups.txt: the order the web UI lists the groups in

    // {"templates": [...], "groups": [...]}. Entries without a config are skipped (nothing to start from).
    static std::optional<ServerTemplates> parse(const QByteArray &body, QString *error);
};

// The labeling templates of the Label Studio web UI's "Browse Templates" (GET api/templates/). The
// route is not in the server's API schema (extend_schema(exclude=True)) but has been served since 1.0;
// a server without it answers 404, which callers treat as "no server templates".
class TemplatesApi
{
public:
    explicit TemplatesApi(Client *client)
        : m_client(client)
    { }

    ApiJob *list(QObject *context, Callback<ServerTemplates> cb);

private:
    Client *m_client;
};

} // namespace lsdesk
