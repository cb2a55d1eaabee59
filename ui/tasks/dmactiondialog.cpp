#include "dmactiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace lsdesk {

namespace {
bool isCheck(const QString &type)
{
    return type == QLatin1String("checkbox") || type == QLatin1String("toggle");
}

QString defaultText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}
} // namespace

DmActionDialog::DmActionDialog(
    const DmAction &action, const QList<DmActionField> &form, const QString &scope, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
{
    const QString title = action.dialog.title.isEmpty() ? action.title : action.dialog.title;
    setWindowTitle(title);
    setObjectName(QStringLiteral("dmActionDialog"));

    auto *lay = new QVBoxLayout(this);
    if (!action.dialog.text.isEmpty()) {
        // The server's own words: plain text, never rich text from the network.
        auto *text = new QLabel(action.dialog.text, this);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setObjectName(QStringLiteral("dmActionText"));
        lay->addWidget(text);
    }
    auto *scopeLabel = new QLabel(scope, this);
    scopeLabel->setTextFormat(Qt::PlainText);
    scopeLabel->setWordWrap(true);
    scopeLabel->setObjectName(QStringLiteral("dmActionScope"));
    lay->addWidget(scopeLabel);
    if (action.experimental) {
        auto *exp = new QLabel(tr("This action is experimental."), this);
        exp->setWordWrap(true);
        lay->addWidget(exp);
    }

    if (!form.isEmpty()) {
        auto *fields = new QFormLayout;
        for (const DmActionField &f : form) {
            QWidget *w = nullptr;
            const QString label = f.label.isEmpty() ? f.name : f.label;
            if (f.type == QLatin1String("select") || !f.options.isEmpty()) {
                auto *combo = new QComboBox(this);
                // A placeholder ("All") is the choice of sending nothing.
                if (!f.placeholder.isEmpty())
                    combo->addItem(f.placeholder, QString());
                for (const auto &[value, text] : f.options)
                    combo->addItem(text, value);
                const int at = combo->findData(defaultText(f.defaultValue));
                if (!f.defaultValue.isUndefined() && at >= 0)
                    combo->setCurrentIndex(at);
                w = combo;
            } else if (isCheck(f.type)) {
                auto *check = new QCheckBox(this);
                check->setChecked(f.defaultValue.toBool());
                w = check;
            } else {
                auto *edit = new QLineEdit(this);
                edit->setPlaceholderText(f.placeholder);
                if (f.type == QLatin1String("number")) {
                    edit->setValidator(new QRegularExpressionValidator(
                        QRegularExpression(QStringLiteral("-?[0-9]*([.][0-9]*)?")), edit));
                    edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
                }
                if (!f.defaultValue.isUndefined())
                    edit->setText(defaultText(f.defaultValue));
                w = edit;
            }
            w->setObjectName(f.name);
            w->setAccessibleName(label);
            fields->addRow(label + QLatin1Char(':'), w);
            m_editors.append({ f, w });
        }
        lay->addLayout(fields);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(action.title.isEmpty() ? tr("Run") : action.title);
    // Cancel is the default: Enter alone must not run a destructive action.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    ok->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(buttons);
    if (!m_editors.isEmpty())
        m_editors.first().widget->setFocus();
    else
        buttons->button(QDialogButtonBox::Cancel)->setFocus();
}

QJsonObject DmActionDialog::values() const
{
    QJsonObject out;
    for (const Editor &e : m_editors) {
        if (auto *combo = qobject_cast<QComboBox *>(e.widget)) {
            const QString v = combo->currentData().toString();
            if (!v.isEmpty())
                out.insert(e.field.name, v);
        } else if (auto *check = qobject_cast<QCheckBox *>(e.widget)) {
            out.insert(e.field.name, check->isChecked());
        } else if (auto *edit = qobject_cast<QLineEdit *>(e.widget)) {
            const QString text = edit->text().trimmed();
            if (text.isEmpty())
                continue;
            bool number = false;
            const double n = text.toDouble(&number);
            if (e.field.type == QLatin1String("number") && number)
                out.insert(e.field.name, n);
            else
                out.insert(e.field.name, text);
        }
    }
    return out;
}

QWidget *DmActionDialog::editorFor(const QString &name) const
{
    for (const Editor &e : m_editors) {
        if (e.field.name == name)
            return e.widget;
    }
    return nullptr;
}

} // namespace lsdesk
