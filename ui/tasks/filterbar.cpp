#include "tasks/filterbar.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace lsdesk {

namespace {
bool isRange(const QString &op)
{
    return op == QLatin1String("in") || op == QLatin1String("not_in");
}

bool isListOp(const QString &op)
{
    return op == QLatin1String("in_list") || op == QLatin1String("not_in_list");
}

bool isDateType(const QString &type)
{
    return type == QLatin1String("Datetime") || type == QLatin1String("Date");
}

std::optional<QJsonValue> number(const QString &text)
{
    bool ok = false;
    const double d = QLocale().toDouble(text.trimmed(), &ok);
    const double c = ok ? d : QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok)
        return std::nullopt;
    if (c == double(qint64(c)))
        return QJsonValue(qint64(c));
    return QJsonValue(c);
}

// The server compares against ISO times in UTC, as the web UI sends them ("2021-01-01T00:00:00.000Z").
std::optional<QJsonValue> dateTime(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (d.isValid())
            dt = d.startOfDay();
    }
    if (!dt.isValid())
        return std::nullopt;
    return QJsonValue(dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
}

std::optional<QJsonValue> scalar(const QString &type, const QString &text)
{
    if (type == QLatin1String("Number") || type == QLatin1String("Time"))
        return number(text);
    if (isDateType(type))
        return dateTime(text);
    if (type == QLatin1String("List")) { // users and model versions: an id, or a name
        if (auto n = number(text))
            return n;
    }
    if (text.isEmpty())
        return std::nullopt;
    return QJsonValue(text);
}
} // namespace

// One row of the bar. A plain widget: the bar reads its boxes.
class FilterRow : public QWidget
{
public:
    explicit FilterRow(QWidget *parent)
        : QWidget(parent)
        , column(new QComboBox(this))
        , op(new QComboBox(this))
        , value(new QLineEdit(this))
        , value2(new QLineEdit(this))
        , choice(new QComboBox(this))
        , remove(new QToolButton(this))
    {
        auto *lay = new QHBoxLayout(this);
        lay->setContentsMargins(0, 0, 0, 0);
        column->setAccessibleName(TaskFilterBar::tr("Filter column"));
        op->setAccessibleName(TaskFilterBar::tr("Filter operator"));
        value->setAccessibleName(TaskFilterBar::tr("Filter value"));
        value2->setAccessibleName(TaskFilterBar::tr("Filter upper value"));
        value->setClearButtonEnabled(true);
        choice->setAccessibleName(TaskFilterBar::tr("Filter value"));
        choice->addItem(TaskFilterBar::tr("yes"), true);
        choice->addItem(TaskFilterBar::tr("no"), false);
        remove->setText(TaskFilterBar::tr("Remove"));
        remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
        remove->setToolButtonStyle(Qt::ToolButtonIconOnly);
        remove->setAccessibleName(TaskFilterBar::tr("Remove filter"));
        remove->setToolTip(TaskFilterBar::tr("Remove this filter"));
        andLabel = new QLabel(TaskFilterBar::tr("and"), this);
        lay->addWidget(column, 2);
        lay->addWidget(op, 1);
        lay->addWidget(value, 2);
        lay->addWidget(andLabel);
        lay->addWidget(value2, 2);
        lay->addWidget(choice, 1);
        lay->addWidget(remove);
    }

    QString columnType() const { return column->currentData(TypeRole).toString(); }
    QString columnId() const { return column->currentData(IdRole).toString(); }
    QString opId() const { return op->currentData().toString(); }

    void fillOperators()
    {
        const QString type = columnType();
        const QString previous = opId();
        op->clear();
        for (const QString &o : operatorsFor(type))
            op->addItem(TaskFilterBar::operatorLabel(type, o), o);
        const int keep = op->findData(previous);
        op->setCurrentIndex(keep >= 0 ? keep : 0);
        updateEditors();
    }

    // "is empty" and booleans take yes/no rather than typed text.
    bool yesNo() const
    {
        return opId() == QLatin1String("empty") || columnType() == QLatin1String("Boolean");
    }

    void updateEditors()
    {
        const QString o = opId();
        const bool yesNo = this->yesNo();
        choice->setVisible(yesNo);
        value->setVisible(!yesNo);
        value2->setVisible(!yesNo && isRange(o));
        andLabel->setVisible(!yesNo && isRange(o));
        value->setPlaceholderText(isListOp(o) ? TaskFilterBar::tr("1, 2, 3")
                : isDateType(columnType())    ? TaskFilterBar::tr("YYYY-MM-DD")
                                              : QString());
    }

