#pragma once

#include "labelconfig/labelinterface.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace lsdesk {

// One structural difference between two label configs.
struct ConfigChange
{
    enum class Kind {
        ControlAdded,
        ControlRemoved,
        ControlRenamed,
        ControlTypeChanged,
        ToNameChanged,
        ObjectAdded,
        ObjectRemoved,
        ObjectRenamed,
        ObjectValueChanged,
        LabelAdded,
        LabelRemoved,
        LabelRenamed,
        LabelRecoloured,
    };

    Kind kind;
    QString tag; // the control's or object's tag ("Choices")
    QString name; // control/object name (the old one for renames)
    QString newName; // renames
    QString label; // label changes: the (old) label value
    QString newLabel; // label renames
    QString before; // type, toName, value or colour before ...
    QString after; // ... and after

    QString text() const;
};

// The project summary the server keeps (GET api/projects/{id}/summary/): what annotations and drafts
// already use.
struct ProjectSummary
{
    using LabelCounts = QList<QPair<QString, QList<QPair<QString, int>>>>; // control -> label -> count

    QList<QPair<QString, int>> createdAnnotations; // "from|to|type" -> count
    LabelCounts createdLabels;
    LabelCounts createdLabelsDrafts; // same, for drafts

    // How often `label` of `control` is used in `counts` (createdLabels or createdLabelsDrafts); 0 if never.
    static int countOf(const LabelCounts &counts, const QString &control, const QString &label);

    static ProjectSummary fromJson(const QJsonObject &obj);
    bool isEmpty() const
    {
        return createdAnnotations.isEmpty() && createdLabels.isEmpty() && createdLabelsDrafts.isEmpty();
    }
};

// What the server will say about a new config, predicted from the project summary with the server's own
// rules (label_studio/projects/models.py validate_config, label-studio 1.23): the messages are the
// server's. Saving (PATCH) does not check label removals; the validate endpoint does (strict mode).
struct ServerVerdict
{
    QStringList refusedOnSave; // the server's error for PATCH api/projects/{id}/ (at most one)
    QStringList refusedOnValidate; // ... for POST api/projects/{id}/validate/
    QStringList notes; // accepted, but worth knowing (labels kept only in annotations)
    bool accepted() const { return refusedOnSave.isEmpty() && refusedOnValidate.isEmpty(); }
};

class ConfigDiff
{
public:
    static QList<ConfigChange> compare(const LabelInterface &before, const LabelInterface &after);
    static ServerVerdict predict(const LabelInterface &config, const ProjectSummary &summary);
};

} // namespace lsdesk
