#include "configdiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace lsdesk {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("ConfigDiff", s);
}

QString labelColour(const ControlTagInfo &c, const QString &label)
{
    for (const auto &l : c.labelTags) {
        if (l.value == label) {
            for (const auto &a : l.attributes) {
                if (a.first == QLatin1String("background"))
                    return a.second;
            }
            return {};
        }
    }
    return {};
}

// Label changes within one control (present in both configs, possibly renamed).
void compareLabels(const ControlTagInfo &a, const ControlTagInfo &b, QList<ConfigChange> &out)
{
    const QSet<QString> oldSet(a.labels.begin(), a.labels.end());
    const QSet<QString> newSet(b.labels.begin(), b.labels.end());
    QSet<QString> renamedTo;
    for (int i = 0; i < a.labels.size(); ++i) {
        const QString &l = a.labels[i];
        if (newSet.contains(l))
            continue;
        // A label replaced at the same position by one that did not exist before reads as a rename.
        if (i < b.labels.size() && !oldSet.contains(b.labels[i])) {
            out.append({ ConfigChange::Kind::LabelRenamed, b.tag, b.name, {}, l, b.labels[i], {}, {} });
            renamedTo.insert(b.labels[i]);
        } else {
            out.append({ ConfigChange::Kind::LabelRemoved, b.tag, b.name, {}, l, {}, {}, {} });
        }
    }
    for (const QString &l : b.labels) {
        if (!oldSet.contains(l) && !renamedTo.contains(l))
            out.append({ ConfigChange::Kind::LabelAdded, b.tag, b.name, {}, l, {}, {}, {} });
    }
    for (const QString &l : b.labels) {
        if (!oldSet.contains(l))
            continue;
        const QString before = labelColour(a, l);
        const QString after = labelColour(b, l);
        if (before != after)
            out.append({ ConfigChange::Kind::LabelRecoloured, b.tag, b.name, {}, l, {}, before, after });
    }
}

void compareControls(const ControlTagInfo &a, const ControlTagInfo &b, QList<ConfigChange> &out)
{
    if (a.tag != b.tag)
        out.append({ ConfigChange::Kind::ControlTypeChanged, b.tag, b.name, {}, {}, {}, a.tag, b.tag });
    if (a.toName != b.toName)
        out.append({ ConfigChange::Kind::ToNameChanged, b.tag, b.name, {}, {}, {},
            a.toName.join(QLatin1Char(',')), b.toName.join(QLatin1Char(',')) });
    compareLabels(a, b, out);
}

// Python's re.fullmatch of the server's regex-expanded name (Repeater "{{idx}}" -> ".*").
bool fullMatch(QString expression, const QJsonObject &regex, const QString &text)
{
    for (auto it = regex.begin(); it != regex.end(); ++it)
        expression.replace(it.key(), it.value().toString());
    const QRegularExpression re(QRegularExpression::anchoredPattern(expression));
    return re.isValid() ? re.match(text).hasMatch() : expression == text;
}
} // namespace

QString ConfigChange::text() const
{
    switch (kind) {
    case Kind::ControlAdded:
        return tr("%1 \"%2\" added").arg(tag, name);
    case Kind::ControlRemoved:
        return tr("%1 \"%2\" removed").arg(tag, name);
    case Kind::ControlRenamed:
        return tr("%1 \"%2\" renamed to \"%3\"").arg(tag, name, newName);
    case Kind::ControlTypeChanged:
        return tr("\"%1\" changed from %2 to %3").arg(name, before, after);
    case Kind::ToNameChanged:
        return tr("%1 \"%2\" now points to \"%3\" instead of \"%4\"").arg(tag, name, after, before);
    case Kind::ObjectAdded:
        return tr("%1 \"%2\" added").arg(tag, name);
    case Kind::ObjectRemoved:
        return tr("%1 \"%2\" removed").arg(tag, name);
    case Kind::ObjectRenamed:
        return tr("%1 \"%2\" renamed to \"%3\"").arg(tag, name, newName);
    case Kind::ObjectValueChanged:
        return tr("%1 \"%2\" now reads %3 instead of %4").arg(tag, name, after, before);
    case Kind::LabelAdded:
        return tr("label \"%1\" added to \"%2\"").arg(label, name);
    case Kind::LabelRemoved:
        return tr("label \"%1\" removed from \"%2\"").arg(label, name);
    case Kind::LabelRenamed:
        return tr("label \"%1\" of \"%2\" renamed to \"%3\"").arg(label, name, newLabel);
    case Kind::LabelRecoloured:
        return tr("label \"%1\" of \"%2\" recoloured from %3 to %4")
            .arg(label, name, before.isEmpty() ? tr("default") : before,
                after.isEmpty() ? tr("default") : after);
    }
    return {};
}

