// The agreement pane's parts without the pane: the matrix model (under QAbstractItemModelTester) and
// its sorting, which moves rows and columns together; the heat map's bands and their colours in light
// and dark palettes; the histogram's bins and texts; the task list of a cell; and the CSV writer, which
// leaves nothing behind when it fails.
#include "agreement/agreementhistogram.h"
#include "agreement/agreementmatrixmodel.h"
#include "agreement/csvwriter.h"
#include "agreement/heatmap.h"
#include "agreement/pairtasksmodel.h"
#include "samplereport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <unistd.h>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

QStringList headers(const QAbstractItemModel &m, Qt::Orientation o)
{
    QStringList out;
    const int n = o == Qt::Horizontal ? m.columnCount() : m.rowCount();
    for (int i = 0; i < n; ++i)
        out << m.headerData(i, o).toString();
    return out;
}
} // namespace

class TestAgreementModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrixCells();
    void averageIsWeightedByCommonTasks();
    void sortMovesRowsAndColumnsTogether();
    void bands_data();
    void bands();
    void bandColoursReadInBothPalettes();
    void delegatePaintsTheBand();
    void histogram();
    void pairTasks();
    void pairTasksNeedARealPair();
    void pairTasksAgreeWithTheEngine();
    void csvWriter();
    void csvWriterFailureLeavesNothing();
};

void TestAgreementModels::matrixCells()
{
    AgreementMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const agreement::AgreementReport r = sampleReport();
    model.setMatrix(r.matrix, sampleNames());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 5); // four participants and the average
    QCOMPARE(headers(model, Qt::Horizontal),
        (QStringList { QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cleo"),
            QStringLiteral("Dev"), QStringLiteral("Average") }));
    QCOMPARE(headers(model, Qt::Vertical), sampleNames());
    const QModelIndex annBob = model.index(0, 1);
    const double v = r.matrix.at(0, 1);
    QCOMPARE(annBob.data().toString(), QStringLiteral("%1%").arg(qRound(v * 100)));
    QCOMPARE(annBob.data(AgreementMatrixModel::ValueRole).toDouble(), v);
    QCOMPARE(annBob.data(AgreementMatrixModel::CommonTasksRole).toInt(), r.matrix.common(0, 1));
    const QString tip = annBob.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("Ann vs Bob: %1% over %2 common task(s) (σ ")
                                .arg(QLocale().toString(v * 100, 'f', 1))
                                .arg(r.matrix.common(0, 1))),
        qPrintable(tip));
    // The diagonal has no score, and says how many tasks the participant did.
    QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(2, 2).data(AgreementMatrixModel::ValueRole).isValid());
    QVERIFY(model.index(2, 2).data(Qt::ToolTipRole).toString().contains(QLatin1String("Cleo annotated")));
    // Symmetric like the matrix.
    QCOMPARE(model.index(1, 3).data().toString(), model.index(3, 1).data().toString());
    QCOMPARE(model.index(0, 4).data(AgreementMatrixModel::ColumnParticipantRole).toInt(), -1);

    // A pair without common tasks.
    agreement::Matrix m = r.matrix;
    m.agreement[0 * 4 + 3] = m.agreement[3 * 4 + 0] = agreement::kNoScore;
    m.commonTasks[0 * 4 + 3] = m.commonTasks[3 * 4 + 0] = 0;
    model.setMatrix(m, sampleNames());
    QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("—"));
    QVERIFY(model.index(0, 3).data(Qt::ToolTipRole).toString().contains(QLatin1String("no task in common")));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestAgreementModels::averageIsWeightedByCommonTasks()
{
    agreement::Matrix m;
    m.size = 3;
    m.agreement
        = { agreement::kNoScore, 1.0, 0.0, 1.0, agreement::kNoScore, 0.5, 0.0, 0.5, agreement::kNoScore };
    m.commonTasks = { 10, 9, 1, 9, 12, 3, 1, 3, 4 };
    AgreementMatrixModel model;
    model.setMatrix(m, { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") });
    QCOMPARE(model.average(0), 0.9); // (1.0 × 9 + 0 × 1) / 10, not the plain mean 0.5
    QCOMPARE(model.averageTasks(0), 10);
    QCOMPARE(model.index(0, model.averageColumn()).data().toString(), QStringLiteral("90%"));
    QCOMPARE(model.average(2), (0.0 * 1 + 0.5 * 3) / 4);
}

void TestAgreementModels::sortMovesRowsAndColumnsTogether()
{
    AgreementMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const agreement::AgreementReport r = sampleReport();
    const QStringList names { QStringLiteral("dora"), QStringLiteral("Bob"), QStringLiteral("ann"),
        QStringLiteral("Cleo") };
    model.setMatrix(r.matrix, names);
    // The view's current cell follows its pair.
    QPersistentModelIndex cell = model.index(0, 1); // dora vs Bob
    const QString before = cell.data(Qt::ToolTipRole).toString();
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

    model.setSortBy(AgreementMatrixModel::SortBy::Name);
    QCOMPARE(layout.size(), 1);
    const QStringList byName { QStringLiteral("ann"), QStringLiteral("Bob"), QStringLiteral("Cleo"),
        QStringLiteral("dora") };
    QCOMPARE(headers(model, Qt::Vertical), byName);
    QCOMPARE(headers(model, Qt::Horizontal).mid(0, 4), byName);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), before);
    QCOMPARE(cell.row(), 3);
    QCOMPARE(cell.column(), 1);
    // Still a matrix: the diagonal is the diagonal, every cell is its pair's value.
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(model.index(row, row).data().toString(), QStringLiteral("—"));
        for (int col = 0; col < 4; ++col) {
            const int i = model.participantAt(row), j = model.participantAt(col);
            QCOMPARE(model.index(row, col).data(AgreementMatrixModel::RowParticipantRole).toInt(), i);
            QCOMPARE(model.index(row, col).data(AgreementMatrixModel::ColumnParticipantRole).toInt(), j);
            QCOMPARE(model.index(row, col).data().toString(),
                AgreementMatrixModel::percentText(r.matrix.at(i, j)));
        }
    }

    // Highest average first.
    model.setSortBy(AgreementMatrixModel::SortBy::Average, Qt::DescendingOrder);
    double last = 2;
    for (int row = 0; row < 4; ++row) {
        const double avg
            = model.index(row, model.averageColumn()).data(AgreementMatrixModel::ValueRole).toDouble();
        QVERIFY(avg <= last);
        last = avg;
        QCOMPARE(
            model.headerData(row, Qt::Horizontal).toString(), model.headerData(row, Qt::Vertical).toString());
    }
    QCOMPARE(model.participantAt(3), 3); // the designed outlier (0.2, 0.3, 0.45) is last
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Cleo"));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), before);

    model.setSortBy(AgreementMatrixModel::SortBy::Original);
    QCOMPARE(headers(model, Qt::Vertical), names);
    QCOMPARE(cell.row(), 0);
    QCOMPARE(cell.column(), 1);
}

