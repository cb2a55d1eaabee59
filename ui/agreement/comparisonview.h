#pragma once

#include "agreement/agreement.h"
#include "agreement/agreementoptions.h"
#include "agreement/regions.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QTextDocument;

namespace lsdesk {

class RegionCanvas;

// Two annotations of one task side by side, their differences highlighted: boxes, polygons and key
// points of both overlaid on one canvas (percent coordinates) with each matched pair's IoU and the
// unmatched ones emphasised; text spans marked in the task's text in A's colour, B's colour and the
// overlap's; every other control's values in a table, differing rows highlighted and TextArea character
// differences marked.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    // A pair of regions matched for the overlay (same labels, best IoU first, each region once).
    struct RegionPair
    {
        QString control;
        int a = -1; // index among the control's regions of A
        int b = -1; // of B
        double iou = 0;
    };
    struct ValueRow
    {
        QString control;
        QString a, b;
        double score = 0;
        bool differs() const { return score < 1.0; }
    };

    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    // Config hints (hintsFromConfig) and the options the agreement was computed with; both optional.
    void setHints(const QHash<QString, agreement::ControlHint> &hints) { m_hints = hints; }
    void setOptions(const agreement::AgreementOptions &options) { m_options = options; }

    // `task` as the source's fetchTask() gives it. Each side's id is looked up in the task's
    // "predictions" when its participant is a model version, else in its "annotations" (the two id
    // spaces overlap).
    void setComparison(const QJsonObject &task, int annotationA, int annotationB, const QString &nameA,
        const QString &nameB, agreement::Participant::Kind kindA = agreement::Participant::Kind::Annotator,
        agreement::Participant::Kind kindB = agreement::Participant::Kind::Annotator);
    void setMessage(const QString &message); // "Loading task 12…", an error
    void clear();

    // What is shown, for the tests.
    QString title() const;
    QList<RegionPair> regionPairs() const { return m_pairs; }
    int unmatchedRegions() const { return m_unmatched; }
    QStringList canvasLabels() const; // the texts drawn on the canvas ("IoU 0.83", "A only"…)
    bool hasCanvas() const;
    QTextDocument *spansDocument() const;
    QList<ValueRow> valueRows() const { return m_values; }
    QString valuesHtml() const;

    // The two strings with the characters outside their longest common subsequence marked, as HTML.
    static QPair<QString, QString> markedDifference(
        const QString &a, const QString &b, const QString &markA, const QString &markB);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void showSpans(const QJsonObject &data,
        const QList<QPair<const agreement::ControlResult *, const agreement::ControlResult *>> &controls);
    void showValues();

    QHash<QString, agreement::ControlHint> m_hints;
    agreement::AgreementOptions m_options;
    QJsonObject m_task;
    int m_annotationA = 0, m_annotationB = 0;
    agreement::Participant::Kind m_kindA = agreement::Participant::Kind::Annotator;
    agreement::Participant::Kind m_kindB = agreement::Participant::Kind::Annotator;
    QString m_nameA, m_nameB;
    QList<RegionPair> m_pairs;
    QList<ValueRow> m_values;
    int m_unmatched = 0;

    QLabel *m_title;
    RegionCanvas *m_canvas;
    QTextBrowser *m_spans;
    QTextBrowser *m_valueView;
};

} // namespace lsdesk
