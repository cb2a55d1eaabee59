// The preview's control tags: each a small caption (name -> toName) over a widget that behaves like the
// web UI's control. What the user does with them stays in the preview.

#include "configeditor/previewbuilder.h"
#include "configeditor/previewlayout.h"
#include "configeditor/previewwidgets.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTreeWidget>
#include <cmath>
#include <functional>
#include <optional>

namespace lsdesk::preview {

namespace {
QString attr(const XmlNode *node, const char *name)
{
    return node->attribute(QLatin1String(name));
}

bool isTrue(const XmlNode *node, const char *name)
{
    return attr(node, name).toLower() == QLatin1String("true");
}

// Elements named `tag` under `node` in document order, with their nesting depth among themselves
// (a Choice inside a Choice is one deeper; a View between them is transparent).
void collect(const XmlNode *node, const QString &tag, int depth, QList<QPair<const XmlNode *, int>> &out)
{
    for (const XmlNode *child : node->childElements()) {
        if (child->name() == tag) {
            out.append({ child, depth });
            collect(child, tag, depth + 1, out);
        } else {
            collect(child, tag, depth, out);
        }
    }
}

// Puts `widget` at the start of a row, at its preferred width (inputs do not stretch across the pane).
QWidget *leftAligned(QWidget *widget)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(widget);
    layout->addStretch(1);
    row->setFocusProxy(widget);
    return row;
}

std::optional<double> number(const XmlNode *node, const char *name)
{
    bool ok = false;
    const double v = attr(node, name).toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

int decimalsOf(const XmlNode *node, const char *name)
{
    const QString text = attr(node, name);
    const int dot = int(text.indexOf(QLatin1Char('.')));
    return dot < 0 ? 0 : int(text.size()) - dot - 1;
}

const QStringList &toolTags()
{
    static const QStringList tools { QStringLiteral("rectangle"), QStringLiteral("polygon"),
        QStringLiteral("keypoint"), QStringLiteral("brush"), QStringLiteral("ellipse"),
        QStringLiteral("vector"), QStringLiteral("magicwand"), QStringLiteral("bitmask"),
        QStringLiteral("videorectangle"), QStringLiteral("videovector") };
    return tools;
}
} // namespace

QWidget *PreviewBuilder::makeControl(const XmlNode *node)
{
    const QString tag = node->name().toLower();
    QWidget *body = nullptr;
    if (tag == QLatin1String("choices"))
        body = makeChoices(node);
    else if (tag.endsWith(QLatin1String("labels")))
        body = makeChips(node, QStringLiteral("Label"), true);
    else if (tag == QLatin1String("relations"))
        body = makeChips(node, QStringLiteral("Relation"), false);
    else if (tag == QLatin1String("textarea"))
        body = makeTextArea(node);
    else if (tag == QLatin1String("rating"))
        body = makeRating(node);
    else if (tag == QLatin1String("number"))
        body = makeNumber(node);
    else if (tag == QLatin1String("datetime"))
        body = makeDateTime(node);
    else if (tag == QLatin1String("taxonomy"))
        body = makeTaxonomy(node);
    else if (tag == QLatin1String("pairwise"))
        body = makePairwise(node);
    else if (tag == QLatin1String("ranker"))
        body = makeRanker(node);
    else if (toolTags().contains(tag))
        body = makeTool(node);
    else
        body = new ObjectPlaceholder(ObjectPlaceholder::Kind::Unknown,
            QLatin1Char('<') + node->name() + QLatin1Char('>'), attr(node, "name"));

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    QString caption = attr(node, "name");
    const QString toName = attr(node, "toName");
    if (!toName.isEmpty())
        caption += QStringLiteral(" \u2192 ") + toName;
    auto *label = new QLabel(caption);
    label->setObjectName(QStringLiteral("lsdeskPreviewCaption"));
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    label->setFont(small);
    label->setVisible(!caption.isEmpty()); // <Relations> has no name
    layout->addWidget(label);
    layout->addWidget(body);
    box->setAccessibleName(caption);
    return box;
}

QWidget *PreviewBuilder::makeChoices(const XmlNode *node)
{
    struct Item
    {
        QString text;
        QString hint;
        bool selected = false;
        int depth = 0;
        const XmlNode *node = nullptr;
    };
    QList<Item> items;
    QList<QPair<const XmlNode *, int>> choices;
    collect(node, QStringLiteral("Choice"), 0, choices);
    for (const auto &[choice, depth] : std::as_const(choices)) {
        const QString html = attr(choice, "html");
        items.append(
            { html.isEmpty() ? attr(choice, "value") : QTextDocumentFragment::fromHtml(html).toPlainText(),
                attr(choice, "hint"), isTrue(choice, "selected"), depth, choice });
    }
    // Choices from the task (value="$options"): the sample's list.
    for (const QString &text : sampleItems(attr(node, "value"), QStringLiteral("value")))
        items.append({ text, {}, false, 0, nullptr });

    const bool multiple = attr(node, "choice") == QLatin1String("multiple");
    if (attr(node, "layout") == QLatin1String("select") && !multiple) {
        auto *combo = new QComboBox;
        combo->addItem(attr(node, "placeholder"));
        for (const Item &item : std::as_const(items))
            combo->addItem(QString(item.depth * 2, QLatin1Char(' ')) + item.text);
        return leftAligned(combo);
    }
    auto *box = new QWidget;
    const bool inlineLayout = isTrue(node, "showInline");
    QLayout *layout = inlineLayout ? static_cast<QLayout *>(new FlowLayout(box, 14)) : new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const Item &item : std::as_const(items)) {
        // Radio buttons in one parent are exclusive by themselves, like a single-choice group.
        QAbstractButton *button = multiple ? static_cast<QAbstractButton *>(new QCheckBox(item.text, box))
                                           : new QRadioButton(item.text, box);
        button->setChecked(item.selected);
        button->setToolTip(item.hint);
        if (item.depth > 0 && !inlineLayout) {
            auto *row = new QHBoxLayout;
            row->addSpacing(item.depth * 20);
            row->addWidget(button);
            static_cast<QVBoxLayout *>(layout)->addLayout(row);
        } else {
            layout->addWidget(button);
        }
        if (item.node)
            remember(button, ConfigDocument::pathOf(item.node));
    }
    return box;
}

