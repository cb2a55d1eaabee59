#include "configeditor/configeditorwindow.h"

#include "api/projectsapi.h"
#include "configeditor/configchecker.h"
#include "configeditor/configdocument.h"
#include "configeditor/configpreview.h"
#include "configeditor/configsaver.h"
#include "configeditor/configtreeview.h"
#include "configeditor/labellisteditor.h"
#include "configeditor/problemspanel.h"
#include "configeditor/propertypanel.h"
#include "configeditor/tagpalette.h"
#include "configeditor/templatecatalog.h"
#include "configeditor/templatechooser.h"
#include "configeditor/xmlview.h"
#include "labelconfig/labelinterface.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lsdesk {

namespace {

QDockWidget *makeDock(const QString &title, const QString &objectName, QWidget *content, QMainWindow *window)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    return dock;
}

} // namespace

ConfigEditorWindow::ConfigEditorWindow(Client *client, const Project &project, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_project(project)
    , m_doc(new ConfigDocument(this))
{
    build();
    setEditable(false);
    load();
}

ConfigEditorWindow::ConfigEditorWindow(Client *client, const QString &text, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_newProject(true)
    , m_doc(new ConfigDocument(this))
{
    build();
    m_loaded = true;
    m_doc->load(text);
    m_tree->setCurrentPath({});
    updateTitle();
}

ConfigEditorWindow::~ConfigEditorWindow()
{
    // The views watch the document and each other while ~QWidget deletes them: nothing may reach this
    // half-destroyed window.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void ConfigEditorWindow::build()
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("ConfigEditorWindow"));
    resize(1400, 900);

    m_xml = new XmlView(this);
    m_xml->setDocument(m_doc);
    // The window's Undo/Redo own Ctrl+Z and Ctrl+Shift+Z; the same keys on the view too would make Qt
    // trigger neither.
    m_xml->setUndoShortcutsEnabled(false);

    m_tree = new ConfigTreeView(this);
    m_tree->setDocument(m_doc);
    m_palette = new TagPalette(this);
    m_palette->setDocument(m_doc);
    m_properties = new PropertyPanel(this);
    m_properties->setDocument(m_doc);
    m_labels = new LabelListEditor(this);
    m_labels->setDocument(m_doc);
    m_preview = new ConfigPreview(this);
    m_preview->setDocument(m_doc);

    m_checker = new ConfigChecker(m_doc, this);
    m_checker->setServer(m_client, m_newProject ? 0 : m_project.id);
    m_problemsPanel = new ProblemsPanel(this);
    m_problemsPanel->setChecker(m_checker);
    m_saver = new ConfigSaver(this);

    // The XML above the preview in the middle: the two views of the whole config, the widest space.
    auto *centre = new QSplitter(Qt::Vertical, this);
    centre->addWidget(m_xml);
    centre->addWidget(m_preview);
    centre->setStretchFactor(0, 1);
    centre->setStretchFactor(1, 1);
    centre->setChildrenCollapsible(false);
    setCentralWidget(centre);

    auto *propertiesBox = new QSplitter(Qt::Vertical, this);
    propertiesBox->addWidget(m_properties);
    propertiesBox->addWidget(m_labels);
    propertiesBox->setStretchFactor(0, 3);
    propertiesBox->setStretchFactor(1, 2);

    QDockWidget *structure = makeDock(tr("Structure"), QStringLiteral("structureDock"), m_tree, this);
    QDockWidget *palette = makeDock(tr("Add tag"), QStringLiteral("paletteDock"), m_palette, this);
    QDockWidget *properties
        = makeDock(tr("Properties"), QStringLiteral("propertiesDock"), propertiesBox, this);
    QDockWidget *problems = makeDock(tr("Problems"), QStringLiteral("problemsDock"), m_problemsPanel, this);
    addDockWidget(Qt::LeftDockWidgetArea, structure);
    splitDockWidget(structure, palette, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, properties);
    addDockWidget(Qt::BottomDockWidgetArea, problems);
    resizeDocks({ structure, properties }, { 330, 440 }, Qt::Horizontal);
    resizeDocks({ structure, palette }, { 380, 420 }, Qt::Vertical);
    resizeDocks({ problems }, { 110 }, Qt::Vertical);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    buildActions();

    // Go to each part by keyboard (the docks are also in View).
    const struct
    {
        QDockWidget *dock;
        QWidget *focus;
        Qt::Key key;
    } parts[] = { { structure, m_tree, Qt::Key_1 }, { properties, m_properties, Qt::Key_2 },
        { nullptr, m_xml, Qt::Key_3 }, { nullptr, m_preview, Qt::Key_4 },
        { problems, m_problemsPanel, Qt::Key_5 }, { palette, m_palette, Qt::Key_6 } };
    QMenu *view = menuBar()->addMenu(tr("Vie&w"));
    for (const auto &p : parts) {
        if (p.dock)
            view->addAction(p.dock->toggleViewAction());
    }
    view->addSeparator();
    for (const auto &p : parts) {
        const QString name = p.dock ? p.dock->windowTitle() : p.focus == m_xml ? tr("XML") : tr("Preview");
        QAction *go = view->addAction(tr("Go to %1").arg(name));
        go->setShortcut(QKeySequence(Qt::ALT | p.key));
        QDockWidget *dock = p.dock;
        QWidget *focus = p.focus;
        connect(go, &QAction::triggered, this, [dock, focus] {
            if (dock) {
                dock->show();
                dock->raise();
            }
            focus->setFocus(Qt::ShortcutFocusReason);
        });
    }

    // One selection for every view. The tree holds it; the others follow it, and the XML view's cursor
    // and the palette's additions move it.
    connect(m_tree, &ConfigTreeView::currentPathChanged, this, &ConfigEditorWindow::selectPath);
    // Only while the user works in the XML: after an edit made elsewhere (the palette, the label list)
    // its cursor's element may change too, and the selection must not jump there. Queued: the XML view
    // hears of an edit first and reports its cursor while the tree's model still holds the old
    // structure (or is inside a row move), where the path would be dropped or wrong.
    connect(
        m_xml, &XmlView::pathAtCursorChanged, this,
        [this](const ElementPath &path) {
            if (!m_syncing && m_xml->isAncestorOf(QApplication::focusWidget()))
                m_tree->setCurrentPath(path);
        },
        Qt::QueuedConnection);
    connect(m_palette, &TagPalette::elementAdded, m_tree, &ConfigTreeView::setCurrentPath);
    connect(
        m_problemsPanel, &ProblemsPanel::problemActivated, this, [this](const ElementPath &path, int line) {
            if (line > 0)
                m_xml->revealLine(line);
            if (!path.isEmpty())
                m_tree->setCurrentPath(path);
        });
    connect(m_checker, &ConfigChecker::problemsChanged, this, &ConfigEditorWindow::updateProblems);
    connect(m_doc, &ConfigDocument::modifiedChanged, this, &ConfigEditorWindow::updateTitle);
    connect(m_doc, &ConfigDocument::changed, this, &ConfigEditorWindow::updateTitle);

    connect(m_saver, &ConfigSaver::blocked, this, [this](const QList<ImpactItem> &items) {
        auto *dialog = new ImpactDialog(items, m_saver->report().notes(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        onSaveFinished(false, tr("Not saved: the server would refuse this config."));
    });
    connect(m_saver, &ConfigSaver::confirmationNeeded, this, [this](const QList<ImpactItem> &items) {
        if (m_impactConfirmer) {
            QStringList lines;
            for (const ImpactItem &i : items)
                lines << i.text();
            if (m_impactConfirmer(lines.join(QLatin1Char('\n'))))
                m_saver->confirm();
            else
                m_saver->cancel();
            return;
        }
        auto *dialog = new ImpactDialog(items, m_saver->report().notes(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, m_saver, &ConfigSaver::confirm);
        connect(dialog, &QDialog::rejected, m_saver, &ConfigSaver::cancel);
        dialog->open();
    });
    connect(m_saver, &ConfigSaver::saved, this, [this] {
        Q_EMIT saved(m_saver->text());
        onSaveFinished(true, tr("Saved to the server."));
    });
    connect(m_saver, &ConfigSaver::cancelled, this, [this] { onSaveFinished(false, tr("Not saved.")); });
    connect(m_saver, &ConfigSaver::failed, this, [this](const QString &message) {
        // The server's words, whole: they say which annotations stand in the way.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The server refused the config"),
            tr("The config was not saved; your edits are still here."), QMessageBox::Ok, this);
        box->setInformativeText(message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT errorOccurred(tr("The label config was not saved: %1").arg(message));
        onSaveFinished(false, tr("Not saved: %1").arg(message));
    });

    updateTitle();
}

void ConfigEditorWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_save = file->addAction(m_newProject ? tr("&Use this config") : tr("&Save to the server"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &ConfigEditorWindow::save);
    m_templates = file->addAction(tr("Start from a &template…"));
    m_templates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_templates, &QAction::triggered, this, &ConfigEditorWindow::applyTemplate);
    QAction *revert = file->addAction(tr("&Revert to the saved config"));
    connect(
        revert, &QAction::triggered, this, [this] { m_doc->replaceAll(m_doc->baseline(), tr("Revert")); });
    QAction *recheck = file->addAction(tr("C&heck with the server now"));
    recheck->setShortcut(QKeySequence(Qt::Key_F7));
    connect(recheck, &QAction::triggered, m_checker, &ConfigChecker::recheck);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_tree->moveUpAction());
    edit->addAction(m_tree->moveDownAction());
    edit->addAction(m_tree->deleteAction());

    QToolBar *bar = addToolBar(tr("Editor"));
    bar->setObjectName(QStringLiteral("editorToolBar"));
    bar->addAction(m_save);
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addAction(m_templates);
}

void ConfigEditorWindow::load()
{
    if (!m_client)
        return;
    m_status->setText(tr("Loading the label config of \"%1\"…").arg(m_project.title));
    m_save->setEnabled(false);
    ProjectsApi(m_client).get(m_project.id, this, [this](const Result<Project> &r) {
        if (!r.ok()) {
            m_status->setText(tr("Could not load the label config: %1").arg(r.error.message));
            Q_EMIT errorOccurred(
                tr("Could not load the label config of \"%1\": %2").arg(m_project.title, r.error.message));
            return;
        }
        m_project = *r;
        m_doc->load(m_project.labelConfig);
        m_loaded = true;
        setEditable(true);
        m_save->setEnabled(true);
        m_tree->setCurrentPath({});
        updateTitle();
    });
}

void ConfigEditorWindow::setEditable(bool editable)
{
    // While the project's config is on its way nothing may be typed: load() would replace it.
    if (centralWidget())
        centralWidget()->setEnabled(editable);
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        if (dock->widget())
            dock->widget()->setEnabled(editable);
    m_templates->setEnabled(editable);
}

void ConfigEditorWindow::commitPendingEdits()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus)) {
        focus->clearFocus(); // editingFinished: the field applies its value
        focus->setFocus(Qt::OtherFocusReason);
    }
}

