#pragma once

#include "agreement/agreementoptions.h"
#include "agreement/regions.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QVector>
#include <limits>
#include <memory>

namespace lsdesk::agreement {

constexpr double kNoScore = std::numeric_limits<double>::quiet_NaN();

// Who made an annotation: an annotator (completed_by), the ground truth, or a model version.
struct Participant
{
    enum class Kind { Annotator, GroundTruth, Prediction };
    Kind kind = Kind::Annotator;
    int userId = 0; // Annotator
    QString modelVersion; // Prediction
    // "user:7", "gt", "model:<version>": stable across sources (a live project and its export agree).
    QString key() const;
    // "User #7", "Ground truth", "Model v1"; the UI and the CLI put real names over the user ids.
    QString defaultName() const;
};

// A square matrix over the report's participants, row-major.
struct Matrix
{
    int size = 0;
    // Mean over the tasks both participants annotated of the mean over their cross pairs on the task;
    // kNoScore where they share no task, and on the diagonal (pairs of one participant with itself are
    // left out).
    QVector<double> agreement;
    QVector<int> commonTasks; // tasks both annotated; the diagonal holds the participant's own count
    QVector<double> stddev; // standard deviation of the per-task scores behind each cell (kNoScore: none)

    double at(int i, int j) const { return agreement.value(i * size + j, kNoScore); }
    int common(int i, int j) const { return commonTasks.value(i * size + j); }
    double deviation(int i, int j) const { return stddev.value(i * size + j, kNoScore); }
};

// One task's agreement.
struct TaskAgreement
{
    int taskId = 0;
    double agreement = kNoScore; // kNoScore with fewer than two annotations
    // One entry per counted annotation: the participant (index into AgreementReport::participants) and
    // the annotation (or prediction) id.
    struct Member
    {
        int participant = -1;
        int annotationId = 0;
    };
    QList<Member> members;
    // Every pair of members (indices into `members`), with its score.
    struct Pair
    {
        int a = 0, b = 0;
        double score = kNoScore;
    };
    QList<Pair> pairs;
};

struct AgreementReport
{
    QList<Participant> participants; // annotators by user id, then ground truth, then model versions
    Matrix matrix;
    QMap<QString, Matrix> perLabel; // a cell counts the tasks where either of the two used the label
    QStringList controls; // the control tags compared (from the config, else every from_name seen)
    QList<TaskAgreement> tasks; // every task with at least one counted annotation, in the order added
    double mean = kNoScore; // mean task agreement over tasks with two or more annotations
    double stddev = kNoScore;
    int tasksSeen = 0;
    int annotationsCounted = 0;
    int cancelledSkipped = 0; // cancelled (skipped) annotations left out

    // How many task agreements fall in each of `bins` equal bins over [0, 1] (1.0 in the last).
    QVector<int> histogram(int bins = 10) const;
    // The tasks both participants annotated, for the matrix's click-through.
    QList<int> commonTaskIds(int i, int j) const;
    int participantIndex(const QString &key) const;
    // One annotation or prediction of a task, whatever participant it stands for: a ground-truth
    // annotation is a member twice (its author and "Ground truth"), and annotation and prediction ids
    // come from different tables. For counting distinct items and pairs.
    qint64 itemKey(const TaskAgreement::Member &m) const
    {
        const bool prediction = m.participant >= 0 && m.participant < participants.size()
            && participants.at(m.participant).kind == Participant::Kind::Prediction;
        return (qint64(prediction) << 40) | qint64(quint32(m.annotationId));
    }
};

// Agreement computed locally, following Enterprise's definitions (docs/agreement.md): feed it tasks as
// they stream in (from a live project or an export file), read report() at any time. Memory holds the
// per-task scores only, not the tasks.
class AgreementEngine
{
public:
    explicit AgreementEngine(AgreementOptions options = {});
    ~AgreementEngine();
    AgreementEngine(const AgreementEngine &) = delete;
    AgreementEngine &operator=(const AgreementEngine &) = delete;

    const AgreementOptions &options() const;
    // Optional, before the first task: the project's label config (the metric of each control, perRegion
    // controls, Number ranges, maxRating, and the control set: a control neither annotation used counts
    // as agreement) and its control_weights ({"<control>": {"overall": w, "labels": {"<label>": w}}}).
    // Without a config the control set is every from_name seen in the source.
    void setLabelConfig(const QString &xml);
    void setControlWeights(const QJsonObject &weights);

    // A task as the JSON export or GET /api/tasks?fields=all has it: "id", "data", "annotations" (with
    // "id", "completed_by" (an id or a user object), "result", "was_cancelled", "ground_truth"),
    // "predictions" (with "id", "model_version", "result").
    void addTask(const QJsonObject &task);

    // The same from one task's JSON bytes (an element of a JSON export's array), read straight into
    // regions without building QJsonObjects: about a third of the work of QJsonDocument::fromJson +
    // addTask, with the same report. Unlike addTask, it adds nothing (returns false) when the bytes are not
    // valid JSON or not an object with an "annotations" list (JSON-MIN and CSV exports have none).
    struct JsonTaskInfo
    {
        enum class Status { Added, InvalidJson, NoAnnotationList };
        Status status = Status::Added;
        QString jsonError; // InvalidJson: QJsonParseError::errorString()
        qsizetype jsonErrorOffset = 0; // InvalidJson: the byte within `json`
        int taskId = 0; // "id"
        QList<QJsonObject> users; // the completed_by values that are user objects (for their names)
    };
    bool addTaskJson(QByteArrayView json, JsonTaskInfo *info = nullptr);

    AgreementReport report() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lsdesk::agreement
