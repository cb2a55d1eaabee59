// What saving an edited config does to a project's annotations: the impact report on hand-made
// summaries (counts per change, drafts apart, the server's refusals attached to the changes they are
// about), the dialog that shows it (no Save when the server would refuse), and ConfigSaver's flow
// against a fake network (summary, confirmation, PATCH, one completion signal, edits never lost).

#include "configeditor/configdocument.h"
#include "configeditor/configsaver.h"
#include "configeditor/impactreport.h"
#include "fakenam.h"
#include "testutil.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {

QString lines(const QStringList &l)
{
    return l.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

const QString kBaseline = lines({
    QStringLiteral("<View>"),
    QStringLiteral("  <Image name=\"image\" value=\"$image\"/>"),
    QStringLiteral("  <RectangleLabels name=\"label\" toName=\"image\">"),
    QStringLiteral("    <Label value=\"Car\" background=\"red\"/>"),
    QStringLiteral("    <Label value=\"Person\"/>"),
    QStringLiteral("    <Label value=\"Tree\"/>"),
    QStringLiteral("  </RectangleLabels>"),
    QStringLiteral("  <Choices name=\"weather\" toName=\"image\">"),
    QStringLiteral("    <Choice value=\"Sunny\"/>"),
    QStringLiteral("    <Choice value=\"Rainy\"/>"),
    QStringLiteral("  </Choices>"),
    QStringLiteral("</View>"),
});

QString edited(const QString &from, const QString &to)
{
    QString s = kBaseline;
    Q_ASSERT(s.contains(from));
    return s.replace(from, to);
}

QJsonObject summaryJson(const QJsonObject &drafts = QJsonObject {})
{
    return QJsonObject {
        { QStringLiteral("created_annotations"),
            QJsonObject { { QStringLiteral("label|image|rectanglelabels"), 320 },
                { QStringLiteral("weather|image|choices"), 50 } } },
        { QStringLiteral("created_labels"),
            QJsonObject {
                { QStringLiteral("label"),
                    QJsonObject { { QStringLiteral("Car"), 312 }, { QStringLiteral("Person"), 8 } } },
                { QStringLiteral("weather"),
                    QJsonObject { { QStringLiteral("Sunny"), 30 }, { QStringLiteral("Rainy"), 20 } } } } },
        { QStringLiteral("created_labels_drafts"), drafts },
    };
}

QJsonObject carDrafts()
{
    return QJsonObject { { QStringLiteral("label"), QJsonObject { { QStringLiteral("Car"), 4 } } } };
}

ImpactReport reportFor(const QString &after, const ProjectSummary &summary)
{
    XmlError error;
    const auto before = LabelInterface::parse(kBaseline, &error);
    const auto now = LabelInterface::parse(after, &error);
    if (!before || !now)
        qFatal("config does not parse: %s", qPrintable(error.toString()));
    return ImpactReport::compute(*before, *now, summary);
}

const ImpactItem *itemOf(const ImpactReport &r, ConfigChange::Kind kind, const QString &name = {})
{
    for (const ImpactItem &i : r.items()) {
        if (!i.unattributed && i.change.kind == kind && (name.isEmpty() || i.change.name == name))
            return &i;
    }
    return nullptr;
}

QJsonObject projectJson(int id, const QString &config)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("title"), QStringLiteral("p") },
        { QStringLiteral("label_config"), config } };
}

QByteArray refusal(const QString &text)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("detail"), QStringLiteral("Validation error") },
                             { QStringLiteral("validation_errors"),
                                 QJsonObject { { QStringLiteral("label_config"), QJsonArray { text } } } } })
        .toJson();
}

// Records every signal of a saver: each save() must end with exactly one of the four last ones.
struct SaverSpy
{
    explicit SaverSpy(ConfigSaver *s)
        : blocked(s, &ConfigSaver::blocked)
        , confirmation(s, &ConfigSaver::confirmationNeeded)
        , saved(s, &ConfigSaver::saved)
        , failed(s, &ConfigSaver::failed)
        , cancelled(s, &ConfigSaver::cancelled)
    { }
    int completions() const { return int(blocked.size() + saved.size() + failed.size() + cancelled.size()); }
    QSignalSpy blocked;
    QSignalSpy confirmation;
    QSignalSpy saved;
    QSignalSpy failed;
    QSignalSpy cancelled;
};