void ConfigEditorWindow::selectPath(const ElementPath &path)
{
    m_selected = path;
    m_syncing = true;
    m_properties->setPath(path);
    m_palette->setCurrentPath(path);
    // The label editor works on a control: the selected one, or the control of a selected label.
    const XmlNode *node = ConfigDocument::elementIn(m_doc->lastGoodConfig(), path);
    ElementPath control = path;
    if (node && tags::isLabelTag(node->name()) && !path.isEmpty())
        control.removeLast();
    m_labels->setControlPath(control);
    m_xml->revealPath(path);
    m_syncing = false;
}

void ConfigEditorWindow::updateTitle()
{
    const QString what = m_newProject ? tr("new project") : m_project.title;
    setWindowTitle(tr("Label config — %1[*]").arg(what));
    setWindowModified(m_doc->isModified());
    if (!m_saver->isBusy() && !m_doc->text().isEmpty())
        m_status->setText(m_doc->isModified() ? tr("Modified") : tr("Saved"));
}

void ConfigEditorWindow::updateProblems()
{
    QList<XmlProblem> marks;
    for (const ConfigProblem &p : m_checker->problems()) {
        if (p.line > 0)
            marks.append(XmlProblem { p.line, p.message });
    }
    m_xml->setProblems(marks);
}