QWidget *PreviewBuilder::makeChips(const XmlNode *node, const QString &childTag, bool exclusiveByDefault)
{
    auto *box = new QWidget;
    new FlowLayout(box, 6);
    const bool exclusive = exclusiveByDefault && attr(node, "choice") != QLatin1String("multiple");
    auto add = [box, exclusive](LabelChip *chip) {
        box->layout()->addWidget(chip);
        if (!exclusive)
            return;
        // Selecting a label deselects the others, as in the web UI; unlike radio buttons it can be
        // deselected again.
        QObject::connect(chip, &QAbstractButton::toggled, box, [box, chip](bool on) {
            if (!on)
                return;
            for (LabelChip *other : box->findChildren<LabelChip *>(QString(), Qt::FindDirectChildrenOnly)) {
                if (other != chip)
                    other->setChecked(false);
            }
        });
    };
    QList<QPair<const XmlNode *, int>> labels;
    collect(node, childTag, 0, labels);
    for (const auto &entry : std::as_const(labels)) {
        const XmlNode *label = entry.first;
        const QString value = attr(label, "value");
        auto *chip = new LabelChip(
            value, labelBackground(attr(label, "background"), value), attr(label, "hotkey"), box);
        QStringList tip;
        if (!attr(label, "alias").isEmpty())
            tip << tr("Alias: %1").arg(attr(label, "alias"));
        if (!attr(label, "hint").isEmpty())
            tip << attr(label, "hint");
        chip->setToolTip(tip.join(QLatin1Char('\n')));
        chip->setChecked(isTrue(label, "selected"));
        add(chip);
        remember(chip, ConfigDocument::pathOf(label));
    }
    // Labels from the task (value="$labels"): the sample's [{"value", "background"}, ...].
    if (const PyValue *dynamic = sample(attr(node, "value")); dynamic && dynamic->isList()) {
        for (const PyValue &item : dynamic->items()) {
            const PyValue *value = item.isDict() ? item.get(QStringLiteral("value")) : nullptr;
            const PyValue *background = item.isDict() ? item.get(QStringLiteral("background")) : nullptr;
            if (!value)
                continue;
            const QString text = value->isStr() ? value->str() : pyStr(*value);
            add(new LabelChip(text,
                labelBackground(background && background->isStr() ? background->str() : QString(), text), {},
                box));
        }
    }
    return box;
}

QWidget *PreviewBuilder::makeTextArea(const XmlNode *node)
{
    auto *edit = new QPlainTextEdit;
    edit->setPlaceholderText(attr(node, "placeholder"));
    edit->setTabChangesFocus(true); // Tab moves on through the preview instead of typing a tab
    const QString value = attr(node, "value");
    if (!value.isEmpty())
        edit->setPlainText(sampleText(value));
    bool ok = false;
    const int rows = std::clamp(attr(node, "rows").toInt(&ok), 1, 40);
    const QFontMetrics fm(edit->font());
    const int margins = int(std::ceil(2 * edit->document()->documentMargin())) + 2 * edit->frameWidth()
        + edit->contentsMargins().top() + edit->contentsMargins().bottom();
    edit->setFixedHeight((ok ? rows : 1) * fm.lineSpacing() + margins);
    edit->setAccessibleName(attr(node, "name"));
    return edit;
}