    std::optional<DmFilter> filter() const
    {
        const QString type = columnType();
        const QString o = opId();
        if (columnId().isEmpty() || o.isEmpty())
            return std::nullopt;
        std::optional<QJsonValue> v;
        if (yesNo())
            v = QJsonValue(choice->currentData().toBool());
        else
            v = TaskFilterBar::parseValue(type, o, value->text(), value2->text());
        if (!v)
            return std::nullopt;
        return DmFilter { QStringLiteral("tasks:") + columnId(), o, type, *v };
    }

    static constexpr int IdRole = Qt::UserRole;
    static constexpr int TypeRole = Qt::UserRole + 1;

    QComboBox *column;
    QComboBox *op;
    QLineEdit *value;
    QLineEdit *value2;
    QComboBox *choice;
    QToolButton *remove;
    QLabel *andLabel = nullptr;
};

TaskFilterBar::TaskFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_conjunction(new QComboBox(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_rowsLayout);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add filter"), this);
    add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    add->setAccessibleName(tr("Add filter"));
    m_conjunction->addItem(tr("Match all filters"), QStringLiteral("and"));
    m_conjunction->addItem(tr("Match any filter"), QStringLiteral("or"));
    m_conjunction->setAccessibleName(tr("Filter conjunction"));
    auto *apply = new QPushButton(tr("A&pply"), this);
    apply->setAccessibleName(tr("Apply filters"));
    auto *clear = new QPushButton(tr("C&lear"), this);
    clear->setAccessibleName(tr("Clear filters"));
    buttons->addWidget(add);
    buttons->addWidget(m_conjunction);
    buttons->addStretch(1);
    buttons->addWidget(clear);
    buttons->addWidget(apply);
    outer->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &TaskFilterBar::addFilterRow);
    connect(apply, &QPushButton::clicked, this, &TaskFilterBar::applyRequested);
    connect(clear, &QPushButton::clicked, this, [this] {
        setFilters({}, conjunction());
        Q_EMIT applyRequested();
    });
}

void TaskFilterBar::setColumns(const QList<ColumnChoice> &columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    // The rows stay (with what was typed in them); only their column boxes are refilled.
    for (FilterRow *row : std::as_const(m_rows)) {
        const QString type = row->columnType();
        fillColumns(row, row->columnId(), type);
        if (row->columnType() != type)
            row->fillOperators();
    }
}

void TaskFilterBar::fillColumns(FilterRow *row, const QString &id, const QString &typeIfUnknown)
{
    const QSignalBlocker block(row->column);
    row->column->clear();
    for (const ColumnChoice &c : std::as_const(m_columns)) {
        row->column->addItem(c.title, c.id);
        row->column->setItemData(row->column->count() - 1, c.type, FilterRow::TypeRole);
    }
    if (id.isEmpty())
        return;
    int at = row->column->findData(id, FilterRow::IdRole);
    if (at < 0) { // a saved filter on a column this project does not list (any more): kept as it is
        row->column->addItem(id, id);
        at = row->column->count() - 1;
        row->column->setItemData(at, typeIfUnknown, FilterRow::TypeRole);
    }
    row->column->setCurrentIndex(at);
}

void TaskFilterBar::setFilters(const QList<DmFilter> &filters, const QString &conjunction)
{
    for (FilterRow *row : std::as_const(m_rows))
        row->deleteLater();
    m_rows.clear();
    m_conjunction->setCurrentIndex(conjunction == QLatin1String("or") ? 1 : 0);
    for (const DmFilter &f : filters) {
        FilterRow *row = addRow();
        QString id = f.column;
        if (id.startsWith(QLatin1String("tasks:")))
            id = id.mid(6);
        fillColumns(row, id, f.type);
        row->fillOperators();
        const int op = row->op->findData(f.op);
        if (op >= 0)
            row->op->setCurrentIndex(op);
        row->updateEditors();
        if (f.value.isBool()) {
            row->choice->setCurrentIndex(f.value.toBool() ? 0 : 1);
        } else {
            const auto [a, b] = valueText(f.value);
            row->value->setText(a);
            row->value2->setText(b);
        }
    }
}