void ConfigEditorWindow::applyTemplate()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Start from a template"));
    auto *chooser = new TemplateChooser(&dialog);
    chooser->setCatalog(TemplateCatalog());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use template"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("The template replaces the whole config (Undo brings it back)."), &dialog));
    layout->addWidget(chooser, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(chooser, &TemplateChooser::templateActivated, &dialog, &QDialog::accept);
    dialog.resize(900, 600);
    chooser->focusFilter();
    if (dialog.exec() != QDialog::Accepted || chooser->currentXml().isEmpty())
        return;
    m_doc->replaceAll(chooser->currentXml(), tr("Template"));
    m_tree->setCurrentPath({});
}

void ConfigEditorWindow::save()
{
    commitPendingEdits();
    if (m_newProject) {
        Q_EMIT configAccepted(m_doc->text());
        m_doc->markSaved();
        onSaveFinished(true, tr("Config handed to the new project."));
        close();
        return;
    }
    if (m_saver->isBusy())
        return;
    if (!m_loaded) {
        onSaveFinished(false, tr("Not saved: the project's config has not been loaded."));
        return;
    }
    if (!m_doc->config()) {
        onSaveFinished(false,
            tr("Not saved: the XML is not well-formed (%1). Fix it first.").arg(m_doc->error().toString()));
        return;
    }
    if (!m_client || !m_saver->save(m_client, m_project.id, m_doc)) {
        onSaveFinished(false, tr("Not saved: not connected to the server."));
        return;
    }
    m_status->setText(tr("Saving…"));
    m_save->setEnabled(false);
}