QWidget *PreviewBuilder::makeRating(const XmlNode *node)
{
    bool ok = false;
    int maxRating = attr(node, "maxRating").toInt(&ok);
    if (!ok || maxRating < 1)
        maxRating = 5;
    const auto shape = attr(node, "icon").toLower() == QLatin1String("heart") ? RatingStars::Shape::Heart
                                                                              : RatingStars::Shape::Star;
    auto *stars = new RatingStars(maxRating, shape);
    stars->setValue(attr(node, "defaultValue").toInt());
    stars->setAccessibleName(attr(node, "name"));
    return leftAligned(stars);
}

QWidget *PreviewBuilder::makeNumber(const XmlNode *node)
{
    const auto min = number(node, "min");
    const auto max = number(node, "max");
    const auto step = number(node, "step");
    const auto initial = number(node, "defaultValue");
    auto integral = [](const std::optional<double> &v) { return !v || std::floor(*v) == *v; };
    const bool whole = integral(min) && integral(max) && integral(step) && integral(initial);
    constexpr double kUnbounded = 1e9; // the web UI's input has no bounds; a spin box needs some
    if (whole && isTrue(node, "slider") && min && max) {
        auto *slider = new QSlider(Qt::Horizontal);
        slider->setRange(int(*min), int(*max));
        slider->setSingleStep(int(step.value_or(1)));
        slider->setValue(int(initial.value_or(*min)));
        slider->setAccessibleName(attr(node, "name"));
        return slider;
    }
    QAbstractSpinBox *spin = nullptr;
    if (whole) {
        auto *s = new QSpinBox;
        s->setRange(int(min.value_or(-kUnbounded)), int(max.value_or(kUnbounded)));
        s->setSingleStep(int(step.value_or(1)));
        s->setValue(int(initial.value_or(std::max(0.0, min.value_or(0)))));
        spin = s;
    } else {
        auto *s = new QDoubleSpinBox;
        s->setDecimals(std::clamp(
            std::max({ decimalsOf(node, "step"), decimalsOf(node, "min"), decimalsOf(node, "max") }), 1, 6));
        s->setRange(min.value_or(-kUnbounded), max.value_or(kUnbounded));
        s->setSingleStep(step.value_or(1));
        s->setValue(initial.value_or(std::max(0.0, min.value_or(0))));
        spin = s;
    }
    spin->setAccessibleName(attr(node, "name"));
    return leftAligned(spin);
}

QWidget *PreviewBuilder::makeDateTime(const XmlNode *node)
{
    QStringList only;
    for (const QString &part : attr(node, "only").toLower().split(QLatin1Char(','), Qt::SkipEmptyParts))
        only << part.trimmed();
    const bool date = only.isEmpty() || only.contains(QLatin1String("date"));
    const bool time = only.isEmpty() || only.contains(QLatin1String("time"));
    const QDateTime now(QDate::currentDate(), QTime(QTime::currentTime().hour(), 0));
    QDateTimeEdit *edit = nullptr;
    if (date && time) {
        edit = new QDateTimeEdit(now);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    } else if (time) {
        edit = new QTimeEdit(now.time());
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    } else {
        edit = new QDateEdit(now.date());
        // only="month" / "year": the web UI picks just those parts.
        edit->setDisplayFormat(date                     ? QStringLiteral("yyyy-MM-dd")
                : only.contains(QLatin1String("month")) ? QStringLiteral("yyyy-MM")
                                                        : QStringLiteral("yyyy"));
    }
    if (date)
        edit->setCalendarPopup(true);
    const QDate minDate = QDate::fromString(attr(node, "min").left(10), Qt::ISODate);
    const QDate maxDate = QDate::fromString(attr(node, "max").left(10), Qt::ISODate);
    if (minDate.isValid())
        edit->setMinimumDate(minDate);
    if (maxDate.isValid())
        edit->setMaximumDate(maxDate);
    edit->setAccessibleName(attr(node, "name"));
    return leftAligned(edit);
}

