#include "annotationsmodel.h"

#include "api/usersapi.h"

#include <QLocale>

namespace lsdesk {

struct AnnotationsModel::Node
{
    Kind kind = Kind::Value;
    int source = -1; // top level: index into the task's annotations or predictions
    int id = 0; // the annotation's or prediction's id, for every node below it too
    QString text;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(Kind k, const QString &t)
    {
        auto child = std::make_unique<Node>();
        child->kind = k;
        child->text = t;
        child->id = id;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
    Node *find(Kind k, const QString &t) const
    {
        for (const auto &c : children) {
            if (c->kind == k && c->text == t)
                return c.get();
        }
        return nullptr;
    }
};

AnnotationsModel::AnnotationsModel(UserDirectory *users, QObject *parent)
    : QAbstractItemModel(parent)
    , m_users(users)
    , m_root(std::make_unique<Node>())
{
    if (users)
        connect(users, &UserDirectory::changed, this, &AnnotationsModel::onUsersChanged);
}

AnnotationsModel::~AnnotationsModel() = default;

void AnnotationsModel::setTask(const Task &task)
{
    beginResetModel();
    m_task = task;
    build();
    endResetModel();
}

void AnnotationsModel::clear()
{
    setTask(Task {});
}

void AnnotationsModel::build()
{
    m_root = std::make_unique<Node>();
    // Fills one annotation's or prediction's node with its result, grouped control -> label -> value.
    const auto fill = [this](Node *top, const QJsonArray &result) {
        const ParsedResult parsed = ParsedResult::parse(result);
        for (const ResultRegion &region : parsed.regions) {
            const QString control = region.fromName.isEmpty() ? tr("(no control)") : region.fromName;
            Node *c = top->find(Kind::Control, control);
            if (!c)
                c = top->add(Kind::Control, control);
            if (region.labels.isEmpty()) {
                for (const QString &v : region.values)
                    c->add(Kind::Value, v);
                continue;
            }
            for (const QString &label : region.labels) {
                Node *l = c->find(Kind::Label, label);
                if (!l)
                    l = c->add(Kind::Label, label);
                for (const QString &v : region.values)
                    l->add(Kind::Value, v);
            }
        }
        if (!parsed.relations.isEmpty()) {
            Node *rel = top->add(Kind::Control, tr("Relations"));
            for (const ResultRelation &r : parsed.relations)
                rel->add(Kind::Value, parsed.describe(r));
        }
    };
    for (int i = 0; i < m_task.annotations.size(); ++i) {
        const Annotation &a = m_task.annotations.at(i);
        Node *top = m_root->add(Kind::Annotation, tr("Annotation #%1").arg(a.id));
        top->source = i;
        top->id = a.id;
        fill(top, a.result);
    }
    for (int i = 0; i < m_task.predictions.size(); ++i) {
        const Prediction &p = m_task.predictions.at(i);
        Node *top = m_root->add(Kind::Prediction, tr("Prediction #%1").arg(p.id));
        top->source = i;
        top->id = p.id;
        fill(top, p.result);
    }
}

void AnnotationsModel::onUsersChanged()
{
    const int n = int(m_task.annotations.size());
    if (n > 0)
        Q_EMIT dataChanged(index(0, int(Column::Author)), index(n - 1, int(Column::Author)));
}

AnnotationsModel::Node *AnnotationsModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex AnnotationsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeOf(parent);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex AnnotationsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = nodeOf(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
}

int AnnotationsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int AnnotationsModel::columnCount(const QModelIndex &) const
{
    return int(Column::Count);
}

QString AnnotationsModel::formatTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QVariant AnnotationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    const auto column = Column(index.column());
    if (role == KindRole)
        return int(node->kind);
    if (role == IdRole)
        return node->id;
    if (node->kind == Kind::Annotation || node->kind == Kind::Prediction)
        return topData(node, column, role);
    if (column != Column::Item)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
        return node->text;
    return {};
}

QVariant AnnotationsModel::topData(const Node *node, Column column, int role) const
{
    if (node->kind == Kind::Annotation) {
        const Annotation &a = m_task.annotations.at(node->source);
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (column) {
            case Column::Item:
                return node->text;
            case Column::Author:
                return m_users ? m_users->displayName(a.completedBy)
                               : (a.completedBy > 0 ? tr("User #%1").arg(a.completedBy) : QString());
            case Column::Created:
                return formatTime(a.createdAt);
            case Column::Updated:
                return formatTime(a.updatedAt);
            case Column::LeadTime:
                return a.leadTime > 0 ? tr("%1 s").arg(formatNumber(a.leadTime)) : QString();
            case Column::Flags: {
                QStringList flags;
                if (a.wasCancelled)
                    flags << tr("cancelled");
                if (a.groundTruth)
                    flags << tr("ground truth");
                return flags.join(QLatin1String(", "));
            }
            case Column::Count:
                break;
            }
        } else if (role == SortRole) {
            switch (column) {
            case Column::Item:
                return a.id;
            case Column::Created:
                return a.createdAt;
            case Column::Updated:
                return a.updatedAt;
            case Column::LeadTime:
                return a.leadTime;
            default:
                return data(createIndex(node->row, int(column), const_cast<Node *>(node)), Qt::DisplayRole);
            }
        }
        return {};
    }
    const Prediction &p = m_task.predictions.at(node->source);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Item:
            return node->text;
        case Column::Author: // a prediction's author is the model that made it
            return p.modelVersion.isEmpty() ? tr("(no model version)") : p.modelVersion;
        case Column::Created:
            return formatTime(p.createdAt);
        case Column::Flags:
            return p.score ? tr("score %1").arg(formatNumber(*p.score)) : QString();
        default:
            return QString();
        }
    }
    if (role == SortRole) {
        switch (column) {
        case Column::Item:
            return p.id;
        case Column::Created:
            return p.createdAt;
        case Column::Flags:
            return p.score ? QVariant(*p.score) : QVariant();
        default:
            return data(createIndex(node->row, int(column), const_cast<Node *>(node)), Qt::DisplayRole);
        }
    }
    return {};
}