void TestAgreementModels::bands_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("band");
    QTest::newRow("none") << agreement::kNoScore << int(AgreementBand::None);
    QTest::newRow("0") << 0.0 << int(AgreementBand::Low);
    QTest::newRow("32.9") << 0.329 << int(AgreementBand::Low);
    QTest::newRow("33") << 0.33 << int(AgreementBand::Moderate);
    QTest::newRow("65.9") << 0.659 << int(AgreementBand::Moderate);
    QTest::newRow("66") << 0.66 << int(AgreementBand::High);
    QTest::newRow("100") << 1.0 << int(AgreementBand::High);
}

void TestAgreementModels::bands()
{
    QFETCH(double, value);
    QFETCH(int, band);
    QCOMPARE(int(agreementBand(value)), band);
}

void TestAgreementModels::bandColoursReadInBothPalettes()
{
    for (const QPalette &pal : { lightPalette(), darkPalette() }) {
        QSet<QRgb> seen;
        for (AgreementBand b : { AgreementBand::High, AgreementBand::Moderate, AgreementBand::Low }) {
            const QColor c = bandColor(b, pal);
            seen.insert(c.rgb());
            // Readable: WCAG AA for normal text.
            QVERIFY2(contrastRatio(c, textColorOn(c, pal)) >= 4.5,
                qPrintable(QStringLiteral("%1 on %2").arg(textColorOn(c, pal).name(), c.name())));
        }
        QCOMPARE(seen.size(), 3);
        QCOMPARE(bandColor(AgreementBand::None, pal), pal.color(QPalette::Base));
    }
    // Green is green and red is red in either palette.
    for (const QPalette &pal : { lightPalette(), darkPalette() }) {
        const QColor high = bandColor(AgreementBand::High, pal), low = bandColor(AgreementBand::Low, pal);
        QVERIFY(high.green() > high.red());
        QVERIFY(low.red() > low.green());
    }
    // A light palette gets light tints, a dark one dark shades.
    QVERIFY(bandColor(AgreementBand::High, lightPalette()).lightness() > 150);
    QVERIFY(bandColor(AgreementBand::High, darkPalette()).lightness() < 110);
}

