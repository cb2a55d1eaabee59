// The preview's walk over the config, its layout tags and its object tags; the controls are in
// previewcontrols.cpp.

#include "configeditor/previewbuilder.h"

#include "configeditor/previewwidgets.h"
#include "labelconfig/sampletask.h"

#include <QBoxLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QStyle>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QToolButton>

namespace lsdesk::preview {

namespace {
QString attr(const XmlNode *node, const char *name)
{
    return node->attribute(QLatin1String(name));
}

// The CSS of a View's style attribute, lowercased and without spaces ("display:flex;flex:1").
QString compactStyle(const XmlNode *node)
{
    QString style = attr(node, "style").toLower();
    style.remove(QRegularExpression(QStringLiteral("\\s+")));
    return style;
}

// A View is a row when its style makes it a flex container in the row direction (the default
// direction). A bare "flex: 1" is an item's own growth inside its parent row, not a row of its own.
bool isRow(const XmlNode *node)
{
    const QString style = compactStyle(node);
    const bool flex = style.contains(QLatin1String("display:flex"))
        || style.contains(QLatin1String("display:inline-flex"));
    return flex && !style.contains(QLatin1String("flex-direction:column"));
}

// How much of a row a child takes: its "flex: N" or "width: N%", else an equal share.
int rowStretch(const XmlNode *node)
{
    static const QRegularExpression flex(QStringLiteral("(?:^|;)flex:([0-9.]+)"));
    static const QRegularExpression width(QStringLiteral("(?:^|;)width:([0-9.]+)%"));
    const QString style = compactStyle(node);
    auto m = flex.match(style);
    if (m.hasMatch())
        return std::max(1, int(m.captured(1).toDouble() * 10));
    m = width.match(style);
    if (m.hasMatch())
        return std::max(1, int(m.captured(1).toDouble()));
    return 10;
}

QLabel *mutedLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString valueAttribute(const XmlNode *node)
{
    const QString value = attr(node, "value");
    return value.isEmpty() ? attr(node, "valueList") : value;
}

QString title(const XmlNode *node)
{
    const QString name = attr(node, "name");
    return name.isEmpty() ? node->name() : QStringLiteral("%1 \u201c%2\u201d").arg(node->name(), name);
}
} // namespace

PreviewBuilder::PreviewBuilder(const LabelInterface &config)
    : m_config(config)
{
    m_sample = generateSampleTask(config, SampleMode::EditorPreview).value_or(PyValue::dict());
    if (!m_sample.isDict())
        m_sample = PyValue::dict();
    const QJsonObject fromComment = config.sampleTaskData();
    for (auto it = fromComment.begin(); it != fromComment.end(); ++it)
        m_sample.insert(it.key(), PyValue::fromQJson(it.value()));
}

QWidget *PreviewBuilder::build()
{
    QWidget *root = makeElement(m_config.document().root(), {});
    if (!root) {
        root = new QWidget;
        remember(root, {});
    }
    return root;
}

void PreviewBuilder::remember(QWidget *widget, const ElementPath &path)
{
    m_widgets.insert(path, widget);
    widget->setProperty("lsdeskPath", QVariant::fromValue(path));
}

QWidget *PreviewBuilder::makeElement(const XmlNode *node, const ElementPath &path)
{
    const QString tag = node->name().toLower();
    QWidget *widget = nullptr;
    if (tag == QLatin1String("view")) {
        widget = makeContainer(node, path, isRow(node));
    } else if (tag == QLatin1String("header")) {
        widget = makeHeader(node);
    } else if (tag == QLatin1String("style") || tag == QLatin1String("script")
        || tags::isLabelTag(node->name()) || tag == QLatin1String("label")
        || tag == QLatin1String("choice")) {
        return nullptr; // invisible, or drawn by the control that holds it
    } else if (tag == QLatin1String("panel")) {
        auto *box = new QGroupBox(attr(node, "value"));
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(makeContainer(node, path, false));
        widget = box;
    } else if (tag == QLatin1String("filter")) {
        auto *filter = new QLineEdit;
        const QString placeholder = attr(node, "placeholder");
        filter->setPlaceholderText(placeholder.isEmpty() ? tr("Quick Filter") : placeholder);
        filter->setClearButtonEnabled(true);
        widget = filter;
    } else if (tags::isObjectTag(tag) || tag == QLatin1String("audioplus")) {
        widget = makeObject(node);
    } else if (tags::isControlTag(tag) || node->hasAttribute(QStringLiteral("toName"))) {
        widget = makeControl(node);
    } else if (node->hasAttribute(QStringLiteral("name")) && !valueAttribute(node).isEmpty()) {
        widget = makeObject(node); // an object tag lsdesk does not know: a frame with its name
    } else if (!node->childElements().isEmpty()) {
        widget = makeContainer(node, path, false); // a wrapper (Collapse, Repeater, ...): its content
    } else {
        widget = new ObjectPlaceholder(
            ObjectPlaceholder::Kind::Unknown, QLatin1Char('<') + node->name() + QLatin1Char('>'), {});
    }
    if (widget)
        remember(widget, path);
    return widget;
}

QWidget *PreviewBuilder::makeContainer(const XmlNode *node, const ElementPath &path, bool row)
{
    auto *container = new QWidget;
    QBoxLayout *layout
        = row ? static_cast<QBoxLayout *>(new QHBoxLayout(container)) : new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(row ? 16 : 10);
    const QList<XmlNode *> children = node->childElements();
    for (int i = 0; i < children.size(); ++i) {
        QWidget *child = makeElement(children[i], ElementPath(path) << i);
        if (!child)
            continue;
        if (row)
            layout->addWidget(child, rowStretch(children[i]), Qt::AlignTop);
        else
            layout->addWidget(child);
    }
    return container;
}

QWidget *PreviewBuilder::makeHeader(const XmlNode *node)
{
    QString text = attr(node, "value");
    if (text.isEmpty()) {
        for (int i = 0; i < node->childCount(); ++i) {
            if (node->child(i)->kind() == XmlNode::Kind::Text
                || node->child(i)->kind() == XmlNode::Kind::CData)
                text += node->child(i)->value();
        }
        text = text.simplified();
    } else if (text.startsWith(QLatin1Char('$')) && sample(text)) {
        text = sampleText(text);
    }
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    // The web UI writes <Header size="N"> as an <hN> (default h4): the browser's heading scale.
    static const double scale[] = { 2.0, 1.5, 1.17, 1.0, 0.83, 0.67 };
    bool ok = false;
    const int size = attr(node, "size").toInt(&ok);
    font.setPointSizeF(font.pointSizeF() * scale[ok && size >= 1 && size <= 6 ? size - 1 : 3]);
    font.setUnderline(attr(node, "underline") == QLatin1String("true"));
    label->setFont(font);
    return label;
}

// Objects

const PyValue *PreviewBuilder::sample(const QString &value) const
{
    if (!value.startsWith(QLatin1Char('$')) || value.size() < 2)
        return nullptr;
    return m_sample.get(value.mid(1));
}

QString PreviewBuilder::sampleText(const QString &value) const
{
    if (const PyValue *v = sample(value))
        return v->isStr() ? v->str() : pyStr(*v);
    return value; // a literal value, or a variable the sample task has no field for
}

QStringList PreviewBuilder::sampleItems(const QString &value, const QString &key) const
{
    QStringList out;
    const PyValue *v = sample(value);
    if (!v || !v->isList())
        return out;
    for (const PyValue &item : v->items()) {
        if (item.isStr()) {
            out << item.str();
            continue;
        }
        const PyValue *field = nullptr;
        if (item.isDict()) {
            for (const QString &k :
                { key, QStringLiteral("title"), QStringLiteral("value"), QStringLiteral("text") }) {
                if (!k.isEmpty() && (field = item.get(k)))
                    break;
            }
        }
        out << (field ? (field->isStr() ? field->str() : pyStr(*field)) : pyJsonDumps(item));
    }
    return out;
}

QStringList PreviewBuilder::listItems(const QString &value) const
{
    QStringList items = sampleItems(value);
    if (items.isEmpty()) {
        for (int i = 1; i <= 3; ++i)
            items << tr("Item %1").arg(i);
    }
    return items;
}

QWidget *PreviewBuilder::makeObject(const XmlNode *node)
{
    const QString tag = node->name().toLower();
    const QString value = valueAttribute(node);
    using Kind = ObjectPlaceholder::Kind;
    if (tag == QLatin1String("text"))
        return makeTextObject(node, false);
    if (tag == QLatin1String("hypertext"))
        return makeTextObject(node, true);
    if (tag == QLatin1String("image")) {
        QString url = sampleText(value);
        const QStringList list = sampleItems(value);
        if (!list.isEmpty())
            url = tr("%1 (+%n more)", nullptr, int(list.size()) - 1).arg(list.first());
        return new ObjectPlaceholder(Kind::Image, title(node), url);
    }
    if (tag == QLatin1String("video"))
        return new ObjectPlaceholder(Kind::Video, title(node), sampleText(value));
    if (tag == QLatin1String("audio") || tag == QLatin1String("audioplus"))
        return makeAudio(node);
    if (tag == QLatin1String("timeseries")) {
        QStringList columns;
        for (const XmlNode *child : node->childElements()) {
            if (child->name() == QLatin1String("Channel"))
                columns << child->attribute(QStringLiteral("column"));
        }
        const PyValue *v = sample(value);
        const QString detail
            = v && v->isStr() ? v->str() : tr("Channels: %1").arg(columns.join(QLatin1String(", ")));
        return new ObjectPlaceholder(Kind::TimeSeries, title(node), detail);
    }
    if (tag == QLatin1String("paragraphs"))
        return makeParagraphs(node, false);
    if (tag == QLatin1String("chat"))
        return makeParagraphs(node, true);
    if (tag == QLatin1String("table"))
        return makeTable(node);
    if (tag == QLatin1String("list"))
        return makeList(node);
    return new ObjectPlaceholder(Kind::Unknown,
        QStringLiteral("<%1 name=\"%2\">").arg(node->name(), attr(node, "name")), sampleText(value));
}

QWidget *PreviewBuilder::makeTextObject(const XmlNode *node, bool html)
{
    QString text = sampleText(valueAttribute(node));
    // HyperText holds markup: the preview shows its text, without fetching anything it refers to.
    if (html)
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    label->setAccessibleName(title(node));
    label->setMargin(4);
    return label;
}

QWidget *PreviewBuilder::makeAudio(const XmlNode *node)
{
    auto *audio = new QWidget;
    auto *layout = new QVBoxLayout(audio);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    auto *play = new QToolButton;
    play->setIcon(play->style()->standardIcon(QStyle::SP_MediaPlay));
    play->setAccessibleName(tr("Play"));
    play->setToolTip(tr("The preview does not play audio"));
    play->setEnabled(false);
    row->addWidget(play);
    row->addWidget(new WaveformStrip, 1);
    layout->addLayout(row);
    layout->addWidget(mutedLabel(tr("%1: %2").arg(title(node), sampleText(valueAttribute(node)))));
    return audio;
}

QWidget *PreviewBuilder::makeParagraphs(const XmlNode *node, bool chat)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    const QString value = valueAttribute(node);
    const PyValue *v = sample(value);
    if (!v || !v->isList()) {
        layout->addWidget(mutedLabel(tr("%1: %2").arg(title(node), sampleText(value))));
        return box;
    }
    QString nameKey = chat ? QStringLiteral("role") : attr(node, "nameKey");
    QString textKey = chat ? QStringLiteral("content") : attr(node, "textKey");
    if (nameKey.isEmpty())
        nameKey = QStringLiteral("author");
    if (textKey.isEmpty())
        textKey = QStringLiteral("text");
    auto field = [](const PyValue &item, const QString &key) {
        const PyValue *f = item.isDict() ? item.get(key) : nullptr;
        return f ? (f->isStr() ? f->str() : pyStr(*f)) : QString();
    };
    constexpr int kShown = 30; // a sketch, not a reader
    for (int i = 0; i < std::min(v->size(), kShown); ++i) {
        const PyValue &item = v->at(i);
        auto *line = new QLabel(
            QStringLiteral("<b>%1:</b> %2")
                .arg(field(item, nameKey).toHtmlEscaped(), field(item, textKey).toHtmlEscaped()));
        line->setTextFormat(Qt::RichText);
        line->setWordWrap(true);
        line->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(line);
    }
    if (v->size() > kShown)
        layout->addWidget(mutedLabel(tr("\u2026 %n more", nullptr, v->size() - kShown)));
    return box;
}

QWidget *PreviewBuilder::makeTable(const XmlNode *node)
{
    const PyValue *v = sample(valueAttribute(node));
    auto *table = new QTableWidget;
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    if (v && v->isDict()) {
        table->setRowCount(v->size());
        for (int i = 0; i < v->size(); ++i) {
            table->setItem(i, 0, new QTableWidgetItem(v->keyAt(i)));
            table->setItem(i, 1, new QTableWidgetItem(v->at(i).isStr() ? v->at(i).str() : pyStr(v->at(i))));
        }
    } else {
        table->setRowCount(1);
        table->setItem(0, 0, new QTableWidgetItem(attr(node, "name")));
        table->setItem(0, 1, new QTableWidgetItem(sampleText(valueAttribute(node))));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnToContents(0);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    table->setAccessibleName(title(node));
    return table;
}

QWidget *PreviewBuilder::makeList(const XmlNode *node)
{
    auto *list = new QListWidget;
    list->addItems(listItems(valueAttribute(node)));
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    list->setMaximumHeight(list->fontMetrics().height() * 12);
    list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    list->setAccessibleName(title(node));
    return list;
}

} // namespace lsdesk::preview
