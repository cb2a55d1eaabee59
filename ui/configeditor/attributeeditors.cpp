#include "configeditor/attributeeditors.h"

#include "labelconfig/labelinterface.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace lsdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lsdesk::PropertyPanel", text);
}

using K = AttributeKind;

// The attributes the form offers per tag, after Label Studio's tag reference (labelstud.io/tags): the
// common ones, with the default the frontend assumes when the attribute is absent. Anything else a tag
// carries is edited as a key/value row. `tags` is a space-separated list of tag names (compared
// case-insensitively, as the SDK does) or classes: @control / @object / @label (the SDK's tag tables)
// and @labels (the region-labelling controls: Labels, RectangleLabels, ...). A tag's form lists the
// rows that match it in table order.
struct Row
{
    const char *tags;
    const char *name;
    K kind;
    const char *caption;
    const char *defaultValue = "";
    const char *options = ""; // '|'-separated; a leading '|' offers "not set"
    int minimum = 0;
    int maximum = 0;
    bool required = false;
};

#define CAPTION(text) QT_TRANSLATE_NOOP("lsdesk::PropertyPanel", text)
const char kRequiredControls[] = "Choices Taxonomy Rating Number TextArea DateTime Ranker";
const char kPerRegion[] = "Choices Taxonomy Rating Number TextArea DateTime";

// clang-format off
const Row kRows[] = {
    { "@control @object", "name", K::Name, CAPTION("&Name:"), "", "", 0, 0, true },
    { "@control", "toName", K::ToName, CAPTION("&To name:") },
    { "@object Header", "value", K::DataValue, CAPTION("&Value:"), "", "", 0, 0, true },
    { "@labels Choices TextArea", "value", K::DataValue, CAPTION("&Value:") },
    { "@label", "value", K::Text, CAPTION("&Value:"), "", "", 0, 0, true },
    { "@label", "alias", K::Text, CAPTION("&Alias:") },
    { "Label Relation", "background", K::Colour, CAPTION("&Background:") },
    { "Label", "selectedColor", K::Colour, CAPTION("Selected &text colour:") },
    { "Label Choice Rating Number", "hotkey", K::Text, CAPTION("&Hotkey:") },
    { "Label Choice", "selected", K::Bool, CAPTION("&Selected by default"), "false" },
    { "Label Choice", "hint", K::Text, CAPTION("H&int:") },
    { "Label", "showAlias", K::Bool, CAPTION("Show a&lias"), "false" },
    { "Label Taxonomy @labels", "maxUsages", K::Int, CAPTION("Maximum &uses:"), "", "", 1, 100000 },
    { "Choices", "choice", K::Choice, CAPTION("&Choice:"), "single", "single|single-radio|multiple" },
    { "@labels Relations", "choice", K::Choice, CAPTION("&Choice:"), "single", "single|multiple" },
    { "Choices", "showInline", K::Bool, CAPTION("Show &inline"), "false" },
    { "@labels", "showInline", K::Bool, CAPTION("Show &inline"), "true" },
    { "@labels", "opacity", K::Number, CAPTION("O&pacity:") },
    { "@labels", "fillColor", K::Colour, CAPTION("F&ill colour:") },
    { "@labels", "strokeColor", K::Colour, CAPTION("St&roke colour:") },
    { "@labels", "strokeWidth", K::Int, CAPTION("Stroke &width:"), "1", "", 0, 100 },
    { "Rating", "maxRating", K::Int, CAPTION("Ma&ximum rating:"), "5", "", 1, 100 },
    { "Rating", "icon", K::Choice, CAPTION("I&con:"), "star", "star|heart|fire|smile|thumbs" },
    { "Rating", "size", K::Choice, CAPTION("Si&ze:"), "medium", "small|medium|large" },
    { "Number", "min", K::Number, CAPTION("Mi&nimum:") },
    { "Number", "max", K::Number, CAPTION("Ma&ximum:") },
    { "Number", "step", K::Number, CAPTION("St&ep:"), "1" },
    { "Number", "defaultValue", K::Number, CAPTION("&Default value:") },
    { "Number", "slider", K::Bool, CAPTION("Show as s&lider"), "false" },
    { "TextArea Taxonomy", "placeholder", K::Text, CAPTION("&Placeholder:") },
    { "TextArea", "rows", K::Int, CAPTION("&Rows:"), "", "", 1, 1000 },
    { "TextArea", "maxSubmissions", K::Int, CAPTION("Maximum &submissions:"), "", "", 1, 100000 },
    { "TextArea", "editable", K::Bool, CAPTION("&Editable"), "false" },
    { "TextArea", "transcription", K::Bool, CAPTION("&Transcription"), "false" },
    { "TextArea", "skipDuplicates", K::Bool, CAPTION("Skip &duplicates"), "false" },
    { "Taxonomy", "leafsOnly", K::Bool, CAPTION("&Leaves only"), "false" },
    { "Taxonomy", "showFullPath", K::Bool, CAPTION("Show full &path"), "false" },
    { "Taxonomy", "pathSeparator", K::Text, CAPTION("Path &separator:") },
    { "Taxonomy", "apiUrl", K::Text, CAPTION("&API URL:") },
    { kRequiredControls, "required", K::Bool, CAPTION("Re&quired"), "false" },
    { kRequiredControls, "requiredMessage", K::Text, CAPTION("Required &message:") },
    { kPerRegion, "perRegion", K::Bool, CAPTION("Per re&gion"), "false" },
    { "@control View", "visibleWhen", K::Choice, CAPTION("&Visible when:"), "",
      "|region-selected|no-region-selected|choice-selected|choice-unselected" },
    { "Image", "zoom", K::Bool, CAPTION("&Zoom with the mouse wheel"), "false" },
    { "Image", "zoomControl", K::Bool, CAPTION("Zoom &controls"), "false" },
    { "Image", "rotateControl", K::Bool, CAPTION("&Rotate control"), "false" },
    { "Image", "brightnessControl", K::Bool, CAPTION("&Brightness control"), "false" },
    { "Image", "contrastControl", K::Bool, CAPTION("Con&trast control"), "false" },
    { "Image", "width", K::Text, CAPTION("&Width:") },
    { "Image", "maxWidth", K::Text, CAPTION("Ma&ximum width:") },
    { "Text HyperText", "granularity", K::Choice, CAPTION("&Granularity:"), "symbol",
      "symbol|word|sentence|paragraph" },
    { "Text HyperText", "valueType", K::Choice, CAPTION("Value &type:"), "text", "text|url" },
    { "HyperText", "inline", K::Bool, CAPTION("&Inline"), "false" },
    { "Paragraphs", "layout", K::Choice, CAPTION("&Layout:"), "none", "none|dialogue" },
    { "Paragraphs", "nameKey", K::Text, CAPTION("&Name key:") },
    { "Paragraphs", "textKey", K::Text, CAPTION("&Text key:") },
    { "Video", "frameRate", K::Number, CAPTION("&Frame rate:") },
    { "Video Audio Paragraphs", "sync", K::Text, CAPTION("S&ync with:") },
    { "DateTime", "only", K::Text, CAPTION("&Only:") },
    { "DateTime", "format", K::Text, CAPTION("&Format:") },
    { "Header", "underline", K::Bool, CAPTION("&Underline"), "false" },
    { "View", "style", K::Text, CAPTION("&Style:") },
};
// clang-format on
#undef CAPTION

