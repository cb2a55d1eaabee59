#pragma once

#include "api/result.h"
#include "dto/dto.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace lsdesk {

class ApiJob;
class Client;
class TemplateChooser;

// "New project": title, description and a label config to start from - a template (TemplateChooser:
// lsdesk's own plus the server's gallery, fetched in the background) or a config edited in the full
// config editor (editConfigRequested / setLabelConfig). Create posts the project
// (ProjectsApi::create); the request runs in the background with a progress bar, and Cancel (or
// Escape) stops it while it runs. A refused project shows the server's validation errors verbatim and
// leaves everything as typed; a created one is announced (projectCreated) and the dialog accepts.
class NewProjectDialog : public QDialog
{
    Q_OBJECT
public:
    // `client` is not owned and must outlive the dialog; without one Create stays disabled.
    explicit NewProjectDialog(Client *client, QWidget *parent = nullptr);
    ~NewProjectDialog() override;

    QString projectTitle() const;
    void setProjectTitle(const QString &title);
    QString description() const;
    void setDescription(const QString &description);

    // The config Create sends: the chosen template's, or the last one given here (the editor's).
    QString labelConfig() const { return m_config; }
    void setLabelConfig(const QString &xml);

    TemplateChooser *templateChooser() const { return m_chooser; }
    bool isCreating() const { return !m_job.isNull(); }
    // The error area: the server's validation errors verbatim, or what else went wrong.
    QString errorText() const;
    // The note under the templates (where the config comes from, and the server gallery's state).
    QString configNote() const;
    // After projectCreated.
    std::optional<Project> createdProject() const { return m_created; }

    QPushButton *createButton() const;

public Q_SLOTS:
    void create();
    void cancelCreate();
    void accept() override; // = create()
    void reject() override; // cancels a running request first; closes when none runs

Q_SIGNALS:
    void projectCreated(const lsdesk::Project &project);
    // "Edit in the config editor": the window opens the full editor on `xml` and, when the user is done,
    // calls setLabelConfig() with the result. The button shows only when this signal is connected.
    void editConfigRequested(const QString &xml);
    // The server's template gallery arrived (count added) or could not be read (-1).
    void serverTemplatesLoaded(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fetchServerTemplates();
    void onCreated(const Result<Project> &result);
    void setCreating(bool creating);
    void updateButtons();
    void updateConfigNote();
    void showError(const QString &text);

    QPointer<Client> m_client; // the main window deletes it when the connection changes
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    TemplateChooser *m_chooser;
    QLabel *m_configNote;
    QPushButton *m_edit;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPlainTextEdit *m_error;
    QDialogButtonBox *m_buttons;

    QString m_config;
    QString m_configSource; // the template's title; empty when the config came from setLabelConfig()
    QString m_serverNote;
    QString m_cancelText; // the platform's "Cancel", back when a request stops
    QPointer<ApiJob> m_job;
    QPointer<ApiJob> m_templatesJob;
    QPointer<QObject> m_context; // the create request's callback runs only while this lives
    std::optional<Project> m_created;
};

} // namespace lsdesk
