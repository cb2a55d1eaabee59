// The Agreement pane on a hand-built report (offscreen): the heat map with its label selector and
// sorting, a click (or Enter) on a cell listing the pair's tasks, a task compared side by side (IoU on
// the matched boxes, the unmatched one named, spans of both and their overlap, differing values), CSV
// files through the launcher and nothing left when writing fails; the main window without any server,
// computing from an export file; and screenshots in a light and a dark palette.
#include "agreement/agreementhistogram.h"
#include "agreement/agreementlauncher.h"
#include "agreement/agreementmatrixmodel.h"
#include "agreement/agreementpane.h"
#include "agreement/comparisonview.h"
#include "agreement/pairtasksmodel.h"
#include "api/client.h"
#include "fakenam.h"
#include "mainwindow.h"
#include "samplereport.h"
#include "testutil.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrlQuery>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
struct FakeFetcher
{
    QList<int> asked;
    QString failWith;
    std::function<QJsonObject(int)> tasks = sampleTask;

    AgreementPane::TaskFetcher function()
    {
        return [this](int taskId, QObject *context,
                   std::function<void(const QJsonObject &, const ApiError &)> done) {
            asked << taskId;
            // Answered later, like the network or the file.
            QTimer::singleShot(0, context, [this, taskId, done] {
                if (!failWith.isEmpty())
                    done({}, ApiError::make(ApiError::Kind::Network, failWith));
                else
                    done(tasks(taskId), {});
            });
        };
    }
};

QModelIndex cellOf(AgreementMatrixModel *m, int a, int b)
{
    return m->index(m->rowOf(a), m->rowOf(b));
}

QPalette darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (QPalette::ColorRole role : { QPalette::Text, QPalette::WindowText, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

QString screenshotPath(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}
} // namespace

class TestAgreementPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsReportAndLabels();
    void sortSelectorReordersTheMatrix();
    void clickListsTasksAndComparesOne();
    void enterOnACellAndFetchError();
    void comparisonOfSpansAndValues();
    void predictionAndAnnotationWithOneId();
    void groundTruthComparedWithAnotherAnnotation();
    void tabLeavesTheTables();
    void csvThroughTheLauncher();
    void mainWindowWithoutServerComputesFromAnExport();
    void enterpriseMatrixBesideOurs();
    void communityIsLabelled();
    void screenshots();
};

