#include "api/enterprisesettings.h"

#include <QCoreApplication>

namespace lsdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EnterpriseSettings", text);
}

using T = EnterpriseSetting::Type;
using G = EnterpriseSetting::Group;

EnterpriseSetting make(const char *key, T type, G group, const QString &label, const QString &tip = {},
    QList<QPair<QString, QString>> choices = {}, double minimum = 0, double maximum = 1000000,
    int decimals = 2)
{
    EnterpriseSetting s;
    s.key = QLatin1String(key);
    s.type = type;
    s.group = group;
    s.label = label;
    s.tip = tip;
    s.choices = std::move(choices);
    s.minimum = minimum;
    s.maximum = maximum;
    s.decimals = decimals;
    return s;
}

QJsonValue lookup(const QJsonObject &project, const EnterpriseSetting &s)
{
    const QString parent = s.parentKey();
    if (parent.isEmpty())
        return project.value(s.key);
    const QJsonValue p = project.value(parent);
    return p.isObject() ? p.toObject().value(s.leafKey()) : QJsonValue(QJsonValue::Undefined);
}

// The same setting? Decimals come as strings ("0.50") or numbers: compare them as numbers.
bool same(const EnterpriseSetting &s, const QJsonValue &a, const QJsonValue &b)
{
    if (s.type == T::Decimal && !a.isNull() && !b.isNull()) {
        bool okA = true;
        bool okB = true;
        const double x = a.isString() ? a.toString().toDouble(&okA) : a.toDouble();
        const double y = b.isString() ? b.toString().toDouble(&okB) : b.toDouble();
        if (okA && okB)
            return qFuzzyCompare(1.0 + x, 1.0 + y);
    }
    return a == b;
}

// A decimal in the form the server used for it.
QJsonValue asServerSent(const EnterpriseSetting &s, const QJsonValue &v, const QJsonValue &original)
{
    if (s.type != T::Decimal || v.isNull() || v.isString() == original.isString())
        return v;
    if (original.isString())
        return QString::number(v.toDouble(), 'f', s.decimals);
    return v.toString().toDouble();
}
} // namespace

QString EnterpriseSetting::parentKey() const
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : key.left(dot);
}

QString EnterpriseSetting::leafKey() const
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    return dot < 0 ? key : key.mid(dot + 1);
}

