#pragma once

#include "export/exportjob.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace lsdesk {

// The export dialog's options and which of the three export paths they lead to: the direct export
// (all or only annotated tasks, media files, only the selected tasks), a snapshot (Enterprise servers
// have nothing else; on Community the user may choose it) with its "Snapshot options" group, or the
// batched export (JSON, JSON_MIN, CSV, TSV without a snapshot) with its batch size.
class ExportOptions : public QWidget
{
    Q_OBJECT
public:
    enum class Path { Direct, Snapshot, Batched };

    // `selectedTasks` > 0 offers "only the selected tasks" (checked).
    explicit ExportOptions(int selectedTasks, QWidget *parent = nullptr);

    // Enterprise servers export only through snapshots: the choice is then fixed.
    void setSnapshotsOnly(bool on);
    bool snapshotsOnly() const { return m_snapshotsOnly; }
    // The format decides whether batches are possible.
    void setFormat(const QString &format);

    Path path() const;
    int batchSize() const;
    bool onlySelected() const;
    SnapshotOptions snapshotOptions() const;
    // Fills the request's task scope, media files and snapshot options (not the ids: the dialog has them).
    void apply(ExportRequest *request) const;

    QCheckBox *throughSnapshot() const { return m_throughSnapshot; }
    QGroupBox *snapshotGroup() const { return m_snapshotGroup; }
    QCheckBox *batches() const { return m_batches; }
    QSpinBox *batchSizeBox() const { return m_batchSize; }

Q_SIGNALS:
    void changed();

private:
    void update();

    bool m_snapshotsOnly = false;
    int m_selectedTasks;
    QString m_format;
    QRadioButton *m_annotatedOnly;
    QRadioButton *m_allTasks;
    QCheckBox *m_onlySelected;
    QCheckBox *m_resources;
    QCheckBox *m_throughSnapshot;
    QLabel *m_snapshotNote;
    // Made in this order, which is the tab order: the choices of "How:", then the snapshot options.
    QCheckBox *m_batches;
    QSpinBox *m_batchSize;
    QLabel *m_batchTail;
    QGroupBox *m_snapshotGroup;
    QCheckBox *m_skippedAnnotations;
    QCheckBox *m_groundTruthOnly;
    QCheckBox *m_drafts;
    QCheckBox *m_predictions;
    QCheckBox *m_history;
    QCheckBox *m_keyFrames;
    QComboBox *m_finished;
    QComboBox *m_skippedTasks;
};

} // namespace lsdesk
