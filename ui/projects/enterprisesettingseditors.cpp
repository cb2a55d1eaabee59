#include "projects/enterprisesettingseditors.h"

#include "configeditor/xmlhighlighter.h"
#include "net/apierror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lsdesk {

namespace {
using T = EnterpriseSetting::Type;
using G = EnterpriseSetting::Group;

// The catalogue's labels carry no fixed accelerators: 31 settings on three pages beside the dialog's own
// tabs collided. Each page gets letters of its own here, avoiding the dialog's tab and button letters.
QString withMnemonic(QString text, QSet<QChar> *used)
{
    text.remove(QLatin1Char('&'));
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i].isLetter() && (i == 0 || !text[i - 1].isLetter()))
            candidates << i; // word starts first
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i].isLetter() && !candidates.contains(i))
            candidates << i;
    for (qsizetype i : candidates) {
        const QChar c = text[i].toLower();
        if (!used->contains(c)) {
            used->insert(c);
            return text.insert(i, QLatin1Char('&'));
        }
    }
    return text;
}

double numberOf(const QJsonValue &v)
{
    return v.isString() ? v.toString().toDouble() : v.toDouble();
}
} // namespace

EnterpriseSettingsEditors::EnterpriseSettingsEditors(QObject *parent)
    : QObject(parent)
{ }

void EnterpriseSettingsEditors::build(QTabWidget *tabs, const EnterpriseSettings &s)
{
    if (m_built)
        return;
    m_built = true;
    const QList<QPair<G, QString>> groups { { G::Quality, tr("&Quality") }, { G::Review, tr("&Review") },
        { G::Assignment, tr("Assig&nment") } };
    // Letters every page must leave alone: the tabs (the dialog's and these) and the dialog's buttons.
    QSet<QChar> reserved { QLatin1Char('q'), QLatin1Char('r'), QLatin1Char('n'), QLatin1Char('s') };
    for (int i = 0; i < tabs->count(); ++i) {
        const QString t = tabs->tabText(i);
        const qsizetype amp = t.indexOf(QLatin1Char('&'));
        if (amp >= 0 && amp + 1 < t.size())
            reserved.insert(t[amp + 1].toLower());
    }
    for (const auto &[group, title] : groups) {
        QWidget *page = nullptr;
        QFormLayout *form = nullptr;
        QSet<QChar> used = reserved;
        for (const EnterpriseSetting &setting : EnterpriseSettings::catalogue()) {
            if (setting.group != group || !s.has(setting.key))
                continue;
            if (!page) {
                page = new QWidget;
                form = new QFormLayout(page);
            }
            QWidget *editor = nullptr;
            QString label = withMnemonic(setting.label, &used);
            switch (setting.type) {
            case T::Bool: {
                auto *b = new QCheckBox(label, page);
                connect(b, &QCheckBox::toggled, this, &EnterpriseSettingsEditors::changed);
                editor = b;
                label.clear();
                break;
            }
            case T::Int: {
                auto *spin = new QSpinBox(page);
                // One below the minimum stands for null ("not set"), which these fields allow.
                spin->setRange(int(setting.minimum) - 1, int(setting.maximum));
                spin->setSpecialValueText(tr("(not set)"));
                connect(spin, &QSpinBox::valueChanged, this, &EnterpriseSettingsEditors::changed);
                editor = spin;
                break;
            }
            case T::Decimal: {
                auto *spin = new QDoubleSpinBox(page);
                spin->setDecimals(setting.decimals);
                spin->setRange(setting.minimum - 1, setting.maximum);
                spin->setSpecialValueText(tr("(not set)"));
                connect(spin, &QDoubleSpinBox::valueChanged, this, &EnterpriseSettingsEditors::changed);
                editor = spin;
                break;
            }
            case T::Choice: {
                auto *combo = new QComboBox(page);
                for (const auto &[value, text] : setting.choices)
                    combo->addItem(text, value);
                connect(combo, &QComboBox::currentIndexChanged, this, &EnterpriseSettingsEditors::changed);
                editor = combo;
                break;
            }
            }
            editor->setToolTip(setting.tip);
            editor->setObjectName(setting.key);
            auto *error = new QLabel(page);
            error->setWordWrap(true);
            error->setVisible(false);
            QPalette p = error->palette();
            p.setColor(QPalette::WindowText, XmlHighlighter::errorColor(tabs->palette()));
            error->setPalette(p);
            auto *box = new QWidget(page);
            auto *col = new QVBoxLayout(box);
            col->setContentsMargins(0, 0, 0, 0);
            col->setSpacing(2);
            col->addWidget(editor);
            col->addWidget(error);
            if (label.isEmpty()) {
                form->addRow(box);
            } else {
                form->addRow(label, box);
                if (auto *l = qobject_cast<QLabel *>(form->labelForField(box)))
                    l->setBuddy(editor);
            }
            m_editors.insert(setting.key, editor);
            m_errors.insert(setting.key, error);
            m_tabOf.insert(setting.key, tabs->count());
        }
        if (page) {
            // Many settings: the page scrolls rather than growing the dialog past the screen.
            auto *scroll = new QScrollArea;
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setWidget(page);
            tabs->addTab(scroll, title);
        }
    }
    fill(s);
}

