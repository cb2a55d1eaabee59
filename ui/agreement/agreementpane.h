#pragma once

#include "agreement/agreement.h"
#include "net/apierror.h"

#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lsdesk {

class AgreementHistogram;
class AgreementLegend;
class AgreementMatrixModel;
class ComparisonView;
class PairTasksModel;

// The Agreement pane: the options, Compute / Cancel with progress, the matrix as a heat map (Overall or
// one label; sorted by name or average, rows and columns together) with its legend, the server's own
// matrix beside it on Enterprise, the distribution of task agreement, and the click-through: a cell
// lists the tasks both participants did, a task shows their two annotations side by side.
//
// It knows nothing of servers or files: it shows the report it is given and asks for everything else
// (compute, cancel, CSV) through signals; fetching a task for the comparison goes through the
// TaskFetcher it is given (AgreementSource::fetchTask). AgreementLauncher does the wiring.
class AgreementPane : public QWidget
{
    Q_OBJECT
public:
    using TaskFetcher = std::function<void(int taskId, QObject *context,
        std::function<void(const QJsonObject &task, const ApiError &error)> done)>;

    explicit AgreementPane(QWidget *parent = nullptr);
    ~AgreementPane() override;

    // The local report and the participants' names (one per report.participants entry); `heading` says
    // where it comes from ("Computed locally", "Computed locally from export.json").
    void setReport(
        const agreement::AgreementReport &report, const QStringList &names, const QString &heading);
    const agreement::AgreementReport &report() const { return m_report; }
    QStringList names() const { return m_names; }
    // The server's matrix (Enterprise), shown beside ours; clearServerAgreement() hides it.
    void setServerAgreement(const agreement::Matrix &overall,
        const QMap<QString, agreement::Matrix> &perLabel, const QStringList &names);
    void clearServerAgreement();
    // A line under the heading (e.g. the server has no agreement endpoint), empty for none.
    void setNote(const QString &note);
    void setTaskFetcher(TaskFetcher fetcher) { m_fetcher = std::move(fetcher); }
    void setConfigHints(const QString &labelConfigXml);
    void clear();

    // Compute is offered when there is something to compute from (an open project).
    void setComputeAvailable(bool available, const QString &why = {});
    void setRunning(bool running);
    void setProgress(int tasks, int total);
    bool isRunning() const { return m_running; }

    agreement::AgreementOptions options() const;
    void setOptions(const agreement::AgreementOptions &options);
    // The label shown (empty: Overall).
    QString currentLabel() const;
    void setCurrentLabel(const QString &label);
    // The matrix as shown (Overall or the label) with its names, for the CSV.
    const agreement::Matrix &shownMatrix() const;

    // For the launcher and the tests.
    AgreementMatrixModel *matrixModel() const { return m_model; }
    AgreementMatrixModel *serverModel() const { return m_serverModel; }
    QTableView *matrixView() const { return m_view; }
    QTableView *serverView() const { return m_serverView; }
    QTableView *pairTasksView() const { return m_pairView; }
    PairTasksModel *pairTasksModel() const { return m_pairModel; }
    ComparisonView *comparisonView() const { return m_comparison; }
    AgreementHistogram *histogram() const { return m_histogram; }
    QComboBox *labelSelector() const { return m_label; }
    QComboBox *sortSelector() const { return m_sort; }
    QPushButton *computeButton() const { return m_compute; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *headingLabel() const { return m_heading; }

public Q_SLOTS:
    // Lists the tasks where participants `a` and `b` (report indices) have a pair of annotations.
    void showPair(int a, int b);
    // Fetches the task (of the pair shown) and compares the pair's annotations on it.
    void compareTask(int taskId);

Q_SIGNALS:
    void computeRequested();
    void cancelRequested();
    void openExportRequested();
    void exportMatrixRequested();
    void exportTasksRequested();

private:
    void buildOptionsRow(QHBoxLayout *row);
    void applyLabel();
    void applySort();
    void onMatrixActivated(const QModelIndex &index);
    void updateExportButtons();

    agreement::AgreementReport m_report;
    QStringList m_names;
    agreement::Matrix m_serverOverall;
    QMap<QString, agreement::Matrix> m_serverPerLabel;
    QStringList m_serverNames;
    TaskFetcher m_fetcher;
    bool m_running = false;
    bool m_computeAvailable = false;
    quint64 m_fetchGeneration = 0;

    QLabel *m_heading;
    QLabel *m_note;
    QComboBox *m_method;
    QDoubleSpinBox *m_threshold;
    QDoubleSpinBox *m_consensus = nullptr; // the consensus threshold, used with that methodology
    QCheckBox *m_groundTruth;
    QCheckBox *m_predictions;
    QPushButton *m_compute;
    QPushButton *m_cancel;
    QPushButton *m_openExport;
    QProgressBar *m_progress;
    QComboBox *m_label;
    QComboBox *m_sort;
    QPushButton *m_exportMatrix;
    QPushButton *m_exportTasks;
    AgreementMatrixModel *m_model;
    QTableView *m_view;
    QLabel *m_serverTitle;
    QLabel *m_localTitle;
    AgreementMatrixModel *m_serverModel;
    QTableView *m_serverView;
    QWidget *m_serverBox;
    AgreementLegend *m_legend;
    AgreementHistogram *m_histogram;
    PairTasksModel *m_pairModel;
    QSortFilterProxyModel *m_pairProxy;
    QTableView *m_pairView;
    QLabel *m_pairTitle;
    ComparisonView *m_comparison;
};

} // namespace lsdesk
