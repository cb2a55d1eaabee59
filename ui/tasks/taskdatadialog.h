#pragma once

#include "dto/dto.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lsdesk {

class Client;

// Creates a task, or edits one task's data: one editor per variable the project's config reads ($image,
// $text ...; the tag type says what it expects), and the other keys as a JSON object. A value that is
// valid JSON starting with [ or { is sent as JSON (Paragraphs, Table and TimeSeries read structures), any
// other value as text. The server's refusal shows in the dialog, which stays open with the edits.
class TaskDataDialog final : public QDialog
{
    Q_OBJECT
public:
    // taskId 0 creates a task in `project`; otherwise edits task `taskId`, loaded from the server.
    TaskDataDialog(Client *client, int project, int taskId, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    int taskId() const { return m_taskId; }
    // The editor of variable `name`, or null (tests, accessibility).
    QPlainTextEdit *editorFor(const QString &name) const;
    QPlainTextEdit *otherDataEditor() const { return m_other; }
    QString errorText() const;
    QPushButton *saveButton() const { return m_save; }
    // The data the dialog would send, or nullopt with the problem shown.
    std::optional<QJsonObject> data();

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void saved(const lsdesk::Task &task);

private:
    void build(const QString &labelConfig, const QJsonObject &data);
    void showError(const QString &message);

    struct Field
    {
        QString name;
        QPlainTextEdit *editor = nullptr;
    };
    Client *m_client;
    int m_project;
    int m_taskId;
    bool m_loaded = false;
    bool m_saving = false;
    QList<Field> m_fields;
    QPlainTextEdit *m_other = nullptr;
    QLabel *m_error;
    QWidget *m_form;
    QPushButton *m_save;
};

} // namespace lsdesk