bool matches(const char *selectors, const QString &tag)
{
    const QString lower = tag.toLower();
    const QStringList list = QString::fromLatin1(selectors).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &s : list) {
        if (s == QLatin1String("@control")      ? tags::isControlTag(tag)
                : s == QLatin1String("@object") ? tags::isObjectTag(tag)
                : s == QLatin1String("@label")  ? tags::isLabelTag(tag)
                : s == QLatin1String("@labels")
                ? tags::isControlTag(tag) && lower.endsWith(QLatin1String("labels"))
                : s.toLower() == lower)
            return true;
    }
    return false;
}

// The line-edit rule of every editor: a field the user is typing in keeps its text.
void showText(QLineEdit *edit, const QString &text)
{
    if (edit->hasFocus() && edit->isModified())
        return;
    if (edit->text() != text)
        edit->setText(text);
    edit->setModified(false);
}

// A field with a note line under it (a duplicate name, an unknown object).
QWidget *withNote(QWidget *control, QLabel **note, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    control->setParent(box);
    layout->addWidget(control);
    *note = new QLabel(box);
    (*note)->setTextFormat(Qt::PlainText);
    (*note)->setWordWrap(true);
    (*note)->setForegroundRole(QPalette::PlaceholderText);
    (*note)->hide();
    layout->addWidget(*note);
    return box;
}

void setNote(QLabel *note, const QString &text)
{
    note->setText(text);
    note->setVisible(!text.isEmpty());
}

