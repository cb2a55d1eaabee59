#pragma once

#include "configeditor/templatecatalog.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace lsdesk {

struct ServerTemplates;

// Picks a starting config: the templates of a TemplateCatalog grouped by family, a filter over titles,
// descriptions and the tags a template uses, and the selected template's XML shown read-only. Moving
// the highlight chooses (templateChosen); Enter or a double click also "activates" it, for a dialog
// to move on. Up/Down in the filter move through the list, so the keyboard never has to leave it.
class TemplateChooser : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateChooser(QWidget *parent = nullptr);
    ~TemplateChooser() override;

    // Replaces the list (the built-ins at construction). The highlight stays on the same id when it is
    // still there, else goes to the first template.
    void setCatalog(const TemplateCatalog &catalog);
    const TemplateCatalog &catalog() const { return m_catalog; }
    // Adds the server's templates to the catalog (TemplateCatalog::mergeServer); returns how many.
    int mergeServerTemplates(const ServerTemplates &server);

    void setFilterText(const QString &text);
    QString filterText() const;
    // The highlighted template's id ("" on a group row or when nothing matches), and its XML.
    QString currentId() const;
    QString currentXml() const;
    // Highlights a template (false when it is not there or the filter hides it).
    bool selectTemplate(const QString &id);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QPlainTextEdit *xmlView() const { return m_xml; }

public Q_SLOTS:
    void focusFilter();

Q_SIGNALS:
    // The highlight moved to a template (not emitted for group rows or an empty result).
    void templateChosen(const QString &xml);
    // Enter or a double click on a template.
    void templateActivated(const QString &xml);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void selectFirst();
    void moveCurrent(int step);
    QList<QModelIndex> leaves() const;
    void onCurrentChanged();

    TemplateCatalog m_catalog;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_description;
    QPlainTextEdit *m_xml;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_lastChosen; // the id templateChosen was last emitted for
};

} // namespace lsdesk