QVariant AnnotationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= int(Column::Count))
        return {};
    switch (Column(section)) {
    case Column::Item:
        return tr("Annotation");
    case Column::Author:
        return tr("Author / model");
    case Column::Created:
        return tr("Created");
    case Column::Updated:
        return tr("Updated");
    case Column::LeadTime:
        return tr("Lead time");
    case Column::Flags:
        return tr("Flags");
    case Column::Count:
        break;
    }
    return {};
}

AnnotationsModel::Kind AnnotationsModel::kindOf(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->kind : Kind::Value;
}

std::optional<Annotation> AnnotationsModel::annotationAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    const Node *n = nodeOf(index);
    while (n->parent && n->parent != m_root.get())
        n = n->parent;
    if (n->kind != Kind::Annotation)
        return std::nullopt;
    return m_task.annotations.at(n->source);
}

std::optional<Prediction> AnnotationsModel::predictionAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    const Node *n = nodeOf(index);
    while (n->parent && n->parent != m_root.get())
        n = n->parent;
    if (n->kind != Kind::Prediction)
        return std::nullopt;
    return m_task.predictions.at(n->source);
}

QModelIndex AnnotationsModel::indexOfAnnotation(int id) const
{
    for (const auto &c : m_root->children) {
        if (c->kind == Kind::Annotation && c->id == id)
            return createIndex(c->row, 0, c.get());
    }
    return {};
}

QModelIndex AnnotationsModel::indexOfPrediction(int id) const
{
    for (const auto &c : m_root->children) {
        if (c->kind == Kind::Prediction && c->id == id)
            return createIndex(c->row, 0, c.get());
    }
    return {};
}

} // namespace lsdesk