QList<DmFilter> TaskFilterBar::filters() const
{
    QList<DmFilter> out;
    for (const FilterRow *row : m_rows) {
        if (auto f = row->filter())
            out << *f;
    }
    return out;
}

QString TaskFilterBar::conjunction() const
{
    return m_conjunction->currentData().toString();
}

FilterRow *TaskFilterBar::addRow()
{
    auto *row = new FilterRow(this);
    fillColumns(row, {}, {});
    row->fillOperators();
    connect(row->column, &QComboBox::currentIndexChanged, row, [row] { row->fillOperators(); });
    connect(row->op, &QComboBox::currentIndexChanged, row, [row] { row->updateEditors(); });
    connect(row->value, &QLineEdit::returnPressed, this, &TaskFilterBar::applyRequested);
    connect(row->value2, &QLineEdit::returnPressed, this, &TaskFilterBar::applyRequested);
    connect(row->remove, &QToolButton::clicked, this, [this, row] { removeRow(row); });
    m_rowsLayout->addWidget(row);
    m_rows << row;
    return row;
}

void TaskFilterBar::addFilterRow()
{
    addRow()->column->setFocus(Qt::ShortcutFocusReason);
}

void TaskFilterBar::focusFirstRow()
{
    if (m_rows.isEmpty())
        addFilterRow();
    else
        m_rows.first()->column->setFocus(Qt::ShortcutFocusReason);
}

void TaskFilterBar::removeRow(FilterRow *row)
{
    const qsizetype at = m_rows.indexOf(row);
    if (at < 0)
        return;
    m_rows.removeAt(at);
    row->deleteLater();
    if (!m_rows.isEmpty())
        m_rows.at(std::min<qsizetype>(at, m_rows.size() - 1))->column->setFocus();
}

std::optional<QJsonValue> TaskFilterBar::parseValue(
    const QString &type, const QString &op, const QString &text, const QString &text2)
{
    if (isRange(op)) {
        const auto lo = scalar(type, text);
        const auto hi = scalar(type, text2);
        if (!lo || !hi)
            return std::nullopt;
        return QJsonValue(QJsonObject { { QStringLiteral("min"), *lo }, { QStringLiteral("max"), *hi } });
    }
    if (isListOp(op)) {
        QJsonArray items;
        const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            const auto v = scalar(type, p.trimmed());
            if (!v)
                return std::nullopt;
            items.append(*v);
        }
        if (items.isEmpty())
            return std::nullopt;
        return QJsonValue(items);
    }
    return scalar(type, text);
}

QPair<QString, QString> TaskFilterBar::valueText(const QJsonValue &value)
{
    const auto text = [](const QJsonValue &v) {
        if (v.isDouble()) {
            const double d = v.toDouble();
            return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
        }
        return v.toString();
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        return { text(o.value(QLatin1String("min"))), text(o.value(QLatin1String("max"))) };
    }
    if (value.isArray()) {
        QStringList parts;
        const QJsonArray arr = value.toArray();
        for (const QJsonValue &v : arr)
            parts << text(v);
        return { parts.join(QStringLiteral(", ")), {} };
    }
    return { text(value), {} };
}

QString TaskFilterBar::operatorLabel(const QString &type, const QString &op)
{
    const bool date = isDateType(type);
    if (op == QLatin1String("equal"))
        return tr("is");
    if (op == QLatin1String("not_equal"))
        return tr("is not");
    if (op == QLatin1String("less"))
        return date ? tr("is before") : tr("<");
    if (op == QLatin1String("greater"))
        return date ? tr("is after") : tr(">");
    if (op == QLatin1String("less_or_equal"))
        return tr("≤");
    if (op == QLatin1String("greater_or_equal"))
        return tr("≥");
    if (op == QLatin1String("in"))
        return tr("is between");
    if (op == QLatin1String("not_in"))
        return tr("is not between");
    if (op == QLatin1String("in_list"))
        return tr("is any of");
    if (op == QLatin1String("not_in_list"))
        return tr("is none of");
    if (op == QLatin1String("contains"))
        return tr("contains");
    if (op == QLatin1String("not_contains"))
        return tr("does not contain");
    if (op == QLatin1String("regex"))
        return tr("matches regex");
    if (op == QLatin1String("empty"))
        return tr("is empty");
    return op;
}

} // namespace lsdesk