QList<ConfigChange> ConfigDiff::compare(const LabelInterface &before, const LabelInterface &after)
{
    QList<ConfigChange> out;
    QList<const ControlTagInfo *> removed;
    QList<const ControlTagInfo *> added;
    for (const auto &c : before.controls()) {
        if (const ControlTagInfo *n = after.control(c.name))
            compareControls(c, *n, out);
        else
            removed.append(&c);
    }
    for (const auto &c : after.controls()) {
        if (!before.control(c.name))
            added.append(&c);
    }
    // A control removed and one added with the same tag and target is a rename; among several
    // candidates the one with the most labels in common wins.
    for (const ControlTagInfo *r : std::as_const(removed)) {
        const ControlTagInfo *best = nullptr;
        int bestCommon = -1;
        for (const ControlTagInfo *a : std::as_const(added)) {
            if (a->tag.compare(r->tag, Qt::CaseInsensitive) != 0 || a->toName != r->toName)
                continue;
            const QSet<QString> ra(r->labels.begin(), r->labels.end());
            int common = 0;
            for (const QString &l : a->labels)
                common += ra.contains(l) ? 1 : 0;
            if (common > bestCommon) {
                best = a;
                bestCommon = common;
            }
        }
        if (best) {
            out.append(
                { ConfigChange::Kind::ControlRenamed, best->tag, r->name, best->name, {}, {}, {}, {} });
            compareControls(*r, *best, out);
            added.removeOne(best);
        } else {
            out.append({ ConfigChange::Kind::ControlRemoved, r->tag, r->name, {}, {}, {}, {}, {} });
        }
    }
    for (const ControlTagInfo *a : std::as_const(added))
        out.append({ ConfigChange::Kind::ControlAdded, a->tag, a->name, {}, {}, {}, {}, {} });

    QList<const ObjectTagInfo *> removedObjects;
    QList<const ObjectTagInfo *> addedObjects;
    for (const auto &o : before.objects()) {
        if (const ObjectTagInfo *n = after.object(o.name)) {
            if (n->value != o.value)
                out.append({ ConfigChange::Kind::ObjectValueChanged, n->tag, n->name, {}, {}, {}, o.value,
                    n->value });
        } else {
            removedObjects.append(&o);
        }
    }
    for (const auto &o : after.objects()) {
        if (!before.object(o.name))
            addedObjects.append(&o);
    }
    for (const ObjectTagInfo *r : std::as_const(removedObjects)) {
        auto it = std::find_if(addedObjects.begin(), addedObjects.end(), [r](const ObjectTagInfo *a) {
            return a->tag.compare(r->tag, Qt::CaseInsensitive) == 0 && a->value == r->value;
        });
        if (it != addedObjects.end()) {
            out.append(
                { ConfigChange::Kind::ObjectRenamed, (*it)->tag, r->name, (*it)->name, {}, {}, {}, {} });
            addedObjects.erase(it);
        } else {
            out.append({ ConfigChange::Kind::ObjectRemoved, r->tag, r->name, {}, {}, {}, {}, {} });
        }
    }
    for (const ObjectTagInfo *a : std::as_const(addedObjects))
        out.append({ ConfigChange::Kind::ObjectAdded, a->tag, a->name, {}, {}, {}, {}, {} });
    return out;
}