const QList<EnterpriseSetting> &EnterpriseSettings::catalogue()
{
    static const QList<EnterpriseSetting> all = [] {
        const QList<QPair<QString, QString>> rejectActions { { QStringLiteral("remove"), tr("Remove") },
            { QStringLiteral("requeue"), tr("Requeue to the annotator") },
            { QStringLiteral("redistribute"), tr("Redistribute to others") } };
        return QList<EnterpriseSetting> {
            // Quality
            make("agreement_methodology", T::Choice, G::Quality, tr("Agreement &methodology:"),
                tr("How agreement between annotators is computed"),
                { { QStringLiteral("consensus"), tr("Consensus") },
                    { QStringLiteral("pairwise"), tr("Pairwise averaging") } }),
            make("agreement_threshold", T::Decimal, G::Quality, tr("Agreement &threshold:"),
                tr("Tasks below this agreement get additional annotators"), {}, 0, 100),
            make("max_additional_annotators_assignable", T::Int, G::Quality,
                tr("Ma&x additional annotators:"),
                tr("How many more annotators a task below the threshold may get"), {}, 0, 10000),
            make("annotator_evaluation_enabled", T::Bool, G::Quality, tr("&Evaluate annotators"),
                tr("Evaluate annotators against ground truth")),
            make("annotator_evaluation_metric", T::Choice, G::Quality, tr("Evaluation me&tric:"), {},
                { { QStringLiteral("gt_agreement"), tr("Agreement with ground truth") },
                    { QStringLiteral("acceptance_score"), tr("Acceptance score") },
                    { QStringLiteral("rejection_rate"), tr("Rejection rate") } }),
            make("annotator_evaluation_minimum_score", T::Decimal, G::Quality, tr("Minimum &score:"),
                tr("Score required to pass evaluation"), {}, 0, 100),
            make("annotator_evaluation_minimum_tasks", T::Int, G::Quality, tr("Minimum tas&ks:"),
                tr("Tasks an annotator must complete before being evaluated"), {}, 0, 1000000),
            make("annotator_evaluation_onboarding_tasks", T::Int, G::Quality, tr("&Onboarding tasks:"),
                tr("Ground truth tasks shown first for evaluation"), {}, 0, 1000000),
            make("annotator_evaluation_continuous_tasks", T::Int, G::Quality, tr("&Continuous tasks:"),
                tr("Ground truth tasks mixed into the queue for ongoing evaluation"), {}, 0, 1000000),
            make("pause_on_failed_annotator_evaluation", T::Bool, G::Quality,
                tr("&Pause annotators who fail evaluation")),
            make("annotation_limit_count", T::Int, G::Quality, tr("Task limit (&count):"),
                tr("Most tasks one annotator may annotate"), {}, 0, 10000000),
            make("annotation_limit_percent", T::Decimal, G::Quality, tr("Task limit (&percent):"),
                tr("Most tasks one annotator may annotate, in percent of the project"), {}, 0, 100),
            make("strict_task_overlap", T::Bool, G::Quality, tr("Stric&t task overlap"),
                tr("Never give a task to more annotators than the overlap asks for")),
            make("require_comment_on_skip", T::Bool, G::Quality, tr("Require a comment on s&kip")),
            make("show_unused_data_columns_to_annotators", T::Bool, G::Quality,
                tr("Show &unused data columns to annotators")),
            make("custom_task_lock_ttl", T::Int, G::Quality, tr("Task &reservation (seconds):"),
                tr("How long a task stays reserved for the annotator who opened it"), {}, 1, 86400 * 7),
            // Review
            make("review_settings.review_criteria", T::Choice, G::Review, tr("A task is &reviewed when:"), {},
                { { QStringLiteral("one"), tr("at least one annotation is reviewed") },
                    { QStringLiteral("all"), tr("all annotations are reviewed") } }),
            make("review_settings.sampling", T::Choice, G::Review, tr("Review &order:"), {},
                { { QStringLiteral("task_id"), tr("By task id") }, { QStringLiteral("random"), tr("Random") },
                    { QStringLiteral("by_annotator"), tr("By annotator") } }),
            make("review_settings.default_reject_action", T::Choice, G::Review, tr("&Default reject action:"),
                tr("What one click on Reject does"), rejectActions),
            make("review_settings.requeue_rejected_tasks_to_annotator", T::Bool, G::Review,
                tr("Re&queue rejected tasks to the annotator")),
            make("review_settings.require_comment_on_reject", T::Bool, G::Review,
                tr("Reviewers must &comment when they reject")),
            make(
                "review_settings.only_finished_tasks", T::Bool, G::Review, tr("Review only &finished tasks")),
            make("review_settings.review_only_manual_assignments", T::Bool, G::Review,
                tr("Review only &manually assigned tasks")),
            make("review_settings.anonymize_annotations", T::Bool, G::Review,
                tr("&Hide annotator names from reviewers")),
            make("review_settings.show_agreement_to_reviewers", T::Bool, G::Review,
                tr("Show &agreement to reviewers")),
            make("review_settings.show_data_manager_to_reviewers", T::Bool, G::Review,
                tr("Show the Data &Manager to reviewers")),
            make("review_settings.show_unused_data_columns_to_reviewers", T::Bool, G::Review,
                tr("Show unused data columns to re&viewers")),
            make("review_settings.show_instruction", T::Bool, G::Review,
                tr("Show the &instructions before reviewing")),
            make("review_settings.review_task_limit_percent", T::Decimal, G::Review, tr("Review &limit (%):"),
                tr("Percent of the tasks to review"), {}, 0, 100),
            make("review_settings.annotator_batch_percent", T::Decimal, G::Review,
                tr("Annotator &batch (%):"),
                tr("Percent of an annotator's work to review before moving to another annotator"), {}, 0,
                100),
            // Assignment
            make("assignment_settings.label_stream_task_distribution", T::Choice, G::Assignment,
                tr("Task &distribution:"), tr("How the labeling stream hands out tasks"),
                { { QStringLiteral("auto_distribution"), tr("Automatic: to every annotator") },
                    { QStringLiteral("assigned_only"),
                        tr("Manual: only tasks assigned to the annotator") } }),
        };
    }();
    return all;
}

const EnterpriseSetting *EnterpriseSettings::find(const QString &key)
{
    for (const EnterpriseSetting &s : catalogue()) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

EnterpriseSettings EnterpriseSettings::fromJson(const QJsonObject &project)
{
    EnterpriseSettings e;
    for (const EnterpriseSetting &s : catalogue()) {
        const QJsonValue v = lookup(project, s);
        if (!v.isUndefined())
            e.values.insert(s.key, v);
    }
    e.raw = project;
    return e;
}

void EnterpriseSettings::setValue(const QString &key, const QJsonValue &v)
{
    if (values.contains(key))
        values.insert(key, v);
}

QJsonObject EnterpriseSettings::changedFields(const EnterpriseSettings &original) const
{
    QJsonObject body;
    for (const EnterpriseSetting &s : catalogue()) {
        if (!original.has(s.key) || !has(s.key))
            continue;
        const QJsonValue before = original.value(s.key);
        const QJsonValue now = value(s.key);
        if (same(s, now, before))
            continue;
        const QJsonValue sent = asServerSent(s, now, before);
        const QString parent = s.parentKey();
        if (parent.isEmpty()) {
            body.insert(s.key, sent);
            continue;
        }
        // The nested object as the server had it (its row identity aside), with this sub-key replaced.
        QJsonObject nested
            = body.contains(parent) ? body.value(parent).toObject() : original.raw.value(parent).toObject();
        nested.remove(QStringLiteral("id"));
        nested.remove(QStringLiteral("project"));
        nested.insert(s.leafKey(), sent);
        body.insert(parent, nested);
    }
    return body;
}

} // namespace lsdesk
