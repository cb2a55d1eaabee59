#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;
class QWidget;

namespace lsdesk {

// How a known attribute is edited.
enum class AttributeKind {
    Name, // line edit; warns when another element has the same name
    ToName, // combo of the config's objects
    DataValue, // line edit + "from task data" check: `image` is stored as `$image`
    Text, // line edit
    Bool, // check box ("true"/"false")
    Int, // spin box
    Number, // line edit accepting a decimal number
    Choice, // combo of fixed options
    Colour, // line edit for CSS names / hex, and a button opening QColorDialog
};

// One known attribute of a tag (Label Studio's tag reference), from the table in attributeeditors.cpp.
struct AttributeSpec
{
    QString name;
    AttributeKind kind = AttributeKind::Text;
    QString caption; // translated, with its &mnemonic
    // What Label Studio assumes when the attribute is absent; the user choosing it removes the attribute.
    QString defaultValue;
    QStringList options; // Choice; "" stands for "not set"
    int minimum = 0; // Int
    int maximum = 0;
    bool required = false; // never removed: an empty entry is refused
};

// The known attributes of a tag, in the order the form shows them.
QList<AttributeSpec> knownAttributes(const QString &tag);

// The typed editor of one attribute: a field for a form row, showing the current value and reporting
// what the user settles on. It never touches the document: PropertyPanel turns committed() into one
// ConfigDocument edit.
class AttributeEditor : public QObject
{
    Q_OBJECT
public:
    AttributeEditor(const AttributeSpec &spec, QObject *parent);
    static AttributeEditor *create(const AttributeSpec &spec, QWidget *parent);

    const AttributeSpec &spec() const { return m_spec; }
    // The field (or the row of fields) for the form, and the widget its caption is the buddy of.
    virtual QWidget *field() const = 0;
    virtual QWidget *buddy() const { return field(); }

    // Shows the element's value (`present` false: the attribute is absent). An editor the user is typing
    // in keeps what they typed: a refresh must not undo a half-typed entry or move its cursor.
    virtual void showValue(const QString &value, bool present) = 0;
    // Whether showValue() can show `value` faithfully (a spin box cannot show "abc"). Values it cannot
    // show are edited as raw text under "Other attributes" and the typed editor is disabled.
    virtual bool canShow(const QString &value) const;
    // Extra data some editors need: the object names (ToName) or the names of the other elements (Name).
    virtual void setNames(const QStringList &names);
    virtual void setReadOnly(bool readOnly);

Q_SIGNALS:
    // The user settled on `value` (editingFinished, activation, toggle): "" means remove, as does the
    // default value - the panel decides.
    void committed(const QString &value);

protected:
    AttributeSpec m_spec;
};

// A swatch button for a colour written as text (CSS name or hex).
void paintColourSwatch(QToolButton *button, const QString &colourText);

} // namespace lsdesk