int ProjectSummary::countOf(const LabelCounts &counts, const QString &control, const QString &label)
{
    for (const auto &c : counts) {
        if (c.first != control)
            continue;
        for (const auto &l : c.second) {
            if (l.first == label)
                return l.second;
        }
    }
    return 0;
}

ProjectSummary ProjectSummary::fromJson(const QJsonObject &obj)
{
    ProjectSummary s;
    const QJsonObject ann = obj.value(QLatin1String("created_annotations")).toObject();
    for (auto it = ann.begin(); it != ann.end(); ++it)
        s.createdAnnotations.append({ it.key(), it.value().toInt() });
    const auto readLabels = [](const QJsonObject &o) {
        QList<QPair<QString, QList<QPair<QString, int>>>> out;
        for (auto it = o.begin(); it != o.end(); ++it) {
            QList<QPair<QString, int>> labels;
            const QJsonObject l = it.value().toObject();
            for (auto jt = l.begin(); jt != l.end(); ++jt)
                labels.append({ jt.key(), jt.value().toInt() });
            out.append({ it.key(), labels });
        }
        return out;
    };
    s.createdLabels = readLabels(obj.value(QLatin1String("created_labels")).toObject());
    s.createdLabelsDrafts = readLabels(obj.value(QLatin1String("created_labels_drafts")).toObject());
    return s;
}