class LineEditor : public AttributeEditor
{
public:
    LineEditor(const AttributeSpec &spec, QWidget *parent)
        : AttributeEditor(spec, parent)
        , m_edit(new QLineEdit(parent))
    {
        m_edit->setObjectName(spec.name);
        m_field = m_edit;
        if (spec.kind == K::Name) {
            m_field = withNote(m_edit, &m_note, parent);
            connect(m_edit, &QLineEdit::textEdited, this, [this] { updateNote(); });
        } else if (spec.kind == K::Number) {
            static const QRegularExpression number(
                QStringLiteral("^(-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?)?$"));
            m_edit->setValidator(new QRegularExpressionValidator(number, m_edit));
            m_edit->setPlaceholderText(
                spec.defaultValue.isEmpty() ? tr("Not set") : tr("Default: %1").arg(spec.defaultValue));
        }
        connect(m_edit, &QLineEdit::editingFinished, this, [this] {
            m_edit->setModified(false);
            Q_EMIT committed(m_edit->text().trimmed());
        });
    }
    QWidget *field() const override { return m_field; }
    QWidget *buddy() const override { return m_edit; }
    void showValue(const QString &value, bool) override
    {
        showText(m_edit, value);
        updateNote();
    }
    bool canShow(const QString &value) const override
    {
        int pos = 0;
        QString copy = value;
        return !m_edit->validator() || m_edit->validator()->validate(copy, pos) == QValidator::Acceptable;
    }
    void setNames(const QStringList &names) override
    {
        m_names = names;
        updateNote();
    }

private:
    void updateNote()
    {
        if (!m_note)
            return;
        const QString name = m_edit->text().trimmed();
        setNote(m_note,
            !name.isEmpty() && m_names.contains(name)
                ? tr("Another element is also named “%1”: names must be unique.").arg(name)
                : QString());
    }

    QLineEdit *m_edit;
    QWidget *m_field;
    QLabel *m_note = nullptr;
    QStringList m_names; // the other elements' names
};

class DataValueEditor : public AttributeEditor
{
public:
    DataValueEditor(const AttributeSpec &spec, QWidget *parent)
        : AttributeEditor(spec, parent)
        , m_box(new QWidget(parent))
        , m_dollar(new QLabel(QStringLiteral("$"), m_box))
        , m_edit(new QLineEdit(m_box))
        , m_variable(new QCheckBox(tr("From task data"), m_box))
    {
        auto *layout = new QHBoxLayout(m_box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_dollar);
        layout->addWidget(m_edit, 1);
        layout->addWidget(m_variable);
        m_edit->setObjectName(spec.name);
        m_variable->setObjectName(spec.name + QStringLiteral("_variable"));
        m_variable->setToolTip(tr("The value names a field of the task data ($field); unchecked, it is "
                                  "literal text."));
        m_variable->setChecked(true);
        connect(m_edit, &QLineEdit::editingFinished, this, [this] {
            m_edit->setModified(false);
            Q_EMIT committed(composed());
        });
        connect(m_variable, &QCheckBox::clicked, this, [this] {
            m_dollar->setVisible(m_variable->isChecked());
            Q_EMIT committed(composed());
        });
    }
    QWidget *field() const override { return m_box; }
    QWidget *buddy() const override { return m_edit; }
    void showValue(const QString &value, bool present) override
    {
        if (m_edit->hasFocus() && m_edit->isModified())
            return;
        // A literal stays literal; an absent value is offered as a data field, the usual case.
        const bool variable = !present || value.isEmpty() || value.startsWith(QLatin1Char('$'));
        m_variable->setChecked(variable);
        m_dollar->setVisible(variable);
        showText(m_edit, variable && value.startsWith(QLatin1Char('$')) ? value.mid(1) : value);
    }

private:
    QString composed() const
    {
        const QString text = m_edit->text().trimmed();
        if (!m_variable->isChecked() || text.isEmpty() || text.startsWith(QLatin1Char('$')))
            return text;
        return QLatin1Char('$') + text;
    }

    QWidget *m_box;
    QLabel *m_dollar;
    QLineEdit *m_edit;
    QCheckBox *m_variable;
};

class BoolEditor : public AttributeEditor
{
public:
    BoolEditor(const AttributeSpec &spec, QWidget *parent)
        : AttributeEditor(spec, parent)
        , m_check(new QCheckBox(spec.caption, parent))
    {
        m_check->setObjectName(spec.name);
        connect(m_check, &QCheckBox::clicked, this,
            [this](bool on) { Q_EMIT committed(on ? QStringLiteral("true") : QStringLiteral("false")); });
    }
    QWidget *field() const override { return m_check; }
    void showValue(const QString &value, bool present) override
    {
        m_check->setChecked((present ? value : m_spec.defaultValue) == QLatin1String("true"));
    }
    bool canShow(const QString &value) const override
    {
        return value == QLatin1String("true") || value == QLatin1String("false");
    }

private:
    QCheckBox *m_check;
};

