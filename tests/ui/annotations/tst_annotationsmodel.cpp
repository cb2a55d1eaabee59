// AnnotationsModel: a task's annotations and predictions as a tree of their results (control -> label ->
// value), the columns of the top rows, and the user directory's names, under QAbstractItemModelTester.
#include "annotations/annotationsmodel.h"
#include "api/usersapi.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace lsdesk;

namespace {
using Column = AnnotationsModel::Column;

const char *kTask = R"({
  "id": 7, "project": 2, "data": {"text": "Alice met Acme and Bob."},
  "annotations": [
    {"id": 11, "completed_by": 1, "was_cancelled": true, "ground_truth": false, "lead_time": 12.5,
     "created_at": "2024-03-01T10:00:00Z", "updated_at": "2024-03-02T11:30:00Z",
     "result": [
       {"id": "c1", "from_name": "sentiment", "to_name": "text", "type": "choices",
        "value": {"choices": ["Positive"]}}
     ]},
    {"id": 12, "completed_by": {"id": 5, "email": "eve@example.com", "first_name": "", "last_name": ""},
     "was_cancelled": false, "ground_truth": true, "lead_time": 3,
     "created_at": "2024-03-03T08:00:00Z", "updated_at": "2024-03-03T08:05:00Z",
     "result": [
       {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
        "value": {"start": 0, "end": 5, "text": "Alice", "labels": ["PER"]}},
       {"id": "r2", "from_name": "label", "to_name": "text", "type": "labels",
        "value": {"start": 10, "end": 14, "text": "Acme", "labels": ["ORG"]}},
       {"id": "r3", "from_name": "label", "to_name": "text", "type": "labels",
        "value": {"start": 19, "end": 22, "text": "Bob", "labels": ["PER"]}},
       {"id": "t1", "from_name": "comment", "to_name": "text", "type": "textarea",
        "value": {"text": ["Looks fine", "Second line"]}},
       {"from_id": "r1", "to_id": "r2", "type": "relation", "direction": "right", "labels": ["works_at"]},
       {"from_id": "r3", "to_id": "r1", "type": "relation", "direction": "bi"}
     ]}
  ],
  "predictions": [
    {"id": 21, "model_version": "m1", "score": 0.8712, "created_at": "2024-03-04T09:00:00Z",
     "result": [
       {"id": "b1", "from_name": "box", "to_name": "image", "type": "rectanglelabels",
        "value": {"x": 10, "y": 20.5, "width": 30, "height": 40, "rotation": 0, "rectanglelabels": ["Car"]}},
       {"id": "b2", "from_name": "box", "to_name": "image", "type": "rectangle",
        "value": {"x": 1.234, "y": 2, "width": 3, "height": 4, "rotation": 15}},
       {"id": "s1", "from_name": "stars", "to_name": "text", "type": "rating", "value": {"rating": 4}},
       {"id": "n1", "from_name": "count", "to_name": "text", "type": "number", "value": {"number": 42}},
       {"id": "tx", "from_name": "topic", "to_name": "text", "type": "taxonomy",
        "value": {"taxonomy": [["Animals", "Cats"], ["Plants"]]}}
     ]}
  ]
})";

Task task()
{
    return Task::fromJson(QJsonDocument::fromJson(kTask).object());
}

// The Item column as an indented outline, one row per line.
QString outline(const QAbstractItemModel &m, const QModelIndex &parent = {}, int depth = 0)
{
    QString out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        out += QString(depth * 2, QLatin1Char(' ')) + i.data().toString() + QLatin1Char('\n');
        out += outline(m, i, depth + 1);
    }
    return out;
}

QString cell(const AnnotationsModel &m, int row, Column c)
{
    return m.index(row, int(c)).data().toString();
}
} // namespace

class TestAnnotationsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tree()
    {
        UserDirectory users(nullptr);
        User ann;
        ann.id = 1;
        ann.firstName = QStringLiteral("Ann");
        ann.lastName = QStringLiteral("Example");
        users.insert(ann);
        AnnotationsModel model(&users);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(task());

        const QString expected = QString::fromUtf8(R"(Annotation #11
  sentiment
    Positive
Annotation #12
  label
    PER
      0–5: Alice
      19–22: Bob
    ORG
      10–14: Acme
  comment
    Looks fine
    Second line
  Relations
    PER “Alice” → ORG “Acme” (works_at)
    PER “Bob” ↔ PER “Alice”
Prediction #21
  box
    Car
      10,20.5 30×40 %
    1.23,2 3×4 %, rotated 15°
  stars
    Rating: 4
  count
    42
  topic
    Animals / Cats
    Plants
)");
        QCOMPARE(outline(model), expected);
        QCOMPARE(model.columnCount(), int(Column::Count));
        QCOMPARE(
            model.headerData(int(Column::LeadTime), Qt::Horizontal).toString(), QStringLiteral("Lead time"));
    }

    void topLevelColumns()
    {
        UserDirectory users(nullptr);
        User ann;
        ann.id = 1;
        ann.firstName = QStringLiteral("Ann");
        ann.lastName = QStringLiteral("Example");
        users.insert(ann);
        AnnotationsModel model(&users);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Task t = task();
        model.setTask(t);

        QCOMPARE(cell(model, 0, Column::Author), QStringLiteral("Ann Example"));
        QCOMPARE(cell(model, 0, Column::Created), AnnotationsModel::formatTime(t.annotations[0].createdAt));
        QVERIFY(!cell(model, 0, Column::Created).isEmpty());
        QCOMPARE(cell(model, 0, Column::Updated), AnnotationsModel::formatTime(t.annotations[0].updatedAt));
        QCOMPARE(cell(model, 0, Column::LeadTime), QStringLiteral("12.5 s"));
        QCOMPARE(cell(model, 0, Column::Flags), QStringLiteral("cancelled"));
        QCOMPARE(model.index(0, int(Column::LeadTime)).data(AnnotationsModel::SortRole).toDouble(), 12.5);
        QCOMPARE(model.index(0, int(Column::Created)).data(AnnotationsModel::SortRole).toDateTime(),
            QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));

        // The embedded completed_by object is the pane's business; the model only asks the directory.
        QCOMPARE(cell(model, 1, Column::Author), QStringLiteral("User #5"));
        QCOMPARE(cell(model, 1, Column::LeadTime), QStringLiteral("3 s"));
        QCOMPARE(cell(model, 1, Column::Flags), QStringLiteral("ground truth"));

        QCOMPARE(cell(model, 2, Column::Author), QStringLiteral("m1"));
        QCOMPARE(cell(model, 2, Column::Flags), QStringLiteral("score 0.87"));
        QCOMPARE(cell(model, 2, Column::LeadTime), QString());
        QCOMPARE(cell(model, 2, Column::Updated), QString());

        // Rows below the top level have text in the first column only.
        const QModelIndex control = model.index(0, 0, model.index(1, 0));
        QCOMPARE(control.data().toString(), QStringLiteral("label"));
        QCOMPARE(model.index(0, int(Column::Author), model.index(1, 0)).data(), QVariant());

        // A name that arrives later updates the Author column.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        User eve;
        eve.id = 5;
        eve.email = QStringLiteral("eve@example.com");
        users.insert(eve);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(model, 1, Column::Author), QStringLiteral("eve@example.com"));
    }

    void lookups()
    {
        AnnotationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(task());
        using Kind = AnnotationsModel::Kind;

        const QModelIndex a12 = model.indexOfAnnotation(12);
        QCOMPARE(a12.row(), 1);
        QCOMPARE(model.kindOf(a12), Kind::Annotation);
        const QModelIndex per = model.index(0, 0, model.index(0, 0, a12));
        QCOMPARE(per.data().toString(), QStringLiteral("PER"));
        QCOMPARE(model.kindOf(per), Kind::Label);
        const QModelIndex span = model.index(1, 0, per);
        QCOMPARE(model.kindOf(span), Kind::Value);
        QCOMPARE(span.data(AnnotationsModel::IdRole).toInt(), 12);
        // A region row belongs to its annotation.
        QCOMPARE(model.annotationAt(span)->id, 12);
        QVERIFY(!model.predictionAt(span));
        QCOMPARE(model.parent(model.parent(span)), model.index(0, 0, a12));

        const QModelIndex p21 = model.indexOfPrediction(21);
        QCOMPARE(p21.row(), 2);
        QCOMPARE(model.kindOf(p21), Kind::Prediction);
        QCOMPARE(model.predictionAt(model.index(0, 0, p21))->modelVersion, QStringLiteral("m1"));
        QVERIFY(!model.annotationAt(p21));
        QVERIFY(!model.indexOfAnnotation(21).isValid());
        QVERIFY(!model.indexOfPrediction(11).isValid());

        // No user directory: an id still reads as someone.
        QCOMPARE(cell(model, 0, Column::Author), QStringLiteral("User #1"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexOfAnnotation(12).isValid());
    }

    void resetsBetweenTasks()
    {
        AnnotationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(task());
        Task other;
        other.id = 8;
        Annotation a;
        a.id = 99;
        a.result = QJsonDocument::fromJson(R"([{"from_name": "sentiment", "type": "choices",
            "value": {"choices": ["Negative", "Mixed"]}}, {"type": "mystery", "from_name": "x",
            "value": {"foo": 1}}])")
                       .array();
        other.annotations << a;
        model.setTask(other);
        QCOMPARE(outline(model),
            QStringLiteral("Annotation #99\n  sentiment\n    Negative\n    Mixed\n  x\n    {\"foo\":1}\n"));
    }
};

QTEST_MAIN(TestAnnotationsModel)
#include "tst_annotationsmodel.moc"