void TestAgreementModels::delegatePaintsTheBand()
{
    AgreementMatrixModel model;
    model.setMatrix(sampleReport().matrix, sampleNames());
    QTableView view;
    view.setModel(&model);
    auto *delegate = new HeatMapDelegate(&view);
    view.setItemDelegate(delegate);
    for (const QPalette &pal : { lightPalette(), darkPalette() }) {
        for (const QModelIndex &idx : { model.index(0, 1), model.index(0, 3), model.index(1, 2) }) {
            QImage image(80, 30, QImage::Format_ARGB32);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            QStyleOptionViewItem option;
            option.rect = image.rect();
            option.palette = pal;
            option.font = view.font();
            delegate->paint(&painter, option, idx);
            painter.end();
            const AgreementBand band = agreementBand(idx.data(AgreementMatrixModel::ValueRole).toDouble());
            QCOMPARE(QColor(image.pixel(2, 2)).rgb(), bandColor(band, pal).rgb());
        }
    }
}

void TestAgreementModels::histogram()
{
    AgreementHistogram h;
    h.resize(400, 160);
    h.setDistribution({ 0, 0, 1, 0, 0, 2, 0, 3, 4, 2 }, 0.724, 0.12);
    QCOMPARE(h.counts().size(), 10);
    QCOMPARE(h.binText(8), QStringLiteral("80–90%: 4 task(s)"));
    QCOMPARE(h.binText(2), QStringLiteral("20–30%: 1 task(s)"));
    QCOMPARE(h.summaryText(), QStringLiteral("Mean 72.4% ± 12.0% over 12 task(s)"));
    QVERIFY(h.accessibleDescription().contains(QStringLiteral("80–90%: 4 task(s)")));
    // The bar under the pointer: bin 8 is the ninth tenth of the plot.
    QCOMPARE(h.binAt(QPoint(4 + int(392 * 0.85), 40)), 8);
    QCOMPARE(h.binAt(QPoint(4 + 5, 40)), 0);
    QCOMPARE(h.binAt(QPoint(200, 159)), -1); // below the bars
    h.grab(); // paints without a crash
    h.clear();
    QVERIFY(h.summaryText().contains(QLatin1String("No task")));
}