class IntEditor : public AttributeEditor
{
public:
    IntEditor(const AttributeSpec &spec, QWidget *parent)
        : AttributeEditor(spec, parent)
        , m_spin(new QSpinBox(parent))
    {
        m_spin->setObjectName(spec.name);
        // Typed values apply on Return / leaving the field, arrows at once: one edit per settled value.
        m_spin->setKeyboardTracking(false);
        // Without a default, one step below the minimum stands for "not set".
        m_spin->setRange(hasDefault() ? spec.minimum : spec.minimum - 1, spec.maximum);
        if (!hasDefault())
            m_spin->setSpecialValueText(tr("Not set"));
        connect(m_spin, &QSpinBox::valueChanged, this, [this](int v) {
            if (m_updating)
                return;
            Q_EMIT committed(!hasDefault() && v == m_spin->minimum() ? QString() : QString::number(v));
        });
    }
    QWidget *field() const override { return m_spin; }
    void showValue(const QString &value, bool present) override
    {
        const bool unset = m_spin->value() == m_spin->minimum() && !hasDefault();
        const bool typing
            = m_spin->hasFocus() && !unset && m_spin->cleanText() != QString::number(m_spin->value());
        if (typing)
            return;
        m_updating = true;
        m_spin->setValue(present ? value.toInt()
                : hasDefault()   ? m_spec.defaultValue.toInt()
                                 : m_spin->minimum());
        m_updating = false;
    }
    bool canShow(const QString &value) const override
    {
        bool ok = false;
        const int v = value.toInt(&ok);
        return ok && v >= m_spec.minimum && v <= m_spec.maximum;
    }

private:
    bool hasDefault() const { return !m_spec.defaultValue.isEmpty(); }
    QSpinBox *m_spin;
    bool m_updating = false;
};

// A combo of values: the fixed options of a Choice attribute, or the objects a control may point to.
class ComboEditor : public AttributeEditor
{
public:
    ComboEditor(const AttributeSpec &spec, QWidget *parent)
        : AttributeEditor(spec, parent)
        , m_combo(new QComboBox(parent))
    {
        m_combo->setObjectName(spec.name);
        m_field = m_combo;
        if (spec.kind == K::ToName)
            m_field = withNote(m_combo, &m_note, parent);
        else
            setItems(spec.options);
        connect(m_combo, &QComboBox::activated, this,
            [this](int index) { Q_EMIT committed(m_combo->itemData(index).toString()); });
    }
    QWidget *field() const override { return m_field; }
    QWidget *buddy() const override { return m_combo; }
    void showValue(const QString &value, bool present) override
    {
        const QString wanted = present ? value : m_spec.defaultValue;
        int index = m_combo->findData(wanted);
        if (index < 0 && m_spec.kind == K::ToName) {
            // Not one of the objects (a typo, or a list "a,b"): shown as it is, so it can be replaced.
            if (m_extra < 0) {
                m_combo->addItem(QString(), QString());
                m_extra = m_combo->count() - 1;
            }
            m_combo->setItemText(m_extra, wanted);
            m_combo->setItemData(m_extra, wanted);
            index = m_extra;
        }
        m_combo->setCurrentIndex(index);
        if (m_note)
            setNote(m_note,
                !present               ? tr("Not set: choose the object this control labels.")
                    : index == m_extra ? tr("“%1” is not an object of this config.").arg(wanted)
                                       : QString());
    }
    bool canShow(const QString &value) const override
    {
        return m_spec.kind == K::ToName || m_combo->findData(value) >= 0;
    }
    void setNames(const QStringList &names) override
    {
        if (m_spec.kind == K::ToName && names != m_names) {
            m_names = names;
            m_extra = -1;
            setItems(names);
        }
    }

private:
    void setItems(const QStringList &values)
    {
        m_combo->clear();
        for (const QString &v : values) {
            QString text = v.isEmpty() ? tr("Not set") : v;
            if (!v.isEmpty() && v == m_spec.defaultValue)
                text = tr("%1 (default)").arg(v);
            m_combo->addItem(text, v);
        }
    }

    QComboBox *m_combo;
    QWidget *m_field;
    QLabel *m_note = nullptr;
    QStringList m_names;
    int m_extra = -1; // the item showing a value that is not among the names
};