void EnterpriseSettingsEditors::fill(const EnterpriseSettings &s)
{
    const QSignalBlocker blocker(this);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QJsonValue v = s.value(it.key());
        if (auto *b = qobject_cast<QCheckBox *>(it.value())) {
            b->setChecked(v.toBool());
        } else if (auto *spin = qobject_cast<QSpinBox *>(it.value())) {
            spin->setValue(v.isNull() ? spin->minimum() : int(numberOf(v)));
        } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(it.value())) {
            dspin->setValue(v.isNull() ? dspin->minimum() : numberOf(v));
        } else if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            // A value the choices lack (a later server's, or null) is added as it is, so that an untouched
            // list reads back the same value.
            const QString value = v.toString();
            int i = v.isNull() ? -1 : combo->findData(value);
            if (i < 0) {
                combo->addItem(
                    v.isNull() ? tr("(not set)") : value, v.isNull() ? QVariant() : QVariant(value));
                i = combo->count() - 1;
            }
            combo->setCurrentIndex(i);
        }
    }
    m_filled.clear();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        m_filled.insert(it.key(), shown(it.value()));
}

QVariant EnterpriseSettingsEditors::shown(const QWidget *editor)
{
    if (auto *b = qobject_cast<const QCheckBox *>(editor))
        return b->isChecked();
    if (auto *spin = qobject_cast<const QSpinBox *>(editor))
        return spin->value();
    if (auto *dspin = qobject_cast<const QDoubleSpinBox *>(editor))
        return dspin->value();
    if (auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentIndex();
    return {};
}

EnterpriseSettings EnterpriseSettingsEditors::edited(const EnterpriseSettings &original) const
{
    EnterpriseSettings e = original;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        // Untouched: the server's value as it was. A spin box clamps and rounds what it shows, so reading
        // it back would send a change nobody made.
        if (m_filled.contains(it.key()) && shown(it.value()) == m_filled.value(it.key()))
            continue;
        QJsonValue v;
        if (auto *b = qobject_cast<QCheckBox *>(it.value()))
            // A null flag shows unchecked; left unchecked it stays null.
            v = !b->isChecked() && original.value(it.key()).isNull() ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(b->isChecked());
        else if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            v = spin->value() == spin->minimum() ? QJsonValue(QJsonValue::Null) : QJsonValue(spin->value());
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(it.value()))
            v = dspin->value() == dspin->minimum() ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(dspin->value());
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            v = combo->currentData().isValid() ? QJsonValue(combo->currentData().toString())
                                               : QJsonValue(QJsonValue::Null);
        e.setValue(it.key(), v);
    }
    return e;
}

QWidget *EnterpriseSettingsEditors::showError(const QString &key, const QJsonValue &messages)
{
    if (QLabel *l = m_errors.value(key)) {
        l->setText(ApiError::fieldMessages(messages));
        l->setVisible(true);
        return m_editors.value(key);
    }
    // A nested object's messages: {"review_settings": {"sampling": ["..."]}}.
    if (!messages.isObject())
        return nullptr;
    QWidget *first = nullptr;
    const QJsonObject nested = messages.toObject();
    for (auto it = nested.begin(); it != nested.end(); ++it) {
        const QString sub = key + QLatin1Char('.') + it.key();
        if (QLabel *l = m_errors.value(sub)) {
            l->setText(ApiError::fieldMessages(it.value()));
            l->setVisible(true);
            if (!first)
                first = m_editors.value(sub);
        }
    }
    return first;
}

void EnterpriseSettingsEditors::clearErrors()
{
    for (QLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->setVisible(false);
    }
}

QString EnterpriseSettingsEditors::fieldError(const QString &key) const
{
    const QLabel *l = m_errors.value(key);
    return l && !l->isHidden() ? l->text() : QString();
}

} // namespace lsdesk