void TestAgreementPane::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void TestAgreementPane::showsReportAndLabels()
{
    AgreementPane pane;
    QVERIFY(!pane.computeButton()->isEnabled()); // no project
    pane.setReport(sampleReport(), sampleNames(), QStringLiteral("Sample, computed locally"));
    QCOMPARE(pane.headingLabel()->text(), QStringLiteral("Sample, computed locally"));
    QCOMPARE(pane.matrixModel()->rowCount(), 4);
    QCOMPARE(pane.labelSelector()->count(), 3);
    QCOMPARE(pane.labelSelector()->itemText(0), QStringLiteral("Overall"));
    QCOMPARE(pane.labelSelector()->itemText(2), QStringLiteral("Dog"));
    int total = 0;
    for (int c : pane.histogram()->counts())
        total += c;
    QCOMPARE(pane.histogram()->counts().size(), 10);
    QCOMPARE(total, 12);
    QVERIFY(pane.histogram()->summaryText().contains(QLatin1String("12 task(s)")));

    // One label's matrix: Dev never used "Dog".
    pane.setCurrentLabel(QStringLiteral("Dog"));
    QCOMPARE(cellOf(pane.matrixModel(), 0, 3).data().toString(), QStringLiteral("—"));
    QCOMPARE(pane.currentLabel(), QStringLiteral("Dog"));
    // A growing report keeps the label chosen.
    pane.setReport(sampleReport(), sampleNames(), QStringLiteral("Sample"));
    QCOMPARE(pane.currentLabel(), QStringLiteral("Dog"));
    pane.setCurrentLabel({});
    QVERIFY(cellOf(pane.matrixModel(), 0, 3).data(AgreementMatrixModel::ValueRole).isValid());

    // The options row gives what the engine takes: consensus with its threshold, the IoU threshold.
    agreement::AgreementOptions o;
    o.methodology = agreement::AgreementOptions::Methodology::Consensus;
    o.consensusThreshold = 0.4;
    o.iouThreshold = 0.5;
    o.includeGroundTruth = true;
    pane.setOptions(o);
    const agreement::AgreementOptions back = pane.options();
    QCOMPARE(back.methodology, agreement::AgreementOptions::Methodology::Consensus);
    QCOMPARE(back.consensusThreshold, 0.4);
    QCOMPARE(back.iouThreshold.value_or(0), 0.5);
    QVERIFY(back.includeGroundTruth && !back.includePredictions);
    pane.setOptions({});
    QCOMPARE(pane.options().methodology, agreement::AgreementOptions::Methodology::Pairwise);
    QVERIFY(!pane.options().iouThreshold);

    // The server's matrix beside ours, on Enterprise.
    QVERIFY(!pane.serverView()->isVisibleTo(&pane));
    pane.setServerAgreement(sampleReport().matrix, {}, sampleNames());
    QVERIFY(pane.serverView()->isVisibleTo(&pane));
    QCOMPARE(pane.serverModel()->rowCount(), 4);
    pane.setCurrentLabel(QStringLiteral("Cat")); // the server sent no per-label matrices
    QCOMPARE(pane.serverModel()->rowCount(), 0);
    pane.clearServerAgreement();
    QVERIFY(!pane.serverView()->isVisibleTo(&pane));

    pane.setRunning(true);
    QVERIFY(!pane.cancelButton()->isHidden());
    pane.setProgress(40, 120);
    QCOMPARE(pane.progressBar()->value(), 40);
    QCOMPARE(pane.progressBar()->maximum(), 120);
    QSignalSpy cancel(&pane, &AgreementPane::cancelRequested);
    QTest::mouseClick(pane.cancelButton(), Qt::LeftButton);
    QCOMPARE(cancel.size(), 1);
    pane.setRunning(false);
    QVERIFY(pane.cancelButton()->isHidden());
}