class ColourEditor : public AttributeEditor
{
public:
    ColourEditor(const AttributeSpec &spec, QWidget *parent)
        : AttributeEditor(spec, parent)
        , m_row(new QWidget(parent))
        , m_edit(new QLineEdit(m_row))
        , m_button(new QToolButton(m_row))
    {
        auto *row = new QHBoxLayout(m_row);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_edit, 1);
        row->addWidget(m_button);
        m_field = withNote(m_row, &m_note, parent);
        m_edit->setObjectName(spec.name);
        m_edit->setPlaceholderText(tr("Name or #hex, e.g. #36B37E"));
        m_button->setObjectName(spec.name + QStringLiteral("_choose"));
        m_button->setToolTip(tr("Choose a colour…"));
        m_button->setAccessibleName(tr("Choose %1").arg(spec.name));
        m_button->setFocusPolicy(Qt::StrongFocus);
        connect(m_edit, &QLineEdit::editingFinished, this, [this] {
            m_edit->setModified(false);
            updateSwatch();
            Q_EMIT committed(m_edit->text().trimmed());
        });
        connect(m_button, &QToolButton::clicked, this, [this] {
            const QColor initial(m_edit->text().trimmed());
            const QColor chosen = QColorDialog::getColor(
                initial.isValid() ? initial : QColor(Qt::white), m_button, tr("Choose %1").arg(m_spec.name));
            if (!chosen.isValid())
                return;
            m_edit->setText(chosen.name(QColor::HexRgb).toUpper());
            updateSwatch();
            Q_EMIT committed(m_edit->text());
        });
        updateSwatch();
    }
    QWidget *field() const override { return m_field; }
    QWidget *buddy() const override { return m_edit; }
    void showValue(const QString &value, bool) override
    {
        showText(m_edit, value);
        updateSwatch();
    }

private:
    void updateSwatch()
    {
        const QString text = m_edit->text().trimmed();
        paintColourSwatch(m_button, text);
        // Label Studio takes any CSS colour; Qt knows names and hex only, so this is a hint, not a refusal.
        setNote(m_note,
            !text.isEmpty() && !QColor::isValidColorName(text)
                ? tr("Not a colour name or #hex value this editor knows.")
                : QString());
    }

    QWidget *m_row;
    QLineEdit *m_edit;
    QToolButton *m_button;
    QWidget *m_field;
    QLabel *m_note = nullptr;
};

} // namespace

QList<AttributeSpec> knownAttributes(const QString &tag)
{
    QList<AttributeSpec> out;
    for (const Row &r : kRows) {
        if (!matches(r.tags, tag))
            continue;
        AttributeSpec s;
        s.name = QString::fromLatin1(r.name);
        s.kind = r.kind;
        s.caption = tr(r.caption);
        s.defaultValue = QString::fromLatin1(r.defaultValue);
        if (*r.options)
            s.options = QString::fromLatin1(r.options).split(QLatin1Char('|'));
        s.minimum = r.minimum;
        s.maximum = r.maximum;
        s.required = r.required;
        out.append(s);
    }
    return out;
}

AttributeEditor::AttributeEditor(const AttributeSpec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
{ }

AttributeEditor *AttributeEditor::create(const AttributeSpec &spec, QWidget *parent)
{
    switch (spec.kind) {
    case K::Name:
    case K::Text:
    case K::Number:
        return new LineEditor(spec, parent);
    case K::DataValue:
        return new DataValueEditor(spec, parent);
    case K::Bool:
        return new BoolEditor(spec, parent);
    case K::Int:
        return new IntEditor(spec, parent);
    case K::ToName:
    case K::Choice:
        return new ComboEditor(spec, parent);
    case K::Colour:
        return new ColourEditor(spec, parent);
    }
    return new LineEditor(spec, parent);
}

bool AttributeEditor::canShow(const QString &) const
{
    return true;
}

void AttributeEditor::setNames(const QStringList &)
{ }

void AttributeEditor::setReadOnly(bool readOnly)
{
    field()->setEnabled(!readOnly);
}

void paintColourSwatch(QToolButton *button, const QString &colourText)
{
    const QColor colour(colourText);
    const int side = button->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, button);
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    // The outline in the palette's text colour keeps a white or black swatch visible in either theme.
    painter.setPen(button->palette().color(QPalette::WindowText));
    painter.setBrush(colour.isValid() ? QBrush(colour) : QBrush(Qt::NoBrush));
    painter.drawRect(QRect(0, 0, side - 1, side - 1));
    if (!colour.isValid())
        painter.drawLine(0, side - 1, side - 1, 0);
    painter.end();
    button->setIcon(QIcon(pixmap));
}

} // namespace lsdesk
