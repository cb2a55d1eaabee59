// Comments on annotations on the fake network, in the shape of Label Studio Enterprise's api/comments/:
// the model under QAbstractItemModelTester; the panel lists an annotation's comments (author, time,
// resolved), adds one, resolves and reopens one (a PATCH of is_resolved only), shows a refusal in the
// server's words and walks pages; the annotations pane shows the panel for the selected annotation only
// when comments are enabled (Enterprise) and otherwise never asks api/comments/.
#include "annotations/annotationspane.h"
#include "annotations/commentsmodel.h"
#include "annotations/commentspanel.h"
#include "api/client.h"
#include "api/mediacache.h"
#include "api/usersapi.h"
#include "fakenam.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const QString kComments = QStringLiteral("/api/comments/");

QJsonObject commentJson(int id, int annotation, const QString &text, bool resolved = false)
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("annotation"), annotation },
        { QStringLiteral("project"), 7 },
        { QStringLiteral("task"), 70 },
        { QStringLiteral("text"), text },
        { QStringLiteral("is_resolved"), resolved },
        { QStringLiteral("created_at"), QStringLiteral("2025-03-01T10:00:00Z") },
        { QStringLiteral("updated_at"), QStringLiteral("2025-03-01T10:00:00Z") },
        { QStringLiteral("resolved_at"),
            resolved ? QJsonValue(QStringLiteral("2025-03-02T10:00:00Z")) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("created_by"),
            QJsonObject { { QStringLiteral("id"), 3 },
                { QStringLiteral("email"), QStringLiteral("rev@x.org") },
                { QStringLiteral("first_name"), QStringLiteral("Rita") },
                { QStringLiteral("last_name"), QStringLiteral("Reviewer") } } },
    };
}

QJsonObject taskJson()
{
    const auto annotation = [](int id) {
        return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("task"), 70 },
            { QStringLiteral("project"), 7 }, { QStringLiteral("completed_by"), 3 },
            { QStringLiteral("result"), QJsonArray {} },
            { QStringLiteral("created_at"), QStringLiteral("2025-03-01T09:00:00Z") } };
    };
    return QJsonObject { { QStringLiteral("id"), 70 }, { QStringLiteral("project"), 7 },
        { QStringLiteral("data"), QJsonObject { { QStringLiteral("text"), QStringLiteral("hello") } } },
        { QStringLiteral("annotations"), QJsonArray { annotation(11), annotation(12) } },
        { QStringLiteral("predictions"), QJsonArray {} } };
}

struct Env
{
    FakeNam nam;
    Client client { ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
        &nam, fastOptions() };
};

bool waitLoaded(CommentsPanel &panel)
{
    if (!panel.isLoading())
        return true;
    QSignalSpy loaded(&panel, &CommentsPanel::commentsLoaded);
    QSignalSpy failed(&panel, &CommentsPanel::errorOccurred);
    return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 5000);
}

QString cell(const CommentsModel *m, int row, CommentsModel::Column c, int role = Qt::DisplayRole)
{
    return m->data(m->index(row, int(c)), role).toString();
}
} // namespace

