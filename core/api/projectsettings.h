#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lsdesk {

// The settings of a project that a Label Studio Community server (1.23) lets its owner edit, typed, with
// the server's JSON names (projects/models.py, projects/serializers.py). `raw` keeps the whole project
// JSON as read: the client never sends it back - changedFields() builds a PATCH body of only the keys whose
// value changed, so settings this client does not know (label_config, control_weights, Enterprise ones,
// fields of later servers) stay exactly as they are on the server.
struct ProjectSettings
{
    // General
    QString title; // 3..50 characters on the server
    QString description;
    QString color; // "#RRGGBB"; the server refuses anything else
    // Instructions
    QString expertInstruction; // HTML; the server sanitises it (bleach)
    bool showInstruction = false;
    // Annotation
    bool showSkipButton = true;
    bool enableEmptyAnnotation = true;
    bool showAnnotationHistory = false;
    int maximumAnnotations = 1; // a task with this many annotations is finished
    bool showGroundTruthFirst = false;
    bool showOverlapFirst = false;
    int overlapCohortPercentage = 100;
    // Sampling
    QString sampling; // one of samplingChoices()
    QString skipQueue; // one of skipQueueChoices()
    // Machine learning
    QString modelVersion; // a live ML backend's title or a predictions' model_version, or empty
    bool showCollabPredictions = true;
    bool revealPreannotationsInteractively = false;
    bool evaluatePredictionsAutomatically = false;
    int minAnnotationsToStartTraining = 0;

    QJsonObject raw;

    // Missing or null keys take the server's model defaults.
    static ProjectSettings fromJson(const QJsonObject &project);
    // The fields as the server's JSON, every known key.
    QJsonObject toJson() const;
    // Only the keys whose value differs from `original` - the body of a PATCH.
    QJsonObject changedFields(const ProjectSettings &original) const;
    // Every JSON key this struct edits.
    static QStringList knownKeys();

    struct Choice
    {
        QString value; // what the server stores
        QString text; // for people (translated)
    };
    // Project.SAMPLING_CHOICES: the stored values are the long names.
    static QList<Choice> samplingChoices();
    // Project.SkipQueue.
    static QList<Choice> skipQueueChoices();

    bool operator==(const ProjectSettings &o) const { return changedFields(o).isEmpty(); }
    bool operator!=(const ProjectSettings &o) const { return !(*this == o); }
};

} // namespace lsdesk