void ConfigEditorWindow::onSaveFinished(bool ok, const QString &message)
{
    m_status->setText(message);
    m_save->setEnabled(true);
    updateTitle();
    m_status->setText(message);
    if (auto then = std::exchange(m_afterSave, nullptr))
        then(ok && !m_doc->isModified());
}

void ConfigEditorWindow::maybeClose(std::function<void(bool ok)> then)
{
    commitPendingEdits();
    if (!m_doc->isModified()) {
        then(true);
        return;
    }
    const QString question = m_newProject
        ? tr("Use the edited config for the new project?")
        : tr("The label config of \"%1\" has changes that are not saved on the server. Save them?")
              .arg(m_project.title);
    CloseAnswer answer = CloseAnswer::Cancel;
    if (m_closeQuestion) {
        answer = m_closeQuestion(question);
    } else {
        const auto button = QMessageBox::question(this, tr("Unsaved changes"), question,
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        answer = button == QMessageBox::Save ? CloseAnswer::Save
            : button == QMessageBox::Discard ? CloseAnswer::Discard
                                             : CloseAnswer::Cancel;
    }
    switch (answer) {
    case CloseAnswer::Discard:
        then(true);
        return;
    case CloseAnswer::Cancel:
        then(false);
        return;
    case CloseAnswer::Save:
        // A second close while the first one's save is out: both hear how it ended.
        if (m_afterSave) {
            m_afterSave = [first = std::move(m_afterSave), then = std::move(then)](bool ok) {
                first(ok);
                then(ok);
            };
            return; // that save is running already
        }
        m_afterSave = std::move(then);
        save();
        return;
    }
}

void ConfigEditorWindow::closeEvent(QCloseEvent *event)
{
    commitPendingEdits();
    if (!m_doc->isModified()) {
        QMainWindow::closeEvent(event);
        return;
    }
    // The answer may come at once (Discard, or Save in new-project mode) or after a save on the server;
    // a close() from inside this event would be ignored by Qt, so an answer now decides this event.
    auto deciding = std::make_shared<bool>(true);
    auto acceptNow = std::make_shared<bool>(false);
    maybeClose([this, deciding, acceptNow](bool ok) {
        if (!ok)
            return;
        m_doc->markSaved(); // discarded or saved: nothing left to ask about
        if (*deciding)
            *acceptNow = true;
        else
            close();
    });
    *deciding = false;
    if (*acceptNow)
        QMainWindow::closeEvent(event);
    else
        event->ignore();
}

} // namespace lsdesk
