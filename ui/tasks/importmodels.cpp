#include "tasks/importmodels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <functional>

namespace lsdesk {

using import::ImportSource;

ImportSourcesModel::ImportSourcesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ImportSourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportSourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ImportSourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Name:
            return r.source.name.isEmpty() ? r.path : r.source.name;
        case Column::Kind:
            return r.pending ? QString() : r.source.kindName();
        case Column::Tasks:
            if (r.pending || !r.source.ok())
                return {};
            return r.source.taskCount() < 0 ? tr("%n URL(s)", nullptr, int(r.source.urls.size()))
                                            : QLocale().toString(r.source.taskCount());
        case Column::Size:
            return r.source.size > 0 ? QLocale().formattedDataSize(r.source.size) : QString();
        case Column::Status:
            if (r.pending)
                return tr("Reading…");
            return r.source.ok() ? tr("Ready") : r.source.error;
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Column::Status && !r.pending && !r.source.ok())
            return r.source.error;
        if (column == Column::Name)
            return r.path.isEmpty() ? r.source.urls.join(QLatin1Char('\n')).left(2000) : r.path;
    }
    if (role == Qt::TextAlignmentRole && (column == Column::Tasks || column == Column::Size))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportSourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("File");
    case Column::Kind:
        return tr("Type");
    case Column::Tasks:
        return tr("Tasks");
    case Column::Size:
        return tr("Size");
    case Column::Status:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

int ImportSourcesModel::addPending(const QString &path)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row r;
    r.path = path;
    m_rows << r;
    endInsertRows();
    return row;
}

void ImportSourcesModel::setScanned(const QString &path, const ImportSource &source)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].pending && m_rows[i].path == path) {
            m_rows[i].pending = false;
            m_rows[i].source = source;
            Q_EMIT dataChanged(index(i, 0), index(i, int(Column::Count) - 1));
            return;
        }
    }
}

void ImportSourcesModel::addSource(const ImportSource &source)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row r;
    r.pending = false;
    r.source = source;
    m_rows << r;
    endInsertRows();
}

void ImportSourcesModel::removeRows(const QList<int> &rows)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    for (int row : sorted) {
        if (row < 0 || row >= m_rows.size())
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

bool ImportSourcesModel::isScanning() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.pending; });
}

bool ImportSourcesModel::hasErrors() const
{
    return std::any_of(
        m_rows.begin(), m_rows.end(), [](const Row &r) { return !r.pending && !r.source.ok(); });
}

int ImportSourcesModel::taskCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        if (!r.pending && r.source.ok() && r.source.taskCount() > 0)
            n += r.source.taskCount();
    return n;
}

QList<ImportSource> ImportSourcesModel::sources() const
{
    QList<ImportSource> out;
    for (const Row &r : m_rows)
        if (!r.pending)
            out << r.source;
    return out;
}

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size()) + 3;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewRow &r = m_rows.at(index.row());
    const int c = index.column();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (c == 0)
            return r.source;
        if (c <= m_keys.size()) {
            const QString v = r.cells.value(c - 1);
            return role == Qt::DisplayRole ? v.left(200) : v.left(4000);
        }
        if (c == m_keys.size() + 1)
            return r.annotations;
        return r.predictions;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section == 0)
        return role == Qt::DisplayRole ? tr("File") : QVariant();
    if (section <= m_keys.size()) {
        const QString key = m_keys.at(section - 1);
        const bool missing = m_missing.contains(key);
        if (role == Qt::DisplayRole)
            return missing ? tr("%1 (missing)").arg(key) : key;
        if (role == Qt::ToolTipRole && missing)
            return tr("The config reads $%1, but no previewed task has it.").arg(key);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    return section == m_keys.size() + 1 ? tr("Annotations") : tr("Predictions");
}

void ImportPreviewModel::setSources(const QList<ImportSource> &sources, const QStringList &variables, int max)
{
    beginResetModel();
    m_rows.clear();
    m_keys.clear();
    m_missing.clear();
    QList<QPair<QString, QJsonObject>> tasks;
    for (const ImportSource &s : sources) {
        if (!s.ok())
            continue;
        // The scan read them off the UI thread; nothing here touches the files.
        for (const QJsonObject &t : s.preview.mid(0, max - int(tasks.size())))
            tasks << qMakePair(s.name, t);
        if (tasks.size() >= max)
            break;
    }
    // The config's variables first, then the other keys in the order they appear.
    QStringList seen;
    for (const auto &t : tasks) {
        const QJsonObject data = t.second.value(QStringLiteral("data")).toObject();
        for (auto it = data.begin(); it != data.end(); ++it)
            if (!seen.contains(it.key()))
                seen << it.key();
    }
    const bool undefinedOnly = seen == QStringList { QStringLiteral("$undefined$") };
    for (const QString &v : variables) {
        m_keys << v;
        if (!seen.contains(v) && !(undefinedOnly && variables.size() == 1))
            m_missing << v;
    }
    for (const QString &k : seen)
        if (!m_keys.contains(k) && !(undefinedOnly && variables.size() == 1))
            m_keys << k;
    for (const auto &t : tasks) {
        PreviewRow row;
        row.source = t.first;
        QJsonObject data = t.second.value(QStringLiteral("data")).toObject();
        // Text lines and single files land under the config's only variable.
        if (undefinedOnly && variables.size() == 1)
            data.insert(variables.first(), data.value(QStringLiteral("$undefined$")));
        for (const QString &k : m_keys) {
            const QJsonValue v = data.value(k);
            if (v.isString())
                row.cells << v.toString();
            else if (v.isUndefined())
                row.cells << QString();
            else if (v.isObject() || v.isArray())
                row.cells << QString::fromUtf8(
                    (v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray()))
                        .toJson(QJsonDocument::Compact));
            else
                row.cells << v.toVariant().toString();
        }
        row.annotations = int(t.second.value(QStringLiteral("annotations")).toArray().size());
        row.predictions = int(t.second.value(QStringLiteral("predictions")).toArray().size());
        m_rows << row;
    }
    endResetModel();
}

} // namespace lsdesk
