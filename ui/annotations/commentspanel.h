#pragma once

#include "annotations/commentsmodel.h"
#include "api/client.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace lsdesk {

// The comments of the selected annotation (Enterprise servers): a list with author, time and whether each
// is resolved, a box to add one and a button that resolves or reopens the selected one. Errors show the
// server's message as it is. The annotations pane creates it only on Enterprise servers.
class CommentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CommentsPanel(Client *client, QWidget *parent = nullptr);
    ~CommentsPanel() override;

    CommentsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *resolveButton() const { return m_resolve; }
    QString statusText() const;
    int annotationId() const { return m_annotation; }
    bool isLoading() const { return !m_fetch.isNull(); }
    bool isBusy() const { return !m_action.isNull(); }

public Q_SLOTS:
    // Shows the comments of `annotation` of `project`; 0 clears the panel.
    void setAnnotation(int project, int annotation);
    void reload();
    void addComment();
    // Resolves the selected comment, or reopens it when it is resolved.
    void toggleResolved();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void commentsLoaded(int annotation);
    void commentAdded(const lsdesk::Comment &comment);
    void commentChanged(const lsdesk::Comment &comment);

private:
    void fetchPage(int page);
    void setStatus(const QString &text);
    void updateActions();

    QPointer<Client> m_client;
    CommentsModel *m_model;
    QTreeView *m_view;
    QPlainTextEdit *m_editor;
    QPushButton *m_add;
    QPushButton *m_resolve;
    QLabel *m_status;
    QPointer<ApiJob> m_fetch;
    QPointer<ApiJob> m_action;
    int m_project = 0;
    int m_annotation = 0;
};

} // namespace lsdesk