ServerVerdict ConfigDiff::predict(const LabelInterface &config, const ProjectSummary &summary)
{
    ServerVerdict v;
    QString perr;
    const auto parsed = config.parsedLabelConfig(&perr);
    if (!parsed) {
        v.refusedOnSave << perr;
        v.refusedOnValidate << perr;
        return v;
    }
    const QJsonObject &outputs = *parsed;
    if (outputs.isEmpty() || summary.isEmpty())
        return v;

    // The server compares "from|to|type" tuples of existing annotations with the new config's.
    QSet<QString> tuples;
    QStringList types;
    for (auto it = outputs.begin(); it != outputs.end(); ++it) {
        const QJsonObject info = it.value().toObject();
        QStringList to;
        for (const QJsonValue &t : info.value(QLatin1String("to_name")).toArray())
            to << t.toString();
        const QString type = info.value(QLatin1String("type")).toString().toLower();
        tuples.insert(it.key() + QLatin1Char('|') + to.join(QLatin1Char(',')) + QLatin1Char('|') + type);
        types << type;
    }
    const auto controlMatches = [&](const QString &name) {
        for (auto it = outputs.begin(); it != outputs.end(); ++it) {
            if (fullMatch(it.key(), it.value().toObject().value(QLatin1String("regex")).toObject(), name))
                return true;
        }
        return false;
    };
    const auto toNameMatches = [&](const QString &name) {
        for (auto it = outputs.begin(); it != outputs.end(); ++it) {
            const QJsonObject info = it.value().toObject();
            for (const QJsonValue &t : info.value(QLatin1String("to_name")).toArray()) {
                if (fullMatch(t.toString(), info.value(QLatin1String("regex")).toObject(), name))
                    return true;
            }
        }
        return false;
    };
    QStringList incompatible;
    for (const auto &a : summary.createdAnnotations) {
        if (tuples.contains(a.first))
            continue;
        const QStringList parts = a.first.split(QLatin1Char('|'));
        if (parts.size() != 3)
            continue;
        const QString &from = parts[0];
        const QString &to = parts[1];
        const QString &t = parts[2];
        if ((from == to && t.toLower() == QLatin1String("chatmessage"))
            || t.toLower() == QLatin1String("textarea"))
            continue;
        if (!controlMatches(from) || !toNameMatches(to) || !types.contains(t))
            incompatible
                << QStringLiteral("%1 with from_name=%2, to_name=%3, type=%4").arg(a.second).arg(from, to, t);
    }
    if (!incompatible.isEmpty()) {
        const QString msg
            = QStringLiteral(
                  "Created annotations are incompatible with provided labeling schema, we found:\n")
            + incompatible.join(QLatin1Char('\n'));
        v.refusedOnSave << msg;
        v.refusedOnValidate << msg;
        return v;
    }

    // Labels in annotations and drafts, merged as the server does.
    QList<QPair<QString, QList<QPair<QString, int>>>> merged = summary.createdLabels;
    for (const auto &d : summary.createdLabelsDrafts) {
        auto it
            = std::find_if(merged.begin(), merged.end(), [&](const auto &m) { return m.first == d.first; });
        if (it == merged.end()) {
            merged.append(d);
            continue;
        }
        for (const auto &l : d.second) {
            auto jt = std::find_if(
                it->second.begin(), it->second.end(), [&](const auto &x) { return x.first == l.first; });
            if (jt == it->second.end())
                it->second.append(l);
            else
                jt->second += l.second;
        }
    }
    const auto countOf = &ProjectSummary::countOf;
    bool hasVideoRectangle = false;
    bool hasTaxonomy = false;
    for (auto it = outputs.begin(); it != outputs.end(); ++it) {
        const QString type = it.value().toObject().value(QLatin1String("type")).toString();
        hasVideoRectangle |= type == QLatin1String("VideoRectangle");
        hasTaxonomy |= type == QLatin1String("Taxonomy");
    }
    for (const auto &c : std::as_const(merged)) {
        const QString &control = c.first;
        int total = 0;
        for (const auto &l : c.second)
            total += l.second;
        const bool inConfig = outputs.contains(control);
        const bool dynamic
            = inConfig && outputs.value(control).toObject().value(QLatin1String("dynamic_labels")).toBool();
        if (!c.second.isEmpty() && !inConfig && !controlMatches(control)) {
            const QString msg
                = QStringLiteral("There are %1 annotation(s) created with tag \"%2\", you can't remove it")
                      .arg(total)
                      .arg(control);
            v.refusedOnSave << msg;
            v.refusedOnValidate << msg;
            return v;
        }
        // Labels of the control the name maps to (Repeater regexes), plus the server's workarounds.
        QString original = control;
        for (auto it = outputs.begin(); it != outputs.end(); ++it) {
            if (fullMatch(
                    it.key(), it.value().toObject().value(QLatin1String("regex")).toObject(), control)) {
                original = it.key();
                break;
            }
        }
        QSet<QString> known;
        for (const QJsonValue &l :
            outputs.value(original).toObject().value(QLatin1String("labels")).toArray())
            known.insert(l.toString());
        if (hasVideoRectangle) {
            for (auto it = outputs.begin(); it != outputs.end(); ++it) {
                for (const QJsonValue &l : it.value().toObject().value(QLatin1String("labels")).toArray())
                    known.insert(l.toString());
            }
        }
        QString diff;
        for (const auto &l : c.second) {
            if (known.contains(l.first))
                continue;
            QStringList display;
            const int annotations = countOf(summary.createdLabels, control, l.first);
            const int drafts = countOf(summary.createdLabelsDrafts, control, l.first);
            if (annotations)
                display << QStringLiteral("%1 annotation%2")
                               .arg(annotations)
                               .arg(annotations > 1 ? QStringLiteral("s") : QString());
            if (drafts)
                display << QStringLiteral("%1 draft%2")
                               .arg(drafts)
                               .arg(drafts > 1 ? QStringLiteral("s") : QString());
            if (!display.isEmpty())
                diff += QStringLiteral("%1 (%2)\n").arg(l.first, display.join(QLatin1String(", ")));
        }
        if (diff.isEmpty())
            continue;
        if (hasTaxonomy) {
            // The server also accepts labels users added to a Taxonomy, which only it knows.
            v.notes << tr(
                "Labels no longer in the config are still used in \"%1\"; the server accepts them if they "
                "are user-added Taxonomy labels:\n%2")
                           .arg(control, diff.trimmed());
            continue;
        }
        if (!dynamic) {
            v.refusedOnValidate << QStringLiteral("These labels still exist in annotations or "
                                                  "drafts:\n%1Please add labels to tag with name=\"%2\".")
                                       .arg(diff, control);
        }
        v.notes << tr("Saving keeps annotations that use labels no longer in \"%1\":\n%2")
                       .arg(control, diff.trimmed());
    }
    return v;
}

} // namespace lsdesk
