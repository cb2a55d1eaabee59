#pragma once

#include "api/storagesapi.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lsdesk {

// Adds or edits one storage: the type and direction (fixed when editing), title, description and the
// type's own fields with an editor of the right kind. Secrets are typed into password fields and go into
// the request only: nothing here writes settings or logs, and an edit that leaves a secret empty keeps
// the one the server has. Validate asks the server to check the form without saving; Save creates or
// updates. A refusal shows the server's message at the form and the dialog stays open.
class StorageFormDialog : public QDialog
{
    Q_OBJECT
public:
    // A new storage for `project`.
    StorageFormDialog(Client *client, int project, QWidget *parent = nullptr);
    // Editing `storage`.
    StorageFormDialog(Client *client, const Storage &storage, QWidget *parent = nullptr);
    ~StorageFormDialog() override;

    bool isEditing() const { return m_storage.id > 0; }
    bool isBusy() const { return !m_job.isNull(); }
    void setType(const QString &type);
    void setDirection(StorageDirection d);
    QString type() const;
    StorageDirection direction() const;
    // The body Save and Validate send (with "project"; secrets only when typed).
    QJsonObject fields() const;
    // The editor of a field (or "title"/"description"), null when the current type has none.
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QString errorText() const;
    QString statusText() const;
    QPushButton *validateButton() const { return m_validate; }

public Q_SLOTS:
    void validate();
    void save();
    void reject() override;

Q_SIGNALS:
    void saved(const lsdesk::Storage &storage);
    void validated(bool ok);
    void saveFailed(const lsdesk::ApiError &error);
    // The storage may have changed on the server (a validate of an existing one saves it; a request
    // cancelled in flight may have arrived): the list should be read again.
    void changedOnServer();

private:
    void build();
    void rebuildFields();
    void fill(const Storage &s);
    // `error` with every secret of `sent` masked.
    ApiError redacted(const ApiError &error, const QJsonObject &sent) const;
    void showError(const ApiError &error);
    void setStatus(const QString &text);
    void updateState();

    QPointer<Client> m_client;
    int m_project = 0;
    Storage m_storage; // id 0 when adding
    QComboBox *m_type = nullptr;
    QComboBox *m_direction = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_description = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_fieldsBox = nullptr;
    QHash<QString, QWidget *> m_editors;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_validate = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<ApiJob> m_job;
};

} // namespace lsdesk
