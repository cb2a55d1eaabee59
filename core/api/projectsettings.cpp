#include "api/projectsettings.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace lsdesk {

namespace {
// Each known field once: its JSON key and how to read, write and compare it. One table keeps fromJson,
// toJson and changedFields from drifting apart when a field is added.
enum class Type { String, Bool, Int };

struct Field
{
    const char *key;
    Type type;
    QString ProjectSettings::*s = nullptr;
    bool ProjectSettings::*b = nullptr;
    int ProjectSettings::*i = nullptr;
};

const QList<Field> &fields()
{
    using S = ProjectSettings;
    static const QList<Field> all {
        { "title", Type::String, &S::title },
        { "description", Type::String, &S::description },
        { "color", Type::String, &S::color },
        { "expert_instruction", Type::String, &S::expertInstruction },
        { "show_instruction", Type::Bool, nullptr, &S::showInstruction },
        { "show_skip_button", Type::Bool, nullptr, &S::showSkipButton },
        { "enable_empty_annotation", Type::Bool, nullptr, &S::enableEmptyAnnotation },
        { "show_annotation_history", Type::Bool, nullptr, &S::showAnnotationHistory },
        { "maximum_annotations", Type::Int, nullptr, nullptr, &S::maximumAnnotations },
        { "show_ground_truth_first", Type::Bool, nullptr, &S::showGroundTruthFirst },
        { "show_overlap_first", Type::Bool, nullptr, &S::showOverlapFirst },
        { "overlap_cohort_percentage", Type::Int, nullptr, nullptr, &S::overlapCohortPercentage },
        { "sampling", Type::String, &S::sampling },
        { "skip_queue", Type::String, &S::skipQueue },
        { "model_version", Type::String, &S::modelVersion },
        { "show_collab_predictions", Type::Bool, nullptr, &S::showCollabPredictions },
        { "reveal_preannotations_interactively", Type::Bool, nullptr, &S::revealPreannotationsInteractively },
        { "evaluate_predictions_automatically", Type::Bool, nullptr, &S::evaluatePredictionsAutomatically },
        { "min_annotations_to_start_training", Type::Int, nullptr, nullptr,
            &S::minAnnotationsToStartTraining },
    };
    return all;
}

QJsonValue valueOf(const ProjectSettings &s, const Field &f)
{
    switch (f.type) {
    case Type::String:
        return s.*(f.s);
    case Type::Bool:
        return s.*(f.b);
    case Type::Int:
        return s.*(f.i);
    }
    return {};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectSettings", text);
}
} // namespace

ProjectSettings ProjectSettings::fromJson(const QJsonObject &project)
{
    ProjectSettings s; // the defaults are the server's model defaults
    s.color = QStringLiteral("#FFFFFF");
    s.sampling = QStringLiteral("Sequential sampling");
    s.skipQueue = QStringLiteral("REQUEUE_FOR_OTHERS");
    for (const Field &f : fields()) {
        const QJsonValue v = project.value(QLatin1String(f.key));
        if (v.isUndefined())
            continue;
        switch (f.type) {
        case Type::String:
            // null (allowed for every text field) reads as empty: the editors have no "null".
            s.*(f.s) = v.toString();
            break;
        case Type::Bool:
            s.*(f.b) = v.toBool(s.*(f.b));
            break;
        case Type::Int:
            s.*(f.i) = v.toInt(s.*(f.i));
            break;
        }
    }
    s.raw = project;
    return s;
}

QJsonObject ProjectSettings::toJson() const
{
    QJsonObject o;
    for (const Field &f : fields())
        o.insert(QLatin1String(f.key), valueOf(*this, f));
    return o;
}

QJsonObject ProjectSettings::changedFields(const ProjectSettings &original) const
{
    QJsonObject o;
    for (const Field &f : fields()) {
        const QJsonValue mine = valueOf(*this, f);
        if (mine != valueOf(original, f))
            o.insert(QLatin1String(f.key), mine);
    }
    return o;
}

QStringList ProjectSettings::knownKeys()
{
    QStringList keys;
    for (const Field &f : fields())
        keys << QLatin1String(f.key);
    return keys;
}

QList<ProjectSettings::Choice> ProjectSettings::samplingChoices()
{
    return {
        { QStringLiteral("Sequential sampling"), tr("Sequential: in the Data Manager's order") },
        { QStringLiteral("Uniform sampling"), tr("Random: tasks are chosen at random") },
        { QStringLiteral("Uncertainty sampling"),
            tr("Uncertainty: by the model's uncertainty scores (active learning)") },
    };
}

QList<ProjectSettings::Choice> ProjectSettings::skipQueueChoices()
{
    return {
        { QStringLiteral("REQUEUE_FOR_OTHERS"), tr("Requeue for others: another annotator gets the task") },
        { QStringLiteral("REQUEUE_FOR_ME"), tr("Requeue for me: back to the end of my own queue") },
        { QStringLiteral("IGNORE_SKIPPED"), tr("Ignore skipped: a skip completes the task") },
    };
}

} // namespace lsdesk