void TestAgreementPane::sortSelectorReordersTheMatrix()
{
    AgreementPane pane;
    const QStringList names { QStringLiteral("Zoe"), QStringLiteral("Bob"), QStringLiteral("Amy"),
        QStringLiteral("Max") };
    pane.setReport(sampleReport(), names, {});
    pane.sortSelector()->setCurrentIndex(pane.sortSelector()->findText(QStringLiteral("Name")));
    QCOMPARE(pane.matrixModel()->headerData(0, Qt::Vertical).toString(), QStringLiteral("Amy"));
    QCOMPARE(pane.matrixModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Amy"));
    QCOMPARE(pane.matrixModel()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Zoe"));
    pane.sortSelector()->setCurrentIndex(pane.sortSelector()->findText(QStringLiteral("Average agreement")));
    QCOMPARE(
        pane.matrixModel()->headerData(3, Qt::Vertical).toString(), QStringLiteral("Max")); // the outlier
}

void TestAgreementPane::clickListsTasksAndComparesOne()
{
    AgreementPane pane;
    FakeFetcher fetcher;
    pane.setTaskFetcher(fetcher.function());
    pane.resize(1000, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setReport(sampleReport(), sampleNames(), {});
    QTableView *view = pane.matrixView();
    const QModelIndex annBob = cellOf(pane.matrixModel(), 0, 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(annBob).center());
    QCOMPARE(pane.pairTasksModel()->taskIds(), (QList<int> { 2, 3, 4, 7, 8, 9, 12 }));
    QCOMPARE(pane.pairTasksView()->model()->rowCount(), 7);
    // The worst task first, fetched and compared right away.
    QVERIFY(QTest::qWaitFor([&] { return pane.comparisonView()->hasCanvas(); }, 3000));
    QCOMPARE(fetcher.asked.size(), 1);
    const int first = pane.pairTasksView()->model()->index(0, 0).data(PairTasksModel::TaskIdRole).toInt();
    QCOMPARE(fetcher.asked.first(), first);
    for (int t : pane.pairTasksModel()->taskIds())
        QVERIFY(sampleScore(0, 1, first) <= sampleScore(0, 1, t));
    ComparisonView *cmp = pane.comparisonView();
    QVERIFY(cmp->title().contains(QStringLiteral("Task %1").arg(first)));
    QVERIFY(cmp->title().contains(QLatin1String("Ann")) && cmp->title().contains(QLatin1String("Bob")));
    // Two cat boxes matched (the first identical, the second shifted by 4%), Bob's dog box alone.
    const auto pairs = cmp->regionPairs();
    QCOMPARE(pairs.size(), 2);
    QCOMPARE(pairs.at(0).iou, 1.0);
    const double shifted = (26.0 * 35) / (2 * 30 * 35 - 26.0 * 35); // overlap 26 × 35 of two 30 × 35 boxes
    QVERIFY(std::abs(pairs.at(1).iou - shifted) < 1e-6);
    QCOMPARE(cmp->unmatchedRegions(), 1);
    const QStringList labels = cmp->canvasLabels();
    QVERIFY2(labels.contains(QStringLiteral("Cat IoU 1.00")), qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY(labels.contains(QStringLiteral("Cat IoU %1").arg(QLocale().toString(shifted, 'f', 2))));
    QVERIFY(labels.contains(QStringLiteral("Bob only: Dog")));

    // Choosing another task in the list compares that one.
    const QModelIndex second = pane.pairTasksView()->model()->index(1, 0);
    pane.pairTasksView()->setCurrentIndex(second);
    QVERIFY(QTest::qWaitFor([&] { return fetcher.asked.size() == 2; }, 3000));
    QCOMPARE(fetcher.asked.last(), second.data(PairTasksModel::TaskIdRole).toInt());
    QVERIFY(QTest::qWaitFor(
        [&] { return cmp->title().contains(QStringLiteral("Task %1:").arg(fetcher.asked.last())); }, 3000));

    // The diagonal and the Average column list nothing.
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {}, view->visualRect(cellOf(pane.matrixModel(), 2, 2)).center());
    QCOMPARE(pane.pairTasksModel()->participantA(), 0);
}

void TestAgreementPane::enterOnACellAndFetchError()
{
    AgreementPane pane;
    FakeFetcher fetcher;
    fetcher.failWith = QStringLiteral("The server did not answer.");
    pane.setTaskFetcher(fetcher.function());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setReport(sampleReport(), sampleNames(), {});
    QTableView *view = pane.matrixView();
    view->setFocus();
    view->setCurrentIndex(cellOf(pane.matrixModel(), 2, 3)); // Cleo and Dev
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(pane.pairTasksModel()->participantA(), 2);
    QCOMPARE(pane.pairTasksModel()->participantB(), 3);
    QCOMPARE(pane.pairTasksModel()->rowCount(), sampleReport().matrix.common(2, 3));
    QVERIFY(QTest::qWaitFor([&] { return pane.comparisonView()->title() == fetcher.failWith; }, 3000));
    QVERIFY(!pane.comparisonView()->hasCanvas());
}

void TestAgreementPane::comparisonOfSpansAndValues()
{
    ComparisonView view;
    view.setComparison(sampleTask(2), sampleAnnotationId(2, 0), sampleAnnotationId(2, 3),
        QStringLiteral("Ann"), QStringLiteral("Dev"));
    // Spans: Ann "quick brown fox" (4–19), Dev "brown fox jumps" (10–25) in the task's text (not the
    // image URL, the other string of the task's data).
    QTextDocument *doc = view.spansDocument();
    QCOMPARE(doc->toPlainText(), QStringLiteral("The quick brown fox jumps over the lazy dog"));
    auto formatAt = [doc](int pos) {
        QTextCursor c(doc);
        c.setPosition(pos + 1); // the format of the character before the cursor
        return c.charFormat();
    };
    const QColor onlyA = formatAt(5).background().color(), overlap = formatAt(12).background().color(),
                 onlyB = formatAt(22).background().color();
    QVERIFY(formatAt(5).background().style() != Qt::NoBrush);
    QVERIFY(formatAt(22).background().style() != Qt::NoBrush);
    QVERIFY(onlyA != onlyB && onlyA != overlap && onlyB != overlap);
    QVERIFY(formatAt(12).fontUnderline());
    QVERIFY(!formatAt(5).fontUnderline());
    QCOMPARE(formatAt(1).background().style(), Qt::NoBrush); // "The"
    QCOMPARE(formatAt(30).background().style(), Qt::NoBrush); // "over"

    // Values: the sentiment differs (Positive / Negative), so does the note ("a fox" / "a red fox").
    const auto rows = view.valueRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).control, QStringLiteral("note"));
    QVERIFY(rows.at(0).differs());
    QCOMPARE(rows.at(1).control, QStringLiteral("sentiment"));
    QCOMPARE(rows.at(1).a, QStringLiteral("Positive"));
    QCOMPARE(rows.at(1).b, QStringLiteral("Negative"));
    QCOMPARE(rows.at(1).score, 0.0);
    // TextArea: "red " is what Dev added, marked in Dev's text only.
    const auto marked = ComparisonView::markedDifference(
        QStringLiteral("a fox"), QStringLiteral("a red fox"), QStringLiteral("#aaa"), QStringLiteral("#bbb"));
    QCOMPARE(marked.first, QStringLiteral("a fox"));
    QCOMPARE(marked.second,
        QStringLiteral("a <span style=\"background-color:#bbb; text-decoration:underline\">red </span>fox"));
    QVERIFY(view.valuesHtml().contains(QLatin1String("red ")));
    QVERIFY(view.valuesHtml().contains(QLatin1String("underline")));

    // Identical annotations: nothing differs, nothing unmatched.
    view.setComparison(sampleTask(2), sampleAnnotationId(2, 1), sampleAnnotationId(2, 1),
        QStringLiteral("Bob"), QStringLiteral("Bob"));
    QCOMPARE(view.unmatchedRegions(), 0);
    for (const auto &row : view.valueRows())
        QVERIFY(!row.differs());
    // An annotation that is gone.
    view.setComparison(
        sampleTask(2), 999, sampleAnnotationId(2, 1), QStringLiteral("X"), QStringLiteral("Bob"));
    QVERIFY(view.title().contains(QLatin1String("no longer")));
}

// Annotation 3 and prediction 3 are two items (two tables on the server): "User 7 × Model v1" compares
// the annotation with the prediction, either way round.
void TestAgreementPane::predictionAndAnnotationWithOneId()
{
    AgreementPane pane;
    FakeFetcher fetcher;
    fetcher.tasks = mixedTask;
    pane.setTaskFetcher(fetcher.function());
    pane.setReport(mixedReport(), mixedNames(), {});
    ComparisonView *cmp = pane.comparisonView();
    pane.showPair(0, 3);
    QCOMPARE(pane.pairTasksModel()->taskIds(), QList<int> { 5 });
    QVERIFY(QTest::qWaitFor([&] { return cmp->valueRows().size() == 1; }, 3000));
    QCOMPARE(cmp->valueRows().at(0).a, QStringLiteral("Positive")); // User 7's annotation 3
    QCOMPARE(cmp->valueRows().at(0).b, QStringLiteral("Negative")); // Model v1's prediction 3
    QVERIFY(cmp->valueRows().at(0).differs());
    QVERIFY(cmp->title().contains(QLatin1String("Model v1")));

    pane.showPair(3, 0);
    QVERIFY(QTest::qWaitFor([&] { return cmp->valueRows().size() == 1; }, 3000));
    QCOMPARE(cmp->valueRows().at(0).a, QStringLiteral("Negative"));
    QCOMPARE(cmp->valueRows().at(0).b, QStringLiteral("Positive"));
}

// With ground truth on, the pane lists only tasks with a real pair and compares that pair: never a
// ground-truth annotation with itself.
void TestAgreementPane::groundTruthComparedWithAnotherAnnotation()
{
    AgreementPane pane;
    FakeFetcher fetcher;
    fetcher.tasks = mixedTask;
    pane.setTaskFetcher(fetcher.function());
    const agreement::AgreementReport report = mixedReport();
    pane.setReport(report, mixedNames(), {});
    ComparisonView *cmp = pane.comparisonView();
    // User 7 and Ground truth on task 10: User 7's 101 (Negative) against the ground truth 100
    // (Positive), not the ground truth with itself.
    pane.showPair(0, 2);
    pane.compareTask(10);
    QVERIFY(QTest::qWaitFor(
        [&] { return cmp->title().contains(QLatin1String("Task 10:")) && cmp->valueRows().size() == 1; },
        3000));
    QVERIFY2(cmp->title().contains(QLatin1String("(annotation 101)"))
            && cmp->title().contains(QLatin1String("(annotation 100)")),
        qPrintable(cmp->title()));
    QCOMPARE(cmp->valueRows().at(0).a, QStringLiteral("Negative"));
    QCOMPARE(cmp->valueRows().at(0).b, QStringLiteral("Positive"));
    // Task 12 (User 7's only annotation there is the ground truth) is not listed: the cell's tasks.
    QCOMPARE(pane.pairTasksModel()->taskIds(), QList<int> { 10 });
    QCOMPARE(pane.pairTasksModel()->rowCount(), report.matrix.common(0, 2));
    QCOMPARE(
        pane.pairTasksView()->model()->index(0, 1).data().toString(), AgreementMatrixModel::percentText(0.0));
    QVERIFY(!fetcher.asked.contains(12));
}

// Tab moves on from each table (arrows move between its cells) instead of walking every cell.
void TestAgreementPane::tabLeavesTheTables()
{
    AgreementPane pane;
    FakeFetcher fetcher;
    pane.setTaskFetcher(fetcher.function());
    pane.resize(1000, 800);
    pane.show();
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    pane.setReport(sampleReport(), sampleNames(), {});
    pane.setServerAgreement(sampleReport().matrix, {}, sampleNames());
    QTableView *matrix = pane.matrixView();
    matrix->setFocus(Qt::OtherFocusReason);
    matrix->setCurrentIndex(cellOf(pane.matrixModel(), 0, 1));
    QCOMPARE(QApplication::focusWidget(), matrix);
    // The arrows still move the current cell.
    QTest::keyClick(matrix, Qt::Key_Right);
    QCOMPARE(matrix->currentIndex(), cellOf(pane.matrixModel(), 0, 2));
    QCOMPARE(QApplication::focusWidget(), matrix);
    QTest::keyClick(matrix, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), pane.serverView());
    QCOMPARE(matrix->currentIndex(), cellOf(pane.matrixModel(), 0, 2));
    pane.serverView()->setCurrentIndex(pane.serverModel()->index(0, 0));
    QTest::keyClick(pane.serverView(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), pane.pairTasksView());
    // The task list, filled by Enter on a cell, lets Tab go on to the comparison too.
    pane.showPair(0, 1);
    QVERIFY(pane.pairTasksView()->model()->rowCount() > 1);
    pane.pairTasksView()->setFocus(Qt::OtherFocusReason);
    QCOMPARE(pane.pairTasksView()->currentIndex().row(), 0);
    QTest::keyClick(pane.pairTasksView(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != pane.pairTasksView());
    QCOMPARE(pane.pairTasksView()->currentIndex().row(), 0);
    // And back: Shift+Tab from the matrix reaches the button before it.
    matrix->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(matrix, Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(QApplication::focusWidget() != matrix);
}

void TestAgreementPane::csvThroughTheLauncher()
{
    QMainWindow window;
    AgreementLauncher launcher(&window);
    launcher.pane()->setReport(sampleReport(), sampleNames(), {});
    QTemporaryDir dir;
    const QString matrixPath = dir.filePath(QStringLiteral("matrix.csv"));
    QVERIFY(launcher.writeMatrixCsv(matrixPath));
    QFile m(matrixPath);
    QVERIFY(m.open(QIODevice::ReadOnly));
    const QByteArray matrix = m.readAll();
    QVERIFY2(matrix.startsWith("participant,Ann,Bob,Cleo,Dev"), matrix.constData());
    QVERIFY(matrix.contains("\nAnn,"));
    const QString tasksPath = dir.filePath(QStringLiteral("tasks.csv"));
    QVERIFY(launcher.writeTasksCsv(tasksPath));
    QFile t(tasksPath);
    QVERIFY(t.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = t.readAll().trimmed().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("task_id,agreement,annotations,pairs"));
    QCOMPARE(lines.size(), 13);

    // A failure says so and leaves nothing.
    QSignalSpy errors(&launcher, &AgreementLauncher::errorOccurred);
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.csv")));
    QVERIFY(!launcher.writeMatrixCsv(dir.filePath(QStringLiteral("taken.csv"))));
    QVERIFY(!launcher.writeTasksCsv(dir.filePath(QStringLiteral("missing/tasks.csv"))));
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.at(1).at(0).toString().contains(QLatin1String("tasks.csv")));
    QStringList entries = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    entries.sort();
    QCOMPARE(entries,
        (QStringList {
            QStringLiteral("matrix.csv"), QStringLiteral("taken.csv"), QStringLiteral("tasks.csv") }));
}

void TestAgreementPane::mainWindowWithoutServerComputesFromAnExport()
{
    QTemporaryDir dir;
    QJsonArray tasks;
    for (int t = 1; t <= 12; ++t)
        tasks.append(sampleTask(t));
    const QString path = dir.filePath(QStringLiteral("export.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(tasks).toJson());
    f.close();

    QNetworkAccessManager nam;
    MainWindow window(&nam, nullptr, nullptr, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AgreementLauncher *launcher = window.agreement();
    QCOMPARE(launcher->openExportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(launcher->openExportAction()));
    // Alt+4 shows the dock.
    QVERIFY(launcher->dock()->isHidden());
    QTest::keyClick(&window, Qt::Key_4, Qt::AltModifier);
    QVERIFY(!launcher->dock()->isHidden());
    QVERIFY(!launcher->pane()->computeButton()->isEnabled()); // no server, no project

    QSignalSpy finished(launcher, &AgreementLauncher::computationFinished);
    launcher->computeFile(path);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    AgreementPane *pane = launcher->pane();
    QCOMPARE(pane->matrixModel()->rowCount(), 4);
    QVERIFY(pane->headingLabel()->text().contains(QLatin1String("export.json")));
    // Identical first boxes, slightly shifted second ones, the same choice: Ann and Bob agree well.
    const QVariant annBob = cellOf(pane->matrixModel(), 0, 1).data(AgreementMatrixModel::ValueRole);
    QVERIFY(annBob.isValid());
    QCOMPARE(cellOf(pane->matrixModel(), 0, 1).data(AgreementMatrixModel::CommonTasksRole).toInt(), 7);
    // The click-through reads the task back from the file.
    QTableView *view = pane->matrixView();
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {}, view->visualRect(cellOf(pane->matrixModel(), 0, 1)).center());
    QCOMPARE(pane->pairTasksModel()->rowCount(), 7);
    QVERIFY(QTest::qWaitFor([&] { return pane->comparisonView()->hasCanvas(); }, 5000));
    QVERIFY(pane->comparisonView()->canvasLabels().contains(QStringLiteral("Cat IoU 1.00")));
}

namespace {
// A project on the fake network: its config, no user list, the sample's twelve tasks in one page, and
// (Enterprise) the IAA route with a two-person matrix; without it, 404 as on Community.
std::optional<ReplyScript> fakeServer(const RecordedRequest &r, bool enterprise)
{
    const QString path = r.path();
    if (path == QLatin1String("/api/projects/7/"))
        return ReplyScript::json(200,
            QJsonObject { { QStringLiteral("id"), 7 }, { QStringLiteral("title"), QStringLiteral("Seven") },
                { QStringLiteral("label_config"),
                    QStringLiteral("<View><Text name=\"text\" value=\"$text\"/></View>") } });
    if (path == QLatin1String("/api/users/"))
        return ReplyScript::json(200, QJsonArray {});
    if (path == QLatin1String("/api/tasks/")) {
        if (QUrlQuery(r.url).queryItemValue(QStringLiteral("page")).toInt() > 1)
            return ReplyScript::json(404, QByteArray(R"({"detail": "Invalid page."})"));
        QJsonArray tasks;
        for (int t = 1; t <= 12; ++t)
            tasks.append(sampleTask(t));
        return ReplyScript::json(
            200, QJsonObject { { QStringLiteral("total"), 12 }, { QStringLiteral("tasks"), tasks } });
    }
    if (path == QLatin1String("/api/projects/7/stats/IAA")) {
        if (!enterprise)
            return ReplyScript::json(404, QByteArray("<h1>Not Found</h1>"));
        const QJsonArray users { QJsonObject { { QStringLiteral("id"), 1 },
                                     { QStringLiteral("email"), QStringLiteral("ann@example.com") } },
            QJsonObject { { QStringLiteral("id"), 2 },
                { QStringLiteral("email"), QStringLiteral("bob@example.com") } } };
        const QJsonArray matrix { QJsonArray { 1, 0.9 }, QJsonArray { 0.9, 1 } };
        const QJsonArray common { QJsonArray { 9, 7 }, QJsonArray { 7, 9 } };
        const bool perLabel
            = QUrlQuery(r.url).queryItemValue(QStringLiteral("per_label")) == QLatin1String("true");
        if (perLabel)
            return ReplyScript::json(200,
                QJsonObject { { QStringLiteral("users"), users },
                    { QStringLiteral("IAA"), QJsonObject { { QStringLiteral("Cat"), matrix } } },
                    { QStringLiteral("common_tasks"), QJsonObject { { QStringLiteral("Cat"), common } } } });
        return ReplyScript::json(200,
            QJsonObject { { QStringLiteral("users"), users }, { QStringLiteral("IAA"), matrix },
                { QStringLiteral("common_tasks"), common }, { QStringLiteral("std"), 0.05 } });
    }
    return std::nullopt;
}

QStringList visibleTexts(QWidget *root)
{
    QStringList out;
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (l->isVisibleTo(root))
            out << l->text();
    }
    return out;
}
} // namespace

void TestAgreementPane::enterpriseMatrixBesideOurs()
{
    FakeNam nam;
    nam.setHandler([](const RecordedRequest &r) { return fakeServer(r, true); });
    Client client(ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
        &nam, fastOptions(3000, 0));
    QMainWindow window;
    AgreementLauncher launcher(&window);
    launcher.attach(&client, true, nullptr);
    launcher.setOpenProject(7, QStringLiteral("Seven"));
    AgreementPane *pane = launcher.pane();
    QVERIFY(pane->computeButton()->isEnabled());
    QSignalSpy finished(&launcher, &AgreementLauncher::computationFinished);
    pane->computeButton()->click(); // the pane is not on screen: click() rather than a mouse event
    QVERIFY(pane->cancelButton()->isVisibleTo(pane));
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(!pane->cancelButton()->isVisibleTo(pane));
    QCOMPARE(pane->matrixModel()->rowCount(), 4);
    QVERIFY(QTest::qWaitFor([&] { return pane->serverModel()->rowCount() == 2; }, 5000));
    QVERIFY(pane->serverView()->isVisibleTo(pane));
    QCOMPARE(pane->serverModel()->headerData(0, Qt::Vertical).toString(), QStringLiteral("ann@example.com"));
    QCOMPARE(pane->serverModel()->index(0, 1).data().toString(), QStringLiteral("90%"));
    const QStringList texts = visibleTexts(pane);
    QVERIFY(texts.contains(QStringLiteral("Server (Enterprise)")));
    QVERIFY(texts.contains(QStringLiteral("Computed locally")));
    // The per-label matrices arrive with the second call.
    QVERIFY(QTest::qWaitFor(
        [&] {
            pane->setCurrentLabel(QStringLiteral("Cat"));
            return pane->serverModel()->rowCount() == 2;
        },
        5000));
    int iaaCalls = 0;
    for (const RecordedRequest &r : nam.requests())
        iaaCalls += r.path().endsWith(QLatin1String("/stats/IAA"));
    QCOMPARE(iaaCalls, 2);
}

void TestAgreementPane::communityIsLabelled()
{
    FakeNam nam;
    nam.setHandler([](const RecordedRequest &r) { return fakeServer(r, false); });
    Client client(ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
        &nam, fastOptions(3000, 0));
    QMainWindow window;
    AgreementLauncher launcher(&window);
    launcher.attach(&client, false, nullptr);
    launcher.setOpenProject(7, QStringLiteral("Seven"));
    QSignalSpy finished(&launcher, &AgreementLauncher::computationFinished);
    launcher.computeProject();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(!launcher.pane()->serverView()->isVisibleTo(launcher.pane()));
    QVERIFY(visibleTexts(launcher.pane())
                .contains(QStringLiteral("Computed locally (this server has no agreement endpoint).")));
    // Community is not even asked.
    for (const RecordedRequest &r : nam.requests())
        QVERIFY(!r.path().endsWith(QLatin1String("/stats/IAA")));
    // Switching servers drops a project's computation (it read through the old client).
    launcher.detach();
    QCOMPARE(launcher.pane()->matrixModel()->rowCount(), 0);
    QVERIFY(!launcher.source());
}

void TestAgreementPane::screenshots()
{
    for (const bool dark : { false, true }) {
        AgreementPane pane;
        if (dark)
            pane.setPalette(darkPalette());
        FakeFetcher fetcher;
        pane.setTaskFetcher(fetcher.function());
        pane.resize(1100, 860);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setReport(sampleReport(), sampleNames(), QStringLiteral("Sample project, computed locally"));
        agreement::Matrix server = sampleReport().matrix;
        for (double &v : server.agreement)
            v = std::isnan(v) ? v : std::min(1.0, v + 0.03);
        pane.setServerAgreement(server, {}, sampleNames());
        pane.matrixView()->setCurrentIndex(cellOf(pane.matrixModel(), 0, 1));
        pane.showPair(0, 1);
        QVERIFY(QTest::qWaitFor([&] { return pane.comparisonView()->hasCanvas(); }, 3000));
        QTest::qWait(50);
        const QString path = screenshotPath(
            dark ? QStringLiteral("agreementpane-dark.png") : QStringLiteral("agreementpane-light.png"));
        QVERIFY(pane.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
}

QTEST_MAIN(TestAgreementPane)
#include "tst_agreementpane.moc"
