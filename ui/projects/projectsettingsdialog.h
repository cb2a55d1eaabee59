#pragma once

#include "api/enterprisesettings.h"
#include "api/projectsettings.h"
#include "dto/dto.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class QTabWidget;
class QToolButton;

namespace lsdesk {

class ApiJob;
class EnterpriseSettingsEditors;
class Client;
struct ApiError;

// A project's settings on a Community server, in tabs (General, Instructions, Annotation, Sampling,
// Machine learning) with an editor of the right type for each, and on Enterprise servers (setEnterprise)
// tabs for the quality, review and assignment settings the project carries. The dialog loads the project
// itself (nothing is editable until it has); Save sends a PATCH of only the fields that changed, so settings
// this client does not know stay untouched. A refusal shows the server's message next to each field it names,
// and the dialog stays open with the edits. Cancel (or closing) cancels what is in flight.
class ProjectSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ProjectSettingsDialog(Client *client, int projectId, QWidget *parent = nullptr);
    ~ProjectSettingsDialog() override;

    // On an Enterprise server the dialog also edits the quality, review and assignment settings the
    // project carries (tabs of their own). Call before the project has loaded (right after construction);
    // Community servers (the default) never see them.
    void setEnterprise(bool enterprise) { m_enterprise = enterprise; }
    bool isEnterprise() const { return m_enterprise; }

    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return !m_job.isNull(); }
    // The settings as loaded, and as the editors hold them now.
    const ProjectSettings &original() const { return m_original; }
    ProjectSettings edited() const;
    // The PATCH body Save would send: the changed Community settings and, on Enterprise, the changed
    // Enterprise ones.
    QJsonObject changes() const;
    // The server's message shown at the editor of `key` (a JSON field name), empty when none.
    QString fieldError(const QString &key) const;
    QString statusText() const;
    // The editor of `key` (for tests and for focusing a refused field), null for an unknown key.
    QWidget *editor(const QString &key) const;

public Q_SLOTS:
    void save();
    void reject() override;

Q_SIGNALS:
    void loaded();
    // After a successful save, with the project as the server returned it.
    void saved(const lsdesk::Project &project);
    // A save the server (or the network) refused; the dialog stays open.
    void saveFailed(const lsdesk::ApiError &error);

private:
    QWidget *buildGeneral();
    QWidget *buildInstructions();
    QWidget *buildAnnotation();
    QWidget *buildSampling();
    QWidget *buildMachineLearning();
    // Adds `editor` under `label` with an error line below it, known by `key`.
    void addRow(QFormLayout *form, const QString &key, const QString &label, QWidget *editor);
    void load();
    void loadModelVersions();
    void fill(const ProjectSettings &s);
    void showErrors(const ApiError &error);
    void clearErrors();
    void setColor(const QString &hex);
    void pickColor();
    void updateState();
    void setStatus(const QString &text, bool busy);

    QPointer<Client> m_client;
    int m_projectId;
    ProjectSettings m_original;
    EnterpriseSettings m_originalEnterprise;
    EnterpriseSettingsEditors *m_enterpriseEditors;
    bool m_enterprise = false;
    bool m_loaded = false;
    QPointer<ApiJob> m_job; // the load or the save
    QPointer<ApiJob> m_versionsJob;

    QTabWidget *m_tabs;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLineEdit *m_color;
    QToolButton *m_colorButton;
    QPlainTextEdit *m_instructions;
    QCheckBox *m_showInstruction;
    QCheckBox *m_showSkip;
    QCheckBox *m_emptyAnnotation;
    QCheckBox *m_history;
    QSpinBox *m_maxAnnotations;
    QCheckBox *m_groundTruthFirst;
    QCheckBox *m_overlapFirst;
    QSpinBox *m_overlapPercentage;
    QComboBox *m_sampling;
    QComboBox *m_skipQueue;
    QComboBox *m_modelVersion;
    QCheckBox *m_collabPredictions;
    QCheckBox *m_reveal;
    QCheckBox *m_evaluate;
    QSpinBox *m_minToTrain;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QHash<QString, QWidget *> m_editors; // JSON key -> editor
    QHash<QString, QLabel *> m_errors; // JSON key -> its error line
    QHash<QString, int> m_tabOf; // JSON key -> tab index
};

} // namespace lsdesk