class TestComments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelUnderTester()
    {
        CommentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComments({ Comment::fromJson(commentJson(1, 11, QStringLiteral("first"))) });
        QCOMPARE(model.rowCount(), 1);
        model.append({ Comment::fromJson(commentJson(2, 11, QStringLiteral("second\nline"), true)) });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(&model, 0, CommentsModel::Column::Author), QStringLiteral("Rita Reviewer"));
        QCOMPARE(cell(&model, 1, CommentsModel::Column::Text), QStringLiteral("second line"));
        QCOMPARE(model.data(model.index(1, int(CommentsModel::Column::Resolved)), Qt::CheckStateRole).toInt(),
            int(Qt::Checked));
        QVERIFY(!cell(&model, 0, CommentsModel::Column::Created).isEmpty());
        Comment changed = model.comments().at(0);
        changed.isResolved = true;
        model.upsert(changed);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(&model, 0, CommentsModel::Column::Resolved), QStringLiteral("Resolved"));
        // An author given by id only takes the directory's name.
        QJsonObject byId = commentJson(3, 11, QStringLiteral("third"));
        byId.insert(QStringLiteral("created_by"), 9);
        model.upsert(Comment::fromJson(byId));
        QCOMPARE(cell(&model, 2, CommentsModel::Column::Author), QStringLiteral("User 9"));
        model.setUserNames({ { 9, QStringLiteral("Ann") } });
        QCOMPARE(cell(&model, 2, CommentsModel::Column::Author), QStringLiteral("Ann"));
        model.removeComment(1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.comments().at(0).id, 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void listsAnAnnotationsComments()
    {
        Env env;
        env.nam.always("GET", kComments,
            ReplyScript::json(200,
                QJsonArray { commentJson(1, 11, QStringLiteral("Box too wide")),
                    commentJson(2, 11, QStringLiteral("Fixed?"), true) }));
        CommentsPanel panel(&env.client);
        QAbstractItemModelTester tester(
            panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setAnnotation(7, 11);
        QVERIFY(waitLoaded(panel));
        QCOMPARE(env.nam.count("GET", kComments), 1);
        const QUrlQuery q = env.nam.requests("GET", kComments).first().query();
        QCOMPARE(q.queryItemValue(QStringLiteral("project")), QStringLiteral("7"));
        QCOMPARE(q.queryItemValue(QStringLiteral("annotation")), QStringLiteral("11"));
        QCOMPARE(q.queryItemValue(QStringLiteral("expand_created_by")), QStringLiteral("true"));
        const CommentsModel *m = panel.model();
        QCOMPARE(m->rowCount(), 2);
        QCOMPARE(cell(m, 0, CommentsModel::Column::Text), QStringLiteral("Box too wide"));
        QCOMPARE(cell(m, 0, CommentsModel::Column::Author), QStringLiteral("Rita Reviewer"));
        QCOMPARE(cell(m, 0, CommentsModel::Column::Resolved), QStringLiteral("Open"));
        QCOMPARE(cell(m, 1, CommentsModel::Column::Resolved), QStringLiteral("Resolved"));
        QVERIFY(panel.statusText().isEmpty());
        // The same annotation again is not fetched again; another one is.
        panel.setAnnotation(7, 11);
        QCOMPARE(env.nam.count("GET", kComments), 1);
    }

    void addsAComment()
    {
        Env env;
        env.nam.always("GET", kComments, ReplyScript::json(200, QJsonArray {}));
        env.nam.once(
            "POST", kComments, ReplyScript::json(201, commentJson(5, 11, QStringLiteral("Looks good"))));
        CommentsPanel panel(&env.client);
        panel.setAnnotation(7, 11);
        QVERIFY(waitLoaded(panel));
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(panel.statusText().contains(QStringLiteral("No comments")));
        QVERIFY(!panel.addButton()->isEnabled()); // nothing typed yet
        panel.editor()->setPlainText(QStringLiteral("  Looks good "));
        QVERIFY(panel.addButton()->isEnabled());
        QSignalSpy added(&panel, &CommentsPanel::commentAdded);
        QTest::mouseClick(panel.addButton(), Qt::LeftButton);
        QVERIFY(added.wait(5000));
        const auto posts = env.nam.requests("POST", kComments);
        QCOMPARE(posts.size(), 1);
        const QJsonObject body = posts.first().json().object();
        QCOMPARE(body.value(QStringLiteral("annotation")).toInt(), 11);
        QCOMPARE(body.value(QStringLiteral("project")).toInt(), 7);
        QCOMPARE(body.value(QStringLiteral("text")).toString(), QStringLiteral("Looks good"));
        QCOMPARE(body.value(QStringLiteral("is_resolved")).toBool(true), false);
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->comments().first().id, 5);
        QVERIFY(panel.editor()->toPlainText().isEmpty());
    }

    void resolvesAndReopens()
    {
        Env env;
        env.nam.always(
            "GET", kComments, ReplyScript::json(200, QJsonArray { commentJson(1, 11, QStringLiteral("x")) }));
        env.nam.once("PATCH", QStringLiteral("/api/comments/1/"),
            ReplyScript::json(200, commentJson(1, 11, QStringLiteral("x"), true)));
        env.nam.once("PATCH", QStringLiteral("/api/comments/1/"),
            ReplyScript::json(200, commentJson(1, 11, QStringLiteral("x"), false)));
        CommentsPanel panel(&env.client);
        panel.setAnnotation(7, 11);
        QVERIFY(waitLoaded(panel));
        QVERIFY(!panel.resolveButton()->isEnabled()); // nothing selected
        panel.view()->setCurrentIndex(panel.model()->index(0, 0));
        QVERIFY(panel.resolveButton()->isEnabled());
        QSignalSpy changed(&panel, &CommentsPanel::commentChanged);
        QTest::mouseClick(panel.resolveButton(), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        auto patches = env.nam.requests("PATCH", QStringLiteral("/api/comments/1/"));
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first().json().object(), (QJsonObject { { QStringLiteral("is_resolved"), true } }));
        QVERIFY(panel.model()->comments().first().isResolved);
        QVERIFY(panel.resolveButton()->text().contains(QStringLiteral("open")));
        QTest::mouseClick(panel.resolveButton(), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        patches = env.nam.requests("PATCH", QStringLiteral("/api/comments/1/"));
        QCOMPARE(patches.size(), 2);
        QCOMPARE(patches.last().json().object(), (QJsonObject { { QStringLiteral("is_resolved"), false } }));
        QVERIFY(!panel.model()->comments().first().isResolved);
    }

    void refusalShownVerbatim()
    {
        Env env;
        env.nam.always("GET", kComments, ReplyScript::json(200, QJsonArray {}));
        const QString detail = QStringLiteral("Comments are locked for reviewed annotations");
        env.nam.once(
            "POST", kComments, ReplyScript::json(403, QJsonObject { { QStringLiteral("detail"), detail } }));
        CommentsPanel panel(&env.client);
        panel.setAnnotation(7, 11);
        QVERIFY(waitLoaded(panel));
        panel.editor()->setPlainText(QStringLiteral("Please fix"));
        QSignalSpy errors(&panel, &CommentsPanel::errorOccurred);
        panel.addComment();
        QVERIFY(errors.wait(5000));
        QVERIFY2(panel.statusText().contains(detail), qPrintable(panel.statusText()));
        QVERIFY(errors.first().first().toString().contains(detail));
        // What was typed stays, and nothing was added.
        QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("Please fix"));
        QCOMPARE(panel.model()->rowCount(), 0);

        // A failing list shows the server's words too.
        env.nam.always("GET", kComments,
            ReplyScript::json(
                400, QJsonObject { { QStringLiteral("detail"), QStringLiteral("Bad annotation") } }));
        panel.setAnnotation(7, 12);
        QVERIFY(waitLoaded(panel));
        QVERIFY2(
            panel.statusText().contains(QStringLiteral("Bad annotation")), qPrintable(panel.statusText()));
    }

    void walksPages()
    {
        Env env;
        const int total = CommentsApi::kPageSize + 20;
        env.nam.setHandler([total](const RecordedRequest &r) -> std::optional<ReplyScript> {
            if (r.verb != "GET" || r.path() != kComments)
                return std::nullopt;
            const int page = r.query().queryItemValue(QStringLiteral("page")).toInt();
            QJsonArray items;
            const int first = (page - 1) * CommentsApi::kPageSize;
            for (int i = first; i < std::min(total, first + CommentsApi::kPageSize); ++i)
                items.append(commentJson(i + 1, 11, QStringLiteral("c%1").arg(i + 1)));
            return ReplyScript::json(200,
                QJsonObject { { QStringLiteral("count"), total }, { QStringLiteral("results"), items } });
        });
        CommentsPanel panel(&env.client);
        QSignalSpy loaded(&panel, &CommentsPanel::commentsLoaded);
        panel.setAnnotation(7, 11);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(env.nam.count("GET", kComments), 2);
        QCOMPARE(panel.model()->rowCount(), total);
        QCOMPARE(panel.model()->comments().last().text, QStringLiteral("c%1").arg(total));
    }

    void paneCommunityHasNoComments()
    {
        Env env;
        env.nam.always("GET", QStringLiteral("/api/tasks/70/"), ReplyScript::json(200, taskJson()));
        env.nam.always("GET", QStringLiteral("/api/users/"), ReplyScript::json(200, QJsonArray {}));
        env.nam.always("GET", kComments, ReplyScript::json(200, QJsonArray {}));
        MediaCache media(&env.client, 1 << 20);
        UserDirectory users(&env.client);
        AnnotationsPane pane(&env.client, &media, &users);
        QSignalSpy loaded(&pane, &AnnotationsPane::taskLoaded);
        pane.setTask(70);
        QVERIFY(loaded.wait(5000));
        pane.view()->setCurrentIndex(pane.model()->indexOfAnnotation(12));
        QTest::qWait(50);
        QVERIFY(!pane.commentsPanel());
        QVERIFY(!pane.findChild<CommentsPanel *>());
        QCOMPARE(env.nam.count("", kComments), 0);
    }

    void paneEnterpriseShowsTheSelectedAnnotations()
    {
        Env env;
        env.nam.always("GET", QStringLiteral("/api/tasks/70/"), ReplyScript::json(200, taskJson()));
        env.nam.always("GET", QStringLiteral("/api/users/"), ReplyScript::json(200, QJsonArray {}));
        env.nam.setHandler([](const RecordedRequest &r) -> std::optional<ReplyScript> {
            if (r.path() != kComments)
                return std::nullopt;
            const int annotation = r.query().queryItemValue(QStringLiteral("annotation")).toInt();
            return ReplyScript::json(200,
                QJsonArray {
                    commentJson(annotation * 10, annotation, QStringLiteral("on %1").arg(annotation)) });
        });
        MediaCache media(&env.client, 1 << 20);
        UserDirectory users(&env.client);
        AnnotationsPane pane(&env.client, &media, &users);
        pane.setCommentsEnabled(true);
        CommentsPanel *panel = pane.commentsPanel();
        QVERIFY(panel);
        QSignalSpy loaded(&pane, &AnnotationsPane::taskLoaded);
        QSignalSpy commentsLoaded(panel, &CommentsPanel::commentsLoaded);
        pane.setTask(70);
        QVERIFY(loaded.wait(5000));
        QVERIFY(commentsLoaded.wait(5000) || !commentsLoaded.isEmpty());
        QCOMPARE(panel->annotationId(), 11); // the first row is selected
        QCOMPARE(panel->model()->comments().first().text, QStringLiteral("on 11"));
        pane.view()->setCurrentIndex(pane.model()->indexOfAnnotation(12));
        QVERIFY(QTest::qWaitFor([&] { return commentsLoaded.size() == 2; }, 5000));
        QCOMPARE(panel->annotationId(), 12);
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->comments().first().text, QStringLiteral("on 12"));
        pane.clear();
        QCOMPARE(panel->annotationId(), 0);
        QCOMPARE(panel->model()->rowCount(), 0);
        pane.setCommentsEnabled(false);
        QVERIFY(!pane.commentsPanel());
    }
};

QTEST_MAIN(TestComments)
#include "tst_comments.moc"