struct FakeProject
{
    FakeNam nam;
    Client client { ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
        &nam, fastOptions() };
    explicit FakeProject(const QJsonObject &summary)
    {
        nam.always("GET", QStringLiteral("/api/projects/7/summary/"), ReplyScript::json(200, summary));
        nam.setHandler([](const RecordedRequest &r) -> std::optional<ReplyScript> {
            if (r.verb != "PATCH" || r.path() != QLatin1String("/api/projects/7/"))
                return std::nullopt;
            // As Label Studio's serializer does, the stored text loses its surrounding whitespace.
            const QString config = r.json().object().value(QLatin1String("label_config")).toString();
            return ReplyScript::json(200, projectJson(7, config.trimmed())).withDelay(50);
        });
    }
    int patches() const { return nam.count("PATCH", QStringLiteral("/api/projects/7/")); }
};
} // namespace

class TestImpactReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removingAUsedLabelBlocksWithTheServersMessage()
    {
        const ImpactReport r
            = reportFor(edited(QStringLiteral("    <Label value=\"Car\" background=\"red\"/>\n"), {}),
                ProjectSummary::fromJson(summaryJson(carDrafts())));
        QCOMPARE(r.items().size(), 1);
        const ImpactItem &item = r.items().first();
        QCOMPARE(item.change.kind, ConfigChange::Kind::LabelRemoved);
        QCOMPARE(item.annotations, 312);
        QCOMPARE(item.drafts, 4);
        QCOMPARE(item.text(),
            QStringLiteral("Removing label \"Car\" from \"label\" affects 312 annotations and 4 drafts"));
        QVERIFY(item.blocksSave);
        const QString server
            = QStringLiteral("These labels still exist in annotations or drafts:\nCar (312 annotations, "
                             "4 drafts)\nPlease add labels to tag with name=\"label\".");
        QCOMPARE(item.reason, server);
        QVERIFY(r.isBlocked());
        QCOMPARE(r.blockingReasons(), QStringList { server });
        // PATCH alone would take it; the editor is strict like the server's validate endpoint.
        QVERIFY(r.verdict().refusedOnSave.isEmpty());
        QCOMPARE(r.verdict().refusedOnValidate, QStringList { server });
        QCOMPARE(r.impactedItems().size(), 1);
    }

    void removingAnUnusedLabelDoesNotBlock()
    {
        const ImpactReport r = reportFor(edited(QStringLiteral("    <Label value=\"Tree\"/>\n"), {}),
            ProjectSummary::fromJson(summaryJson()));
        QCOMPARE(r.items().size(), 1);
        const ImpactItem &item = r.items().first();
        QCOMPARE(item.change.kind, ConfigChange::Kind::LabelRemoved);
        QCOMPARE(item.annotations, 0);
        QCOMPARE(item.drafts, 0);
        QVERIFY(!item.blocksSave);
        QVERIFY(!item.needsConfirmation());
        QCOMPARE(
            item.text(), QStringLiteral("Removing label \"Tree\" from \"label\" affects no annotations"));
        QVERIFY(!r.isBlocked());
        QVERIFY(!r.needsConfirmation());
        QVERIFY(r.impactedItems().isEmpty());
    }

    void renamingAUsedLabelCountsItsUses()
    {
        const ImpactReport r = reportFor(edited(QStringLiteral("\"Person\""), QStringLiteral("\"Human\"")),
            ProjectSummary::fromJson(summaryJson()));
        const ImpactItem *item = itemOf(r, ConfigChange::Kind::LabelRenamed);
        QVERIFY(item);
        QCOMPARE(item->change.label, QStringLiteral("Person"));
        QCOMPARE(item->change.newLabel, QStringLiteral("Human"));
        QCOMPARE(item->annotations, 8);
        QCOMPARE(item->drafts, 0);
        QCOMPARE(item->text(),
            QStringLiteral("Renaming label \"Person\" of \"label\" to \"Human\" affects 8 annotations"));
        QVERIFY(item->blocksSave); // the annotations still say "Person"
        QVERIFY(item->reason.contains(QStringLiteral("Person (8 annotations)")));
    }

    void removingAControlCountsItsAnnotations()
    {
        const ImpactReport r
            = reportFor(edited(QStringLiteral("  <Choices name=\"weather\" toName=\"image\">\n    "
                                              "<Choice value=\"Sunny\"/>\n    <Choice "
                                              "value=\"Rainy\"/>\n  </Choices>\n"),
                            {}),
                ProjectSummary::fromJson(summaryJson(QJsonObject {
                    { QStringLiteral("weather"), QJsonObject { { QStringLiteral("Rainy"), 2 } } } })));
        QCOMPARE(r.items().size(), 1);
        const ImpactItem &item = r.items().first();
        QCOMPARE(item.change.kind, ConfigChange::Kind::ControlRemoved);
        QCOMPARE(item.annotations, 50);
        QCOMPARE(item.drafts, 2);
        QCOMPARE(
            item.text(), QStringLiteral("Removing Choices \"weather\" affects 50 annotations and 2 drafts"));
        QVERIFY(item.blocksSave);
        QCOMPARE(item.reason,
            QStringLiteral(
                "Created annotations are incompatible with provided labeling schema, we found:\n50 with "
                "from_name=weather, to_name=image, type=choices"));
    }

    void renamedControlIsCountedUnderItsOldName()
    {
        const ImpactReport r
            = reportFor(edited(QStringLiteral("name=\"weather\""), QStringLiteral("name=\"sky\""))
                            .replace(QStringLiteral("\"Rainy\""), QStringLiteral("\"Wet\"")),
                ProjectSummary::fromJson(summaryJson()));
        const ImpactItem *renamed = itemOf(r, ConfigChange::Kind::ControlRenamed);
        QVERIFY(renamed);
        QCOMPARE(renamed->annotations, 50);
        QVERIFY(renamed->blocksSave);
        QCOMPARE(renamed->text(),
            QStringLiteral("Renaming Choices \"weather\" to \"sky\" affects 50 annotations"));
        // The label change is reported under the new name, counted under the old one.
        const ImpactItem *label = itemOf(r, ConfigChange::Kind::LabelRenamed, QStringLiteral("sky"));
        QVERIFY(label);
        QCOMPARE(label->annotations, 20);
    }

    void draftsAreCountedApart()
    {
        const ImpactReport r = reportFor(edited(QStringLiteral("    <Label value=\"Tree\"/>\n"), {}),
            ProjectSummary::fromJson(summaryJson(
                QJsonObject { { QStringLiteral("label"), QJsonObject { { QStringLiteral("Tree"), 1 } } } })));
        const ImpactItem &item = r.items().first();
        QCOMPARE(item.annotations, 0);
        QCOMPARE(item.drafts, 1);
        QCOMPARE(item.text(), QStringLiteral("Removing label \"Tree\" from \"label\" affects 1 draft"));
        QVERIFY(item.blocksSave);
        QVERIFY(item.reason.contains(QStringLiteral("Tree (1 draft)")));
    }

    void harmlessChangesNeedNothing()
    {
        const ImpactReport r
            = reportFor(edited(QStringLiteral("    <Label value=\"Tree\"/>\n"),
                            QStringLiteral("    <Label value=\"Tree\"/>\n    <Label value=\"Bus\"/>\n"))
                            .replace(QStringLiteral("red"), QStringLiteral("blue")),
                ProjectSummary::fromJson(summaryJson(carDrafts())));
        QCOMPARE(r.items().size(), 2);
        const ImpactItem *added = itemOf(r, ConfigChange::Kind::LabelAdded);
        QVERIFY(added);
        QCOMPARE(added->text(), QStringLiteral("Adding label \"Bus\" to \"label\""));
        const ImpactItem *recoloured = itemOf(r, ConfigChange::Kind::LabelRecoloured);
        QVERIFY(recoloured);
        QCOMPARE(recoloured->annotations, 312); // shown in the new colour ...
        QVERIFY(!recoloured->needsConfirmation()); // ... but nothing to confirm
        QVERIFY(!r.isBlocked());
        QVERIFY(!r.needsConfirmation());
    }

    // Reading another data field keeps every annotation valid for the server, but they were made on
    // other data: worth a confirmation, not a refusal.
    void valueChangeNeedsConfirmation()
    {
        const ImpactReport r
            = reportFor(edited(QStringLiteral("value=\"$image\""), QStringLiteral("value=\"$img\"")),
                ProjectSummary::fromJson(summaryJson(carDrafts())));
        QCOMPARE(r.items().size(), 1);
        const ImpactItem &item = r.items().first();
        QCOMPARE(item.change.kind, ConfigChange::Kind::ObjectValueChanged);
        QCOMPARE(item.annotations, 370);
        QCOMPARE(item.drafts, 4);
        QVERIFY(item.needsConfirmation());
        QVERIFY(!item.blocksSave);
        QVERIFY(!r.isBlocked());
        QVERIFY(r.needsConfirmation());
        QCOMPARE(item.text(),
            QStringLiteral(
                "Making Image \"image\" read $img instead of $image affects 370 annotations and 4 drafts"));
    }

    void objectRenameBlocksItsControlsToo()
    {
        const ImpactReport r
            = reportFor(edited(QStringLiteral("name=\"image\""), QStringLiteral("name=\"photo\""))
                            .replace(QStringLiteral("toName=\"image\""), QStringLiteral("toName=\"photo\"")),
                ProjectSummary::fromJson(summaryJson()));
        const ImpactItem *object = itemOf(r, ConfigChange::Kind::ObjectRenamed);
        QVERIFY(object);
        QCOMPARE(object->annotations, 370);
        QVERIFY(object->blocksSave);
        const ImpactItem *retargeted
            = itemOf(r, ConfigChange::Kind::ToNameChanged, QStringLiteral("weather"));
        QVERIFY(retargeted);
        QCOMPARE(retargeted->annotations, 50);
        QVERIFY(retargeted->blocksSave);
        QCOMPARE(retargeted->reason, object->reason);
    }

    // The server's summary may list a control that the baseline never had (it drifts): the refusal
    // still blocks, as an item of its own.
    void refusalWithoutAChangeIsItsOwnItem()
    {
        QJsonObject summary = summaryJson();
        QJsonObject created = summary.value(QLatin1String("created_annotations")).toObject();
        created.insert(QStringLiteral("ghost|image|choices"), 3);
        summary.insert(QStringLiteral("created_annotations"), created);
        const ImpactReport r = reportFor(kBaseline, ProjectSummary::fromJson(summary));
        QCOMPARE(r.items().size(), 1);
        const ImpactItem &item = r.items().first();
        QVERIFY(item.unattributed);
        QVERIFY(item.blocksSave);
        QCOMPARE(item.text(), item.reason);
        QVERIFY(item.reason.contains(QStringLiteral("from_name=ghost")));
        QVERIFY(r.isBlocked());
    }

    void dialogRefusesToSaveWhatTheServerRefuses()
    {
        const ImpactReport r
            = reportFor(edited(QStringLiteral("    <Label value=\"Car\" background=\"red\"/>\n"), {}),
                ProjectSummary::fromJson(summaryJson(carDrafts())));
        ImpactDialog dialog(r.items(), r.notes());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isBlocked());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.reasonText(), r.blockingReasons().first());
        QVERIFY(dialog.saveButton()->toolTip().contains(QStringLiteral("Please add labels")));
        QCOMPARE(dialog.list()->item(0)->text(), r.items().first().text());
        // No way around it: the only other button cancels.
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 2);
        for (QPushButton *b : buttons)
            QVERIFY(b == dialog.saveButton()
                || !b->text().contains(QStringLiteral("anyway"), Qt::CaseInsensitive));
        QTest::keyClick(&dialog, Qt::Key_Return); // the default button is Cancel
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isHidden());
    }

    void dialogConfirmsWithTheKeyboard()
    {
        const ImpactReport r
            = reportFor(edited(QStringLiteral("value=\"$image\""), QStringLiteral("value=\"$img\"")),
                ProjectSummary::fromJson(summaryJson()));
        ImpactDialog dialog(r.items());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.isBlocked());
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(dialog.reasonText().isEmpty());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        ImpactDialog again(r.items());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTest::keyClick(&again, Qt::Key_Escape);
        QCOMPARE(again.result(), int(QDialog::Rejected));
    }

    void saverSavesAHarmlessChange()
    {
        FakeProject server(QJsonObject {});
        ConfigDocument doc;
        doc.load(kBaseline.trimmed());
        doc.replaceText(
            edited(QStringLiteral("\"Tree\"/>\n"), QStringLiteral("\"Tree\"/>\n    <Label value=\"Bus\"/>\n"))
                .trimmed());
        QVERIFY(doc.isModified());
        ConfigSaver saver;
        SaverSpy spy(&saver);
        QVERIFY(saver.save(&server.client, 7, &doc));
        QVERIFY(saver.isBusy());
        QVERIFY(!saver.save(&server.client, 7, &doc)); // one at a time
        QCOMPARE(spy.completions(), 0); // never from inside save()
        QTRY_COMPARE_WITH_TIMEOUT(spy.saved.size(), 1, 5000);
        QTest::qWait(50);
        QCOMPARE(spy.completions(), 1);
        QCOMPARE(spy.confirmation.size(), 0);
        QCOMPARE(server.patches(), 1);
        const RecordedRequest patch
            = server.nam.requests("PATCH", QStringLiteral("/api/projects/7/")).first();
        QCOMPARE(patch.json().object().value(QLatin1String("label_config")).toString(), doc.text());
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.baseline(), doc.text());
        QVERIFY(doc.undoStack()->canUndo()); // saving keeps the history
        QVERIFY(!saver.isBusy());
    }

    // The server keeps label_config without surrounding whitespace: the document takes its text.
    void saverAdoptsTheTextTheServerStored()
    {
        FakeProject server(QJsonObject {});
        ConfigDocument doc;
        doc.load(kBaseline);
        const QString sent = edited(
            QStringLiteral("\"Tree\"/>\n"), QStringLiteral("\"Tree\"/>\n    <Label value=\"Bus\"/>\n"));
        doc.replaceText(sent);
        ConfigSaver saver;
        SaverSpy spy(&saver);
        saver.save(&server.client, 7, &doc);
        QTRY_COMPARE_WITH_TIMEOUT(spy.saved.size(), 1, 5000);
        const RecordedRequest patch
            = server.nam.requests("PATCH", QStringLiteral("/api/projects/7/")).first();
        QCOMPARE(patch.json().object().value(QLatin1String("label_config")).toString(), sent);
        QCOMPARE(doc.text(), sent.trimmed());
        QCOMPARE(saver.text(), sent.trimmed());
        QVERIFY(!doc.isModified());
        QCOMPARE(spy.completions(), 1);
        // One step of its own, and the history before it is still there.
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Text as the server stored it"));
        doc.undoStack()->undo();
        QCOMPARE(doc.text(), sent);
        QVERIFY(doc.undoStack()->canUndo());
    }

    void saverAsksBeforeTouchingExistingWork()
    {
        FakeProject server(summaryJson());
        ConfigDocument doc;
        doc.load(kBaseline);
        doc.replaceText(edited(QStringLiteral("value=\"$image\""), QStringLiteral("value=\"$img\"")));
        ConfigSaver saver;
        SaverSpy spy(&saver);
        QVERIFY(saver.save(&server.client, 7, &doc));
        QTRY_COMPARE_WITH_TIMEOUT(spy.confirmation.size(), 1, 5000);
        QCOMPARE(saver.state(), ConfigSaver::State::WaitingForConfirmation);
        const auto items = spy.confirmation.first().first().value<QList<ImpactItem>>();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().annotations, 370);
        QTest::qWait(100);
        QCOMPARE(server.patches(), 0);
        saver.confirm();
        QTRY_COMPARE_WITH_TIMEOUT(spy.saved.size(), 1, 5000);
        QCOMPARE(spy.completions(), 1);
        QCOMPARE(server.patches(), 1);
        QVERIFY(!doc.isModified());
    }

    void saverCancelKeepsTheEdits()
    {
        FakeProject server(summaryJson());
        ConfigDocument doc;
        doc.load(kBaseline);
        doc.replaceText(edited(QStringLiteral("value=\"$image\""), QStringLiteral("value=\"$img\"")));
        ConfigSaver saver;
        SaverSpy spy(&saver);
        saver.save(&server.client, 7, &doc);
        QTRY_COMPARE_WITH_TIMEOUT(spy.confirmation.size(), 1, 5000);
        saver.cancel();
        QCOMPARE(spy.cancelled.size(), 1);
        saver.confirm(); // too late: nothing to confirm
        QTest::qWait(100);
        QCOMPARE(spy.completions(), 1);
        QCOMPARE(server.patches(), 0);
        QVERIFY(doc.isModified());

        // Cancelling while the summary is on its way ends the save at once; its reply is ignored.
        server.nam.always("GET", QStringLiteral("/api/projects/7/summary/"),
            ReplyScript::json(200, summaryJson()).withDelay(200));
        QVERIFY(saver.save(&server.client, 7, &doc));
        QTest::qWait(20);
        saver.cancel();
        QCOMPARE(spy.cancelled.size(), 2);
        QTest::qWait(300);
        QCOMPARE(spy.completions(), 2);
        QCOMPARE(spy.confirmation.size(), 1);
    }

    void saverStopsWhereTheServerWouldRefuse()
    {
        FakeProject server(summaryJson(carDrafts()));
        ConfigDocument doc;
        doc.load(kBaseline);
        doc.removeElement({ 1, 0 }); // Car
        ConfigSaver saver;
        SaverSpy spy(&saver);
        saver.save(&server.client, 7, &doc);
        QTRY_COMPARE_WITH_TIMEOUT(spy.blocked.size(), 1, 5000);
        const auto items = spy.blocked.first().first().value<QList<ImpactItem>>();
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first().blocksSave);
        QCOMPARE(items.first().annotations, 312);
        QTest::qWait(100);
        QCOMPARE(spy.completions(), 1);
        QCOMPARE(server.patches(), 0);
        QVERIFY(doc.isModified());
        QVERIFY(saver.report().isBlocked());
    }

    void saverReportsARefusalVerbatimAndKeepsTheEdits()
    {
        FakeProject server(QJsonObject {});
        const QString text = QStringLiteral("Label config contains non-unique names");
        server.nam.always("PATCH", QStringLiteral("/api/projects/7/"), ReplyScript::json(400, refusal(text)));
        ConfigDocument doc;
        doc.load(kBaseline);
        doc.replaceText(edited(
            QStringLiteral("\"Tree\"/>\n"), QStringLiteral("\"Tree\"/>\n    <Label value=\"Bus\"/>\n")));
        const QString mine = doc.text();
        ConfigSaver saver;
        SaverSpy spy(&saver);
        saver.save(&server.client, 7, &doc);
        QTRY_COMPARE_WITH_TIMEOUT(spy.failed.size(), 1, 5000);
        QCOMPARE(spy.failed.first().first().toString(), text);
        QCOMPARE(spy.completions(), 1);
        QCOMPARE(doc.text(), mine);
        QVERIFY(doc.isModified());
        QVERIFY(doc.undoStack()->canUndo());
    }

    void editsDuringTheRequestStayModified()
    {
        FakeProject server(QJsonObject {});
        ConfigDocument doc;
        doc.load(kBaseline);
        doc.replaceText(edited(
            QStringLiteral("\"Tree\"/>\n"), QStringLiteral("\"Tree\"/>\n    <Label value=\"Bus\"/>\n")));
        const QString sent = doc.text();
        ConfigSaver saver;
        SaverSpy spy(&saver);
        saver.save(&server.client, 7, &doc);
        QTRY_COMPARE_WITH_TIMEOUT(saver.state(), ConfigSaver::State::Saving, 5000);
        doc.replaceText(sent + QStringLiteral("<!-- more -->\n"));
        QTRY_COMPARE_WITH_TIMEOUT(spy.saved.size(), 1, 5000);
        QCOMPARE(saver.text(), sent.trimmed()); // as the server stored it
        QVERIFY(doc.isModified()); // it holds more than the server
        QCOMPARE(doc.text(), sent + QStringLiteral("<!-- more -->\n"));
        QCOMPARE(doc.baseline(), sent.trimmed()); // the next report compares with what the server holds
    }

    void saverFailsWithoutAProjectOrAParse()
    {
        FakeProject server(QJsonObject {});
        ConfigDocument doc;
        doc.load(kBaseline);
        ConfigSaver saver;
        SaverSpy spy(&saver);
        QVERIFY(saver.save(&server.client, 0, &doc));
        QTRY_COMPARE_WITH_TIMEOUT(spy.failed.size(), 1, 3000);
        doc.replaceText(QStringLiteral("<View>"));
        QVERIFY(saver.save(&server.client, 7, &doc));
        QTRY_COMPARE_WITH_TIMEOUT(spy.failed.size(), 2, 3000);
        QVERIFY(spy.failed.last().first().toString().contains(QStringLiteral("not well-formed")));
        server.nam.always("GET", QStringLiteral("/api/projects/7/summary/"),
            ReplyScript::json(500, QJsonObject { { QStringLiteral("detail"), QStringLiteral("boom") } }));
        doc.replaceText(kBaseline);
        QVERIFY(saver.save(&server.client, 7, &doc));
        QTRY_COMPARE_WITH_TIMEOUT(spy.failed.size(), 3, 10000);
        QCOMPARE(spy.completions(), 3);
        QCOMPARE(server.patches(), 0);
    }
};

QTEST_MAIN(TestImpactReport)
#include "tst_impactreport.moc"
