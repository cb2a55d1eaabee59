#pragma once

#include "configeditor/configchecker.h"

#include <QAbstractTableModel>
#include <QList>

namespace lsdesk {

// The config's problems as a table: severity (with the style's icon), message, location ("line 12",
// or "line 3, column 7" for XML errors). The message column shows one line; the tooltip and
// MessageRole give the text verbatim (server texts often span several lines).
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Severity, Message, Location, Count };
    enum Role {
        PathRole = Qt::UserRole, // QList<int>: the element path
        LineRole, // int, 0 when unlocated
        SourceRole, // int: ConfigProblem::Source
        SeverityRole, // int: ConfigProblem::Severity
        MessageRole, // QString: the message verbatim
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setProblems(const QList<ConfigProblem> &problems);
    const QList<ConfigProblem> &problems() const { return m_problems; }
    const ConfigProblem *problemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(ConfigProblem::Severity severity);
    static QString sourceText(ConfigProblem::Source source);
    static QString locationText(const ConfigProblem &problem);

private:
    QList<ConfigProblem> m_problems;
};

} // namespace lsdesk