QWidget *PreviewBuilder::makeTaxonomy(const XmlNode *node)
{
    auto *tree = new QTreeWidget;
    tree->setHeaderHidden(true);
    tree->setColumnCount(1);
    auto makeItem = [](const QString &text) {
        auto *item = new QTreeWidgetItem(QStringList { text });
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        return item;
    };
    // The nested <Choice> tree; a View between levels is transparent.
    std::function<void(const XmlNode *, QTreeWidgetItem *)> addChoices
        = [&](const XmlNode *parent, QTreeWidgetItem *into) {
              for (const XmlNode *child : parent->childElements()) {
                  if (child->name() != QLatin1String("Choice")) {
                      addChoices(child, into);
                      continue;
                  }
                  QTreeWidgetItem *item = makeItem(attr(child, "value"));
                  item->setToolTip(0, attr(child, "hint"));
                  if (into)
                      into->addChild(item);
                  else
                      tree->addTopLevelItem(item);
                  addChoices(child, item);
              }
          };
    addChoices(node, nullptr);
    // A taxonomy from the task: the sample's nested [{"value", "children"}, ...].
    std::function<void(const PyValue &, QTreeWidgetItem *)> addSample
        = [&](const PyValue &list, QTreeWidgetItem *into) {
              for (const PyValue &entry : list.items()) {
                  const PyValue *value = entry.isDict() ? entry.get(QStringLiteral("value")) : nullptr;
                  if (!value)
                      continue;
                  QTreeWidgetItem *item = makeItem(value->isStr() ? value->str() : pyStr(*value));
                  if (into)
                      into->addChild(item);
                  else
                      tree->addTopLevelItem(item);
                  if (const PyValue *children = entry.get(QStringLiteral("children"));
                      children && children->isList())
                      addSample(*children, item);
              }
          };
    if (const PyValue *dynamic = sample(attr(node, "value")); dynamic && dynamic->isList())
        addSample(*dynamic, nullptr);
    tree->expandAll();
    tree->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    tree->setMaximumHeight(tree->fontMetrics().height() * 14);
    tree->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    tree->setAccessibleName(attr(node, "name"));
    return tree;
}

QWidget *PreviewBuilder::makePairwise(const XmlNode *node)
{
    auto *pair = new QWidget;
    auto *layout = new QHBoxLayout(pair);
    layout->setContentsMargins(0, 0, 0, 0);
    const QStringList names = attr(node, "toName").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString captions[] = { tr("Left"), tr("Right") };
    for (int i = 0; i < 2; ++i) {
        const QString name = names.value(i).trimmed();
        const ObjectTagInfo *object = m_config.object(name);
        auto *column = new QVBoxLayout;
        // The object's sample in brief: a URL or text as is, a list of paragraphs by its length.
        const PyValue *data = object ? sample(object->value) : nullptr;
        const QString detail = data && data->isList() ? tr("%n item(s)", nullptr, data->size())
                                                      : (object ? sampleText(object->value) : QString());
        column->addWidget(new ObjectPlaceholder(ObjectPlaceholder::Kind::Unknown, name, detail));
        // Both buttons are children of `pair`: autoExclusive makes them one choice.
        auto *button = new QPushButton(captions[i], pair);
        button->setCheckable(true);
        button->setAutoExclusive(true);
        column->addWidget(button);
        layout->addLayout(column, 1);
    }
    return pair;
}

QWidget *PreviewBuilder::makeRanker(const XmlNode *node)
{
    const ObjectTagInfo *list
        = m_config.object(attr(node, "toName").section(QLatin1Char(','), 0, 0).trimmed());
    const QStringList items = listItems(list ? list->value : QString());
    QList<const XmlNode *> buckets;
    for (const XmlNode *child : node->childElements()) {
        if (child->name() == QLatin1String("Bucket"))
            buckets << child;
    }
    auto makeList = [](const QStringList &entries, bool acrossLists) {
        auto *view = new QListWidget;
        view->addItems(entries);
        view->setDragDropMode(acrossLists ? QAbstractItemView::DragDrop : QAbstractItemView::InternalMove);
        view->setDefaultDropAction(Qt::MoveAction);
        view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        view->setMaximumHeight(view->fontMetrics().height() * 12);
        view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
        return view;
    };
    if (buckets.isEmpty())
        return makeList(items, false);
    // With buckets the web UI shows the items beside one column per bucket, dragged across.
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto addColumn = [&](const QString &heading, const QStringList &entries) {
        auto *column = new QVBoxLayout;
        auto *label = new QLabel(heading);
        label->setTextFormat(Qt::PlainText);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        column->addWidget(label);
        column->addWidget(makeList(entries, true));
        layout->addLayout(column, 1);
    };
    addColumn(list ? list->name : tr("Items"), items);
    for (const XmlNode *bucket : std::as_const(buckets)) {
        const QString heading = attr(bucket, "title");
        addColumn(heading.isEmpty() ? attr(bucket, "name") : heading, {});
    }
    return row;
}

QWidget *PreviewBuilder::makeTool(const XmlNode *node)
{
    auto *tool = new QToolButton;
    tool->setText(node->name());
    tool->setCheckable(true);
    tool->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tool->setToolTip(tr("The %1 drawing tool").arg(node->name()));
    tool->setFocusPolicy(Qt::StrongFocus);
    return leftAligned(tool);
}

} // namespace lsdesk::preview
