#pragma once

#include "api/client.h"
#include "dto/dto.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>

class QAction;
class QDockWidget;
class QLabel;

namespace lsdesk {

class Client;
class ConfigChecker;
class ConfigDocument;
class ConfigPreview;
class ConfigSaver;
class ConfigTreeView;
class LabelListEditor;
class ProblemsPanel;
class PropertyPanel;
class TagPalette;
class XmlView;

// The visual label-config editor: the XML text above the preview in the middle, the structure tree and
// the tag palette on the left, the selected tag's properties and labels on the right, the problems
// below - all views of one ConfigDocument, so an edit in any shows in the others at once, and one undo
// stack for all.
//
// Two modes. A project's config: loaded from the server, saved back through ConfigSaver (the impact
// report first when annotations use what changes). A config for a project not created yet (the
// new-project dialog's "Edit visually…"): "Use this config" hands the text back through
// configAccepted(). Either way, closing with unsaved changes asks first.
class ConfigEditorWindow : public QMainWindow
{
    Q_OBJECT
public:
    // A project's config; `client` is not owned and outlives the window (the launcher closes its
    // windows before the client goes).
    ConfigEditorWindow(Client *client, const Project &project, QWidget *parent = nullptr);
    // A config for a new project, starting from `text`; `client` (may be null) validates with the server.
    ConfigEditorWindow(Client *client, const QString &text, QWidget *parent = nullptr);
    ~ConfigEditorWindow() override;

    int projectId() const { return m_project.id; }
    ConfigDocument *document() const { return m_doc; }
    ConfigTreeView *tree() const { return m_tree; }
    PropertyPanel *properties() const { return m_properties; }
    LabelListEditor *labels() const { return m_labels; }
    XmlView *xmlView() const { return m_xml; }
    TagPalette *palette() const { return m_palette; }
    ConfigPreview *preview() const { return m_preview; }
    ProblemsPanel *problems() const { return m_problemsPanel; }
    ConfigChecker *checker() const { return m_checker; }
    QAction *saveAction() const { return m_save; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *templatesAction() const { return m_templates; }

    // Replaces the close/switch question (Save / Discard / Cancel) for tests and scripted use.
    enum class CloseAnswer { Save, Discard, Cancel };
    using CloseQuestion = std::function<CloseAnswer(const QString &question)>;
    void setCloseQuestion(CloseQuestion q) { m_closeQuestion = std::move(q); }
    // Replaces the impact confirmation (shown when a save affects annotations): true to save.
    using ImpactConfirmer = std::function<bool(const QString &report)>;
    void setImpactConfirmer(ImpactConfirmer c) { m_impactConfirmer = std::move(c); }

    // Starts saving (project mode) or accepts the config (new-project mode).
    void save();
    // Commits what is still being typed in a property or label field (they apply on editingFinished),
    // so that closing and saving see it.
    void commitPendingEdits();
    // Project mode: the server's config has arrived (until then nothing can be edited or saved).
    bool isLoaded() const { return m_loaded; }
    // Asks about unsaved changes; calls `then(true)` when the window may go (saved or discarded),
    // `then(false)` when the user cancelled or the save failed.
    void maybeClose(std::function<void(bool ok)> then);

Q_SIGNALS:
    // Project mode: the server took the config.
    void saved(const QString &config);
    // New-project mode: "Use this config".
    void configAccepted(const QString &config);
    // A save the server refused, or a load that failed: the text for the main window's banner too.
    void errorOccurred(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void build();
    void buildActions();
    void load();
    void selectPath(const QList<int> &path);
    void updateTitle();
    void updateProblems();
    void applyTemplate();
    void onSaveFinished(bool ok, const QString &message);
    void setEditable(bool editable);

    QPointer<Client> m_client;
    Project m_project;
    bool m_newProject = false;
    bool m_loaded = false;
    ConfigDocument *m_doc;
    ConfigChecker *m_checker = nullptr;
    ConfigSaver *m_saver = nullptr;
    ConfigTreeView *m_tree = nullptr;
    PropertyPanel *m_properties = nullptr;
    LabelListEditor *m_labels = nullptr;
    XmlView *m_xml = nullptr;
    TagPalette *m_palette = nullptr;
    ConfigPreview *m_preview = nullptr;
    ProblemsPanel *m_problemsPanel = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_save = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_templates = nullptr;
    QList<int> m_selected;
    bool m_syncing = false; // a selection being passed between views: no echo
    CloseQuestion m_closeQuestion;
    ImpactConfirmer m_impactConfirmer;
    std::function<void(bool)> m_afterSave; // a close waiting for its save
};

} // namespace lsdesk
