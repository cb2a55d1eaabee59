#include "configeditor/problemsmodel.h"

#include <QApplication>
#include <QStyle>

namespace lsdesk {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProblemsModel::setProblems(const QList<ConfigProblem> &problems)
{
    if (problems == m_problems)
        return;
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

const ConfigProblem *ProblemsModel::problemAt(int row) const
{
    return row >= 0 && row < m_problems.size() ? &m_problems[row] : nullptr;
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ProblemsModel::severityText(ConfigProblem::Severity severity)
{
    return severity == ConfigProblem::Severity::Error ? tr("Error") : tr("Warning");
}

QString ProblemsModel::sourceText(ConfigProblem::Source source)
{
    switch (source) {
    case ConfigProblem::Source::Xml:
        return tr("XML");
    case ConfigProblem::Source::Local:
        return tr("Label config");
    case ConfigProblem::Source::Server:
        return tr("Server");
    }
    return {};
}

QString ProblemsModel::locationText(const ConfigProblem &problem)
{
    if (problem.line <= 0)
        return {};
    if (problem.column > 0)
        return tr("line %1, column %2").arg(problem.line).arg(problem.column);
    return tr("line %1").arg(problem.line);
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConfigProblem &p = m_problems[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Severity:
            return severityText(p.severity);
        case Column::Message:
            // One line in the table: the server's multi-line texts would make rows of uneven height.
            return QString(p.message).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case Column::Location:
            return locationText(p);
        case Column::Count:
            break;
        }
        return {};
    case Qt::DecorationRole:
        if (column == Column::Severity && qobject_cast<QApplication *>(QCoreApplication::instance()))
            return QApplication::style()->standardIcon(p.severity == ConfigProblem::Severity::Error
                    ? QStyle::SP_MessageBoxCritical
                    : QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Severity)
            return tr("%1 (%2)").arg(severityText(p.severity), sourceText(p.source));
        return p.message;
    case PathRole:
        return QVariant::fromValue(QList<int>(p.path));
    case LineRole:
        return p.line;
    case SourceRole:
        return int(p.source);
    case SeverityRole:
        return int(p.severity);
    case MessageRole:
        return p.message;
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Severity:
        return tr("Severity");
    case Column::Message:
        return tr("Message");
    case Column::Location:
        return tr("Location");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace lsdesk