void TestAgreementModels::pairTasks()
{
    PairTasksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const agreement::AgreementReport r = sampleReport();
    model.setPair(r, 0, 1); // Ann and Bob: every task but 5, 10 (Ann left out) and 1, 6, 11 (Bob)
    QCOMPARE(model.taskIds(), (QList<int> { 2, 3, 4, 7, 8, 9, 12 }));
    QCOMPARE(model.rowCount(), r.matrix.common(0, 1));
    for (int i = 0; i < model.rowCount(); ++i) {
        const int t = model.row(i).taskId;
        QCOMPARE(model.row(i).score, sampleScore(0, 1, t));
        QCOMPARE(model.row(i).annotationsA, QList<int> { sampleAnnotationId(t, 0) });
        QCOMPARE(model.row(i).annotationsB, QList<int> { sampleAnnotationId(t, 1) });
        QCOMPARE(
            model.index(i, 1).data().toString(), AgreementMatrixModel::percentText(sampleScore(0, 1, t)));
    }
    // The mean of the listed scores is the cell.
    double sum = 0;
    for (int i = 0; i < model.rowCount(); ++i)
        sum += model.row(i).score;
    QVERIFY(std::abs(sum / model.rowCount() - r.matrix.at(0, 1)) < 1e-9);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Task"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

// With ground truth and predictions on, a member each on a task is not a pair: the list holds the tasks
// of the matrix cell (commonTaskIds), and each row names the pair the comparison shows.
void TestAgreementModels::pairTasksNeedARealPair()
{
    PairTasksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const agreement::AgreementReport r = mixedReport();
    // User 7 and Ground truth: task 12 is left out (User 7's only annotation there is the ground truth
    // itself); on task 10 the pair is 101 (User 7) and 100 (the ground truth), not 100 with itself.
    model.setPair(r, 0, 2);
    QCOMPARE(model.taskIds(), QList<int> { 10 });
    QCOMPARE(model.rowCount(), r.matrix.common(0, 2));
    QCOMPARE(model.row(0).pairA, 101);
    QCOMPARE(model.row(0).pairB, 100);
    QCOMPARE(model.row(0).score, 0.0); // Negative against Positive
    QCOMPARE(model.row(0).annotationsA, (QList<int> { 100, 101 }));
    QCOMPARE(model.row(0).annotationsB, QList<int> { 100 });
    QCOMPARE(model.index(0, 1).data().toString(), AgreementMatrixModel::percentText(0.0));
    // The other way round, A's id first.
    model.setPair(r, 2, 0);
    QCOMPARE(model.taskIds(), QList<int> { 10 });
    QCOMPARE(model.row(0).pairA, 100);
    QCOMPARE(model.row(0).pairB, 101);
    // User 8 and Ground truth on task 12: 121 and 120.
    model.setPair(r, 1, 2);
    QCOMPARE(model.taskIds(), QList<int> { 12 });
    QCOMPARE(model.row(0).pairA, 121);
    QCOMPARE(model.row(0).pairB, 120);
    QCOMPARE(model.row(0).score, 1.0);
    // Annotation 3 and prediction 3: one id, two items, a real pair.
    model.setPair(r, 0, 3);
    QCOMPARE(model.taskIds(), QList<int> { 5 });
    QCOMPARE(model.row(0).pairA, 3);
    QCOMPARE(model.row(0).pairB, 3);
    // Every cell: the list is the matrix's tasks, its mean the cell.
    for (int i = 0; i < 4; ++i) {
        for (int j = 0; j < 4; ++j) {
            if (i == j)
                continue;
            model.setPair(r, i, j);
            QCOMPARE(model.taskIds(), r.commonTaskIds(i, j));
            QCOMPARE(model.rowCount(), r.matrix.common(i, j));
            double sum = 0;
            for (int k = 0; k < model.rowCount(); ++k)
                sum += model.row(k).score;
            if (model.rowCount() > 0)
                QVERIFY(std::abs(sum / model.rowCount() - r.matrix.at(i, j)) < 1e-9);
        }
    }
}

// The same tasks through the engine itself (ground truth and predictions on): for every pair of
// participants the list is the cell's tasks, and the pair shown is two different items of the two.
void TestAgreementModels::pairTasksAgreeWithTheEngine()
{
    agreement::AgreementOptions options;
    options.includeGroundTruth = true;
    options.includePredictions = true;
    agreement::AgreementEngine engine(options);
    for (int t : mixedItems().keys())
        engine.addTask(mixedTask(t));
    const agreement::AgreementReport r = engine.report();
    QCOMPARE(r.participants.size(), 4);
    PairTasksModel model;
    int rows = 0;
    for (int i = 0; i < r.participants.size(); ++i) {
        for (int j = 0; j < r.participants.size(); ++j) {
            if (i == j)
                continue;
            model.setPair(r, i, j);
            QCOMPARE(model.taskIds(), r.commonTaskIds(i, j));
            QCOMPARE(model.rowCount(), r.matrix.common(i, j));
            for (int k = 0; k < model.rowCount(); ++k) {
                const PairTasksModel::Row &row = model.row(k);
                QVERIFY(row.annotationsA.contains(row.pairA));
                QVERIFY(row.annotationsB.contains(row.pairB));
                const bool twoTables = (r.participants.at(i).kind == agreement::Participant::Kind::Prediction)
                    != (r.participants.at(j).kind == agreement::Participant::Kind::Prediction);
                QVERIFY2(row.pairA != row.pairB || twoTables,
                    qPrintable(
                        QStringLiteral("task %1 compares %2 with itself").arg(row.taskId).arg(row.pairA)));
                ++rows;
            }
        }
    }
    QVERIFY(rows >= 8); // the cells above, both ways round
}

void TestAgreementModels::csvWriter()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.csv"));
    QString error;
    QVERIFY(writeFileAtomically(path, "a,b\n1,2\n", &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("a,b\n1,2\n"));
    f.close();
    // Replacing an existing file.
    QVERIFY(writeFileAtomically(path, "x\n", &error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("x\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("m.csv") });
}

void TestAgreementModels::csvWriterFailureLeavesNothing()
{
    QTemporaryDir dir;
    QString error;
    // A folder that does not exist.
    QVERIFY(!writeFileAtomically(dir.filePath(QStringLiteral("missing/m.csv")), "a\n", &error));
    QVERIFY(error.contains(QLatin1String("m.csv")));
    // The target is a folder: the rename fails at the end, and the temporary file goes.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.csv")));
    error.clear();
    QVERIFY(!writeFileAtomically(dir.filePath(QStringLiteral("taken.csv")), "a\n", &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList { QStringLiteral("taken.csv") });
    // A read-only folder (root writes anywhere: not checkable then).
    const QString ro = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("ro")));
    QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner));
    if (::geteuid() != 0) {
        error.clear();
        QVERIFY(!writeFileAtomically(ro + QStringLiteral("/m.csv"), "a\n", &error));
        QVERIFY(error.contains(QLatin1String("m.csv")));
        QVERIFY(QDir(ro).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }
    QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QTEST_MAIN(TestAgreementModels)
#include "tst_agreementmodels.moc"
