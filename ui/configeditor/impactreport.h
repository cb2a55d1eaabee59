#pragma once

#include "labelconfig/configdiff.h"
#include "labelconfig/labelinterface.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lsdesk {

// One change of the config and what it does to the project's existing annotations and drafts.
struct ImpactItem
{
    ConfigChange change;
    // Results (the server's summary counts results, "from|to|type", and label uses) in annotations and
    // in drafts that the change touches: for a label, the uses of that label in that control; for a
    // control, its results (drafts: its label uses); for an object, the results pointing at it.
    int annotations = 0;
    int drafts = 0;
    // The server would refuse the new config because of this change; `reason` is its message.
    bool blocksSave = false;
    QString reason;
    // A refusal that no change of the diff explains (the server's summary lists a control the
    // baseline does not have, say): `change` is empty, `reason` says it all.
    bool unattributed = false;

    // Worth asking before saving: a removal, rename or retargeting that existing work uses. Additions
    // and recolouring are not (the annotations stay valid).
    bool needsConfirmation() const;
    // "Removing label "Car" from "label" affects 312 annotations and 4 drafts".
    QString text() const;
};

// What saving the edited config does to a project's annotations: the structural changes from the
// baseline (ConfigDiff::compare) with their counts from the project summary, and the server's verdict
// (ConfigDiff::predict), each refusal attached to the changes it is about.
//
// Blocking: the editor is strict, like Label Studio's own config editor, which validates through
// POST .../validate/ (strict mode) before saving. So both refusedOnSave and refusedOnValidate block:
// PATCH would accept removing a label that annotations still use, but those annotations would then
// carry a label the config no longer has (the labeling interface cannot show or edit it), and the
// server's validate endpoint - which ConfigChecker asks as the user types - refuses it with that
// message. The reasons are the server's own texts.
class ImpactReport
{
public:
    static ImpactReport compute(
        const LabelInterface &baseline, const LabelInterface &current, const ProjectSummary &summary);

    // Every change, in ConfigDiff's order, then unattributed refusals.
    const QList<ImpactItem> &items() const { return m_items; }
    // The items that touch existing work or block.
    QList<ImpactItem> impactedItems() const;
    const ServerVerdict &verdict() const { return m_verdict; }

    bool isBlocked() const { return !blockingReasons().isEmpty(); }
    bool needsConfirmation() const;
    // The server's refusals (validate's and PATCH's, each text once), verbatim.
    QStringList blockingReasons() const;
    // Accepted, but worth knowing (ConfigDiff's notes).
    QStringList notes() const { return m_verdict.notes; }

private:
    QList<ImpactItem> m_items;
    ServerVerdict m_verdict;
};

} // namespace lsdesk

Q_DECLARE_METATYPE(lsdesk::ImpactItem)
