#include "configeditor/impactreport.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace lsdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lsdesk::ImpactReport", text);
}

using Kind = ConfigChange::Kind;
using LabelCounts = ProjectSummary::LabelCounts;

bool isLabelKind(Kind k)
{
    return k == Kind::LabelAdded || k == Kind::LabelRemoved || k == Kind::LabelRenamed
        || k == Kind::LabelRecoloured;
}

// Changes of a control that was there before; ControlAdded is not one of them.
bool isControlKind(Kind k)
{
    return k == Kind::ControlRemoved || k == Kind::ControlRenamed || k == Kind::ControlTypeChanged
        || k == Kind::ToNameChanged;
}

bool isObjectKind(Kind k)
{
    return k == Kind::ObjectRemoved || k == Kind::ObjectRenamed || k == Kind::ObjectValueChanged;
}

int controlTotal(const LabelCounts &counts, const QString &control)
{
    int total = 0;
    for (const auto &c : counts) {
        if (c.first == control) {
            for (const auto &l : c.second)
                total += l.second;
        }
    }
    return total;
}

// createdAnnotations keys are "from|to|type"; `to` may list several objects ("img,txt").
int resultsWhere(const ProjectSummary &s, int part, const QString &name)
{
    int total = 0;
    for (const auto &a : s.createdAnnotations) {
        const QStringList parts = a.first.split(QLatin1Char('|'));
        if (parts.size() != 3)
            continue;
        const bool hit = part == 1 ? parts[1].split(QLatin1Char(',')).contains(name) : parts[part] == name;
        if (hit)
            total += a.second;
    }
    return total;
}

// The name a control had in the baseline: ConfigDiff reports label, type and toName changes of a
// renamed control under its new name, while the summary knows it by the old one.
QString baselineControlName(const ConfigChange &c, const QHash<QString, QString> &renamedFrom)
{
    if (c.kind == Kind::ControlRemoved || c.kind == Kind::ControlRenamed)
        return c.name;
    return renamedFrom.value(c.name, c.name);
}

// The items a server refusal is about, by the names its text mentions (configdiff.cpp writes them).
QList<int> itemsForReason(
    const QString &reason, const QList<ImpactItem> &items, const QHash<QString, QString> &renamedFrom)
{
    QList<int> hits;
    const auto controlItems = [&](const QString &control) {
        for (int i = 0; i < items.size(); ++i) {
            const ConfigChange &c = items[i].change;
            if (isControlKind(c.kind) && baselineControlName(c, renamedFrom) == control && !hits.contains(i))
                hits.append(i);
        }
    };
    const auto objectItems = [&](const QString &object) {
        for (int i = 0; i < items.size(); ++i) {
            const ConfigChange &c = items[i].change;
            if (isObjectKind(c.kind) && c.name == object && !hits.contains(i))
                hits.append(i);
        }
    };

    static const QRegularExpression removedTagRe(
        QStringLiteral("^There are \\d+ annotation\\(s\\) created with tag \"(.*)\", you can't remove it$"));
    if (const auto m = removedTagRe.match(reason); m.hasMatch()) {
        controlItems(m.captured(1));
        return hits;
    }
    if (reason.startsWith(QLatin1String("Created annotations are incompatible"))) {
        static const QRegularExpression lineRe(
            QStringLiteral("^\\d+ with from_name=(.*), to_name=(.*), type=(.*)$"));
        for (const QString &line : reason.split(QLatin1Char('\n'))) {
            const auto m = lineRe.match(line);
            if (!m.hasMatch())
                continue;
            controlItems(m.captured(1));
            for (const QString &object : m.captured(2).split(QLatin1Char(',')))
                objectItems(object);
        }
        return hits;
    }
    static const QRegularExpression labelsRe(
        QStringLiteral("Please add labels to tag with name=\"(.*)\"\\.$"));
    if (reason.startsWith(QLatin1String("These labels still exist"))) {
        const QString control = labelsRe.match(reason).captured(1);
        QStringList labels;
        QStringList lines = reason.split(QLatin1Char('\n'));
        lines.removeFirst(); // the heading
        for (const QString &line : std::as_const(lines)) {
            const qsizetype paren = line.lastIndexOf(QLatin1String(" ("));
            if (paren > 0 && line.endsWith(QLatin1Char(')')))
                labels << line.left(paren);
        }
        for (int i = 0; i < items.size(); ++i) {
            const ConfigChange &c = items[i].change;
            if ((c.kind == Kind::LabelRemoved || c.kind == Kind::LabelRenamed)
                && baselineControlName(c, renamedFrom) == control && labels.contains(c.label))
                hits.append(i);
        }
        if (hits.isEmpty())
            controlItems(control); // a type change that dropped the labels, say
        return hits;
    }
    return hits;
}

QString annotationsText(int n)
{
    return n == 1 ? tr("1 annotation") : tr("%1 annotations").arg(n);
}

QString draftsText(int n)
{
    return n == 1 ? tr("1 draft") : tr("%1 drafts").arg(n);
}
} // namespace

bool ImpactItem::needsConfirmation() const
{
    if (unattributed)
        return false;
    const Kind k = change.kind;
    if (k == Kind::LabelAdded || k == Kind::LabelRecoloured || k == Kind::ControlAdded
        || k == Kind::ObjectAdded)
        return false;
    return annotations + drafts > 0;
}

