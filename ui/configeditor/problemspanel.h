#pragma once

#include "configeditor/configchecker.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;

namespace lsdesk {

class ProblemsModel;

// The Problems panel under the editor: a status line ("No problems", "2 problems",
// "checking with the server…") and the table of a ConfigChecker's problems. Activating a row (Enter,
// double click) emits problemActivated() with the element's path and line, for the window to select
// the element in the tree and the line in the XML view; unlocated problems come with {} and 0.
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    // Follows `checker` (null: shows nothing) until another one is set.
    void setChecker(ConfigChecker *checker);
    ConfigChecker *checker() const { return m_checker; }

    ProblemsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString statusText() const;

Q_SIGNALS:
    void problemActivated(const lsdesk::ElementPath &path, int line);

private:
    void refresh();
    void updateStatus();
    void activate(const QModelIndex &index);

    QPointer<ConfigChecker> m_checker;
    ProblemsModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace lsdesk
