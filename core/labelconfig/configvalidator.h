#pragma once

#include "labelconfig/labelinterface.h"
#include "labelconfig/pyrepr.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace lsdesk {

namespace detail {
struct ResultIndex;
}

// Validation of a label config, and of tasks, annotations, predictions, regions and relations against
// it, with label-studio-sdk's verdicts and error texts (LabelInterface.validate, validate_task,
// validate_prediction, validate_region, validate_relation). An empty list means valid.
//
// The SDK's texts are reproduced byte for byte, Python reprs of the offending values included
// (pyrepr.h); values are PyValues because Qt's JSON loses what those reprs show. Where the SDK
// fails with a Python exception text instead of a message (a TypeError about an 'int' object), lsdesk
// stops where the SDK stops and says what is wrong in words of its own.
class ConfigValidator
{
public:
    // `config` must outlive the validator.
    explicit ConfigValidator(const LabelInterface &config);

    // LabelInterface(config).validate(). The SDK stops at the first failing stage — XML, the config
    // JSON schema, unique names, toName targets, tag attributes (Video speeds) — so the list holds
    // that stage's errors: one text, or for tag attributes one per problem (the SDK joins those with
    // "\n" into one exception).
    static QStringList validateConfig(const QString &config);

    // validate_task(): every object reading a task variable ($text) needs a non-null value for it in
    // task["data"]. The SDK answers only True/False, so these messages are lsdesk's. Embedded
    // "annotations" / "predictions" lists are validated too (the SDK crashes on them).
    QStringList validateTask(const PyValue &task) const;

    // _validate_object_logic(): result present and a list, score within [0, 1], every region valid,
    // then every relation (results of type "relation") pointing at valid regions.
    QStringList validateAnnotation(const PyValue &annotation) const;
    QStringList validatePrediction(const PyValue &prediction) const;

    // validate_region(region, region_index=index): names, type, to_name and the value rules of the
    // control's tag. `result`, when given, is the whole result list (the split labels format needs it).
    QStringList validateRegion(const PyValue &region, int index = 0, const PyValue *result = nullptr) const;

    // validate_relation(relation, regions, relation_index=index); `regions` are the valid regions.
    QStringList validateRelation(const PyValue &relation, const QList<PyValue> &regions, int index = 0) const;

private:
    QStringList validateObject(const PyValue &object, bool annotation) const;
    QStringList regionErrors(const PyValue &region, int index, const PyValue *result,
        const detail::ResultIndex *resultIndex) const;
    const ControlTagInfo *mergedGeometryControl(
        const ControlTagInfo &control, const QString &regionType) const;

    const LabelInterface &m_li;
    QHash<QString, QSet<QString>> m_labelSets; // per control name
};

} // namespace lsdesk