QString ImpactItem::text() const
{
    if (unattributed)
        return reason;
    const ConfigChange &c = change;
    QString what;
    switch (c.kind) {
    case Kind::ControlAdded:
    case Kind::ObjectAdded:
        what = tr("Adding %1 \"%2\"").arg(c.tag, c.name);
        break;
    case Kind::ControlRemoved:
    case Kind::ObjectRemoved:
        what = tr("Removing %1 \"%2\"").arg(c.tag, c.name);
        break;
    case Kind::ControlRenamed:
    case Kind::ObjectRenamed:
        what = tr("Renaming %1 \"%2\" to \"%3\"").arg(c.tag, c.name, c.newName);
        break;
    case Kind::ControlTypeChanged:
        what = tr("Changing \"%1\" from %2 to %3").arg(c.name, c.before, c.after);
        break;
    case Kind::ToNameChanged:
        what = tr("Pointing %1 \"%2\" at \"%3\" instead of \"%4\"").arg(c.tag, c.name, c.after, c.before);
        break;
    case Kind::ObjectValueChanged:
        what = tr("Making %1 \"%2\" read %3 instead of %4").arg(c.tag, c.name, c.after, c.before);
        break;
    case Kind::LabelAdded:
        what = tr("Adding label \"%1\" to \"%2\"").arg(c.label, c.name);
        break;
    case Kind::LabelRemoved:
        what = tr("Removing label \"%1\" from \"%2\"").arg(c.label, c.name);
        break;
    case Kind::LabelRenamed:
        what = tr("Renaming label \"%1\" of \"%2\" to \"%3\"").arg(c.label, c.name, c.newLabel);
        break;
    case Kind::LabelRecoloured:
        what = tr("Recolouring label \"%1\" of \"%2\"").arg(c.label, c.name);
        break;
    }
    if (c.kind == Kind::ControlAdded || c.kind == Kind::ObjectAdded || c.kind == Kind::LabelAdded)
        return what; // nothing existing can use what is new
    if (annotations > 0 && drafts > 0)
        return tr("%1 affects %2 and %3").arg(what, annotationsText(annotations), draftsText(drafts));
    if (annotations > 0)
        return tr("%1 affects %2").arg(what, annotationsText(annotations));
    if (drafts > 0)
        return tr("%1 affects %2").arg(what, draftsText(drafts));
    return tr("%1 affects no annotations").arg(what);
}

ImpactReport ImpactReport::compute(
    const LabelInterface &baseline, const LabelInterface &current, const ProjectSummary &summary)
{
    ImpactReport r;
    const QList<ConfigChange> changes = ConfigDiff::compare(baseline, current);
    QHash<QString, QString> renamedFrom; // new control name -> baseline name
    for (const ConfigChange &c : changes) {
        if (c.kind == Kind::ControlRenamed)
            renamedFrom.insert(c.newName, c.name);
    }
    for (const ConfigChange &c : changes) {
        ImpactItem item;
        item.change = c;
        if (isLabelKind(c.kind) && c.kind != Kind::LabelAdded) {
            const QString control = baselineControlName(c, renamedFrom);
            item.annotations = ProjectSummary::countOf(summary.createdLabels, control, c.label);
            item.drafts = ProjectSummary::countOf(summary.createdLabelsDrafts, control, c.label);
        } else if (isControlKind(c.kind)) {
            const QString control = baselineControlName(c, renamedFrom);
            item.annotations = resultsWhere(summary, 0, control);
            item.drafts = controlTotal(summary.createdLabelsDrafts, control);
        } else if (isObjectKind(c.kind)) {
            item.annotations = resultsWhere(summary, 1, c.name);
            // Drafts are counted per control: those of the controls that pointed at the object.
            for (const ControlTagInfo &control : baseline.controls()) {
                if (control.toName.contains(c.name))
                    item.drafts += controlTotal(summary.createdLabelsDrafts, control.name);
            }
        }
        r.m_items.append(item);
    }

    r.m_verdict = ConfigDiff::predict(current, summary);
    for (const QString &reason : r.blockingReasons()) {
        const QList<int> hits = itemsForReason(reason, r.m_items, renamedFrom);
        if (hits.isEmpty()) {
            ImpactItem item;
            item.blocksSave = true;
            item.unattributed = true;
            item.reason = reason;
            r.m_items.append(item);
            continue;
        }
        for (int i : hits) {
            ImpactItem &item = r.m_items[i];
            item.blocksSave = true;
            item.reason = item.reason.isEmpty() ? reason : item.reason + QLatin1String("\n\n") + reason;
        }
    }
    return r;
}

QList<ImpactItem> ImpactReport::impactedItems() const
{
    QList<ImpactItem> out;
    for (const ImpactItem &i : m_items) {
        if (i.blocksSave || i.needsConfirmation())
            out.append(i);
    }
    return out;
}

bool ImpactReport::needsConfirmation() const
{
    return std::any_of(
        m_items.begin(), m_items.end(), [](const ImpactItem &i) { return i.needsConfirmation(); });
}

QStringList ImpactReport::blockingReasons() const
{
    QStringList out = m_verdict.refusedOnValidate;
    for (const QString &r : m_verdict.refusedOnSave) {
        if (!out.contains(r))
            out << r;
    }
    return out;
}

} // namespace lsdesk
