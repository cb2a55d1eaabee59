#pragma once

#include "annotations/annotationsmodel.h"
#include "api/client.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeView;

namespace lsdesk {

class CommentsPanel;
class MediaCache;
class TaskPreview;
class UserDirectory;

// The selected task's annotations and predictions (a tree of their results) under a preview of its data,
// with the actions the web UI's Data Manager offers on them: delete, toggle ground truth, turn a
// prediction into an annotation. Every action ends with a fresh copy of the task from the server.
class AnnotationsPane : public QWidget
{
    Q_OBJECT
public:
    // Asked before anything is deleted; answers true to go ahead. Tests replace the message box with it.
    using ConfirmHook = std::function<bool(const QString &question)>;

    AnnotationsPane(Client *client, MediaCache *media, UserDirectory *users, QWidget *parent = nullptr);
    ~AnnotationsPane() override;

    int taskId() const { return m_taskId; }
    bool isLoading() const { return !m_fetch.isNull(); }
    bool isBusy() const { return !m_action.isNull(); }

    AnnotationsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    TaskPreview *preview() const { return m_preview; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *groundTruthAction() const { return m_groundTruthAction; }
    QAction *convertAction() const { return m_convertAction; }

    // Object tag type per data key from the project's label config, for the preview.
    void setObjectTypes(const QHash<QString, QString> &types);
    void setConfirmHook(ConfirmHook hook) { m_confirmHook = std::move(hook); }
    // Comments on annotations exist on Enterprise servers only: enabled, the pane shows the selected
    // annotation's comments below the tree; disabled (the default, Community), there is no comments UI
    // and no request goes to api/comments/.
    void setCommentsEnabled(bool enabled);
    CommentsPanel *commentsPanel() const { return m_comments; }

    // Splitter position and tree columns, for QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

public Q_SLOTS:
    // Shows task `taskId` (fetching it; a fetch in flight for another task is cancelled).
    void setTask(int taskId);
    void clear();
    void reload();
    // The actions, on the current row's annotation or prediction.
    void deleteCurrent();
    void toggleGroundTruth();
    void convertCurrentPrediction();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // The pane changed task `taskId` on the server (its counters in the tasks table are stale).
    void taskChanged(int taskId);
    // Task `taskId` is shown (after setTask(), reload() or an action).
    void taskLoaded(int taskId);

private:
    void onTaskFetched(int taskId, const Result<Task> &result);
    void runAction(ApiJob *job);
    void finishAction(int taskId, const ApiError &error);
    void confirmThen(const QString &question, std::function<void()> go);
    void setStatus(const QString &text, bool retry);
    void updateActions();
    void updateComments();

    Client *m_client;
    QPointer<UserDirectory> m_users;
    AnnotationsModel *m_model;
    TaskPreview *m_preview;
    QTreeView *m_view;
    QSplitter *m_splitter;
    CommentsPanel *m_comments = nullptr;
    QLabel *m_status;
    QPushButton *m_retry;
    QAction *m_deleteAction;
    QAction *m_groundTruthAction;
    QAction *m_convertAction;
    ConfirmHook m_confirmHook;
    QString m_actionError;
    QPointer<ApiJob> m_fetch;
    QPointer<ApiJob> m_action;
    int m_taskId = 0;
    int m_shownTaskId = 0;
    bool m_usersRequested = false;
};

} // namespace lsdesk
