#pragma once

#include "api/client.h"
#include "configeditor/configdocument.h"
#include "net/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace lsdesk {

// One thing wrong with the config being edited, where it is if that is known.
struct ConfigProblem
{
    enum class Source {
        Xml, // the text is not well-formed (the parser's message)
        Local, // label-studio-sdk's validation, reproduced locally (ConfigValidator)
        Server, // the server's validation endpoint, its text verbatim
    };
    enum class Severity { Error, Warning };

    Source source = Source::Local;
    Severity severity = Severity::Error;
    QString message;
    ElementPath path; // the element it is about; {} with line 0 when unlocated (or the root)
    int line = 0; // 1-based; 0 when unlocated
    int column = 0; // 1-based, XML errors only; 0 otherwise

    bool isLocated() const { return line > 0; }
    bool operator==(const ConfigProblem &o) const
    {
        return source == o.source && severity == o.severity && message == o.message && path == o.path
            && line == o.line && column == o.column;
    }
    bool operator!=(const ConfigProblem &o) const { return !(*this == o); }
};

// Where a validation message (the SDK's or the server's) points in a config: the element and its line.
struct ProblemLocation
{
    ElementPath path;
    int line = 0; // 0: not found
};

// Finds the element a validation message talks about. The messages name elements only through their
// names and values, so this is a heuristic, tried in this order (the first that finds an element wins):
//   1. toName="X" not found ...            -> the first element whose toName list contains X;
//   2. ... non-unique names ...            -> the second element (document order) carrying a name
//                                             that an earlier element already has;
//   3. Validation failed on Choice/1: ...  -> the schema path walked through the tree (BadgerFish: a
//                                             tag name selects the children with that tag, a number one
//                                             of them, an attribute or text step ends the walk): from
//                                             the root when it starts with the root's tag, else (the
//                                             SDK's paths are relative to an anyOf branch) from the first
//                                             element in document order where every step fits;
//   4. from_name=X, / name="X" / "X"       -> the first element whose name attribute is X, for the first
//                                             such mention that names an element (Video tag "v": ...,
//                                             Please add labels to tag with name="c", ...).
// Anything else, or a name no element carries (a removed control), is unlocated: path {} and line 0.
ProblemLocation locateProblem(const QString &message, const LabelInterface *config);

// The server's refusal texts of a failed request, verbatim: each string of "validation_errors" (the
// field name is dropped for label_config and non_field_errors, kept as "field: " for others), else
// "detail", else the client's message for errors that did not come from the server.
QStringList serverErrorTexts(const ApiError &error);

// Validates the config of a ConfigDocument as it is being edited.
//
// Locally at every change: the parse error when the text is not well-formed, else
// ConfigValidator::validateConfig's messages (the SDK's texts), each located at its element
// (locateProblem). That is cheap - about 0.5 ms for a 200-line config (RelWithDebInfo, measured with
// 190 labels), well under the 5 ms that would call for deferring it - so it runs synchronously in the
// change signal and problems() is never stale.
//
// With a server (setServer), the server's validation too: serverDelay() (800 ms) after the last change,
// and only when the local check found no error (the server would only repeat it). For a project
// (id > 0) that is POST api/projects/{id}/validate/, which also checks the config against the
// project's annotations and drafts (strict mode: it refuses removing labels still in use); for a new
// project (id 0) POST api/projects/validate/, the config alone. A change cancels the request in flight
// and clears the server's problems (they were about the previous text); a reply that arrives for an
// older text anyway is ignored (generation counter).
class ConfigChecker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultServerDelayMs = 800;

    explicit ConfigChecker(ConfigDocument *doc, QObject *parent = nullptr);
    ~ConfigChecker() override;

    ConfigDocument *document() const { return m_doc; }

    // `client` null turns the server check off. Checks the current text (after the delay).
    void setServer(Client *client, int projectId);
    Client *client() const { return m_client; }
    int projectId() const { return m_projectId; }
    void setServerDelay(int ms) { m_timer.setInterval(ms); }
    int serverDelay() const { return m_timer.interval(); }

    // The problems of the current text: XML or local ones first (in the validator's order), then the
    // server's.
    QList<ConfigProblem> problems() const { return m_local + m_server; }
    bool hasErrors() const;
    // A request to the server is on its way.
    bool isServerCheckRunning() const { return m_running; }
    // The server check is waiting for the delay or for the reply.
    bool isServerCheckPending() const { return m_running || m_timer.isActive(); }

    // Checks the current text again: locally at once, with the server without waiting for the delay.
    void recheck();

    // The local check of a text and its parse (`config` null when it is not well-formed, `error` then
    // says where).
    static QList<ConfigProblem> localProblems(
        const QString &text, const LabelInterface *config, const XmlError &error);

Q_SIGNALS:
    void problemsChanged();
    void serverCheckRunning(bool running);

private:
    void onChanged();
    void checkLocally();
    void startServerCheck();
    void cancelServerCheck();
    void setRunning(bool running);
    void scheduleServerCheck();

    QPointer<ConfigDocument> m_doc;
    QPointer<Client> m_client;
    int m_projectId = 0;
    QTimer m_timer;
    QPointer<ApiJob> m_job;
    quint64 m_generation = 0; // bumped by every change: replies for an older one are stale
    bool m_running = false;
    QList<ConfigProblem> m_local;
    QList<ConfigProblem> m_server;
};

} // namespace lsdesk
