#pragma once

#include "api/client.h"
#include "configeditor/impactreport.h"

#include <QDialog>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace lsdesk {

class ConfigDocument;

// Saves the edited config of a project (PATCH api/projects/{id}/ label_config), after checking what it
// does to the project's annotations. It asks nothing itself: the window shows the dialogs and answers.
//
//   save() -> fetch the project summary -> ImpactReport (baseline vs. the text at save() time)
//     blocked (the server would refuse)        -> blocked(items)                        [end]
//     some change touches existing work        -> confirmationNeeded(items), then
//                                                 confirm() -> PATCH, or cancel() -> cancelled() [end]
//     otherwise                                -> PATCH
//   PATCH accepted -> doc->markSaved() -> saved()                                      [end]
//   PATCH refused, or any request failed       -> failed(text)                          [end]
//
// Exactly one of blocked/cancelled/saved/failed ends each save(). On failure the document is not
// touched, so every edit (and the undo stack) stays. The text saved is the one of save() time (what the
// report and the confirmation were about); when the document changed while the request was out, it is
// not marked saved (it holds more than the server). The server strips surrounding whitespace from
// label_config: when what it stored differs from what was sent, the document first takes the server's
// text (ConfigDocument::replaceAll, one undo step) so that it shows what the project holds.
class ConfigSaver : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Analysing, WaitingForConfirmation, Saving };

    explicit ConfigSaver(QObject *parent = nullptr);
    ~ConfigSaver() override;

    // False (and nothing happens) while a save is under way.
    bool save(Client *client, int projectId, ConfigDocument *doc);
    // Answers confirmationNeeded(); ignored in any other state.
    void confirm();
    // Ends a save waiting for confirmation, or still fetching the summary, with cancelled(). Ignored
    // once the PATCH is out (the server may already have applied it).
    void cancel();

    State state() const { return m_state; }
    bool isBusy() const { return m_state != State::Idle; }
    // The report of the last save() that got that far.
    const ImpactReport &report() const { return m_report; }
    // The text being saved; after saved(), the text as the server stored it.
    const QString &text() const { return m_text; }

Q_SIGNALS:
    void blocked(const QList<lsdesk::ImpactItem> &items);
    void confirmationNeeded(const QList<lsdesk::ImpactItem> &items);
    void saved();
    // The server's refusal texts verbatim (joined with blank lines), or why it could not be asked.
    void failed(const QString &message);
    void cancelled();

private:
    void analyse(const ProjectSummary &summary);
    void patch();
    void finish();

    QPointer<Client> m_client;
    int m_projectId = 0;
    QPointer<ConfigDocument> m_doc;
    QString m_text;
    ImpactReport m_report;
    QPointer<ApiJob> m_job;
    State m_state = State::Idle;
    quint64 m_generation = 0; // a cancelled save's late reply must not reach the next one
};

// The impact of a save for the user to confirm: each change with what it affects, the server's
// reasons where it would refuse, and notes. When the report blocks, Save is disabled and the reason
// shown; there is no "Save anyway" (the server would refuse it).
class ImpactDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImpactDialog(const QList<ImpactItem> &items, QWidget *parent = nullptr);
    ImpactDialog(const QList<ImpactItem> &items, const QStringList &notes, QWidget *parent = nullptr);

    bool isBlocked() const { return m_blocked; }
    QPushButton *saveButton() const { return m_save; }
    QListWidget *list() const { return m_list; }
    QString reasonText() const;

private:
    QListWidget *m_list;
    QLabel *m_heading;
    QLabel *m_reason;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    bool m_blocked = false;
};

} // namespace lsdesk
