// ConfigPreview: the native sketch of the labeling interface - each tag drawn as the web UI would show
// it (filled from the sample task), rebuilt on document changes (coalesced), kept on broken XML, drawn
// in light and dark palettes, reachable by keyboard, and never writing to the config.

#include "configeditor/configpreview.h"
#include "configeditor/previewwidgets.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace lsdesk;
using namespace lsdesk::preview;

namespace {
const QString kConfig
    = QStringLiteral("<View>\n"
                     "  <Image name=\"image\" value=\"$image\"/>\n"
                     "  <RectangleLabels name=\"label\" toName=\"image\">\n"
                     "    <Label value=\"Car\" background=\"#ff0000\"/>\n"
                     "    <Label value=\"Person\"/>\n"
                     "    <Label value=\"Tree\" hotkey=\"t\"/>\n"
                     "  </RectangleLabels>\n"
                     "  <Choices name=\"weather\" toName=\"image\" choice=\"multiple\" "
                     "showInline=\"true\">\n"
                     "    <Choice value=\"Sunny\"/>\n"
                     "    <Choice value=\"Rainy\"/>\n"
                     "    <Choice value=\"Foggy\"/>\n"
                     "  </Choices>\n"
                     "  <TextArea name=\"comment\" toName=\"image\" rows=\"3\" placeholder=\"Describe\"/>\n"
                     "  <Rating name=\"quality\" toName=\"image\" maxRating=\"7\"/>\n"
                     "  <Text name=\"text\" value=\"$text\"/>\n"
                     "</View>\n");
// The SDK's editor-preview sample for a Text object (data_examples.json, TextRaw).
const QString kSampleText = QStringLiteral("To have faith is to trust yourself to the water");

// Lets the new sketch lay itself out, as the event loop would before the user sees it.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

QPoint posIn(const QWidget *w, const QWidget *ancestor)
{
    return w->mapTo(ancestor, QPoint(0, 0));
}

QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;
void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// A light or a dark palette, every role the preview draws with set explicitly.
QPalette makePalette(bool dark)
{
    struct Role
    {
        QPalette::ColorRole role;
        QRgb light, dark;
    };
    static const Role roles[]
        = { { QPalette::Window, 0xf5f5f5, 0x2b2b2b }, { QPalette::WindowText, 0x000000, 0xeeeeee },
              { QPalette::Base, 0xffffff, 0x1e1e1e }, { QPalette::AlternateBase, 0xeeeeee, 0x333333 },
              { QPalette::Text, 0x000000, 0xeeeeee }, { QPalette::Button, 0xe0e0e0, 0x3a3a3a },
              { QPalette::ButtonText, 0x000000, 0xeeeeee }, { QPalette::Mid, 0xb0b0b0, 0x555555 },
              { QPalette::PlaceholderText, 0x808080, 0x999999 }, { QPalette::Highlight, 0x308cc6, 0x3d7ad6 },
              { QPalette::ToolTipBase, 0xffffdc, 0x444422 }, { QPalette::ToolTipText, 0x000000, 0xeeeeee } };
    QPalette p;
    for (const Role &r : roles)
        p.setColor(r.role, QColor(dark ? r.dark : r.light));
    return p;
}
} // namespace

class TestConfigPreview : public QObject
{
    Q_OBJECT

    // A shown preview of `doc` with the sketch laid out.
    static void showPreview(ConfigPreview &preview, ConfigDocument &doc)
    {
        preview.setRebuildDelay(10000); // tests rebuild explicitly unless they test the timer
        preview.setDocument(&doc);
        preview.resize(900, 1000);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        settle();
    }

private Q_SLOTS:
    void webLabelColoursMatchTheWebUi()
    {
        // Reference values: Please.make_color({seed}) run from Label Studio's own bundle (node).
        QCOMPARE(webLabelColor(QStringLiteral("Car")), QColor(QStringLiteral("#72bfb9")));
        QCOMPARE(webLabelColor(QStringLiteral("Person")), QColor(QStringLiteral("#72bf7d")));
        QCOMPARE(webLabelColor(QStringLiteral("Tree")), QColor(QStringLiteral("#a4bf72")));
        QCOMPARE(webLabelColor(QStringLiteral("DynamicLabel1")), QColor(QStringLiteral("#7872bf")));
        QCOMPARE(webLabelColor(QStringLiteral("\u00dcn\u00ef")), QColor(QStringLiteral("#82bf72")));
        QCOMPARE(webLabelColor(QStringLiteral("\U0001F600x")), QColor(QStringLiteral("#9dbf72")));
        // The web UI's own default background is replaced too; any other background is kept.
        QCOMPARE(labelBackground(QStringLiteral("#DA935D"), QStringLiteral("Car")),
            QColor(QStringLiteral("#72bfb9")));
        QCOMPARE(labelBackground(QStringLiteral("red"), QStringLiteral("Car")), QColor(Qt::red));
        QCOMPARE(
            labelBackground(QStringLiteral("rgb(0, 128, 255)"), QStringLiteral("Car")), QColor(0, 128, 255));
        const QColor css = parseCssColor(QStringLiteral("#ff000080"));
        QCOMPARE(css.red(), 255);
        QCOMPARE(css.alpha(), 128);
        QCOMPARE(parseCssColor(QStringLiteral("rgba(10, 20, 30, 0.5)")).alpha(), 128);
        g_warnings.clear();
        g_previousHandler = qInstallMessageHandler(collectWarnings);
        const QColor bad = parseCssColor(QStringLiteral("not-a-colour"));
        qInstallMessageHandler(g_previousHandler);
        QVERIFY(!bad.isValid());
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
        QCOMPARE(labelBackground(QStringLiteral("not-a-colour"), QStringLiteral("Car")),
            QColor(QStringLiteral("#72bfb9")));
        // contrastColor: YIQ >= 128 reads black.
        QCOMPARE(contrastTextColor(Qt::red), QColor(Qt::white));
        QCOMPARE(contrastTextColor(Qt::yellow), QColor(Qt::black));
        QCOMPARE(contrastTextColor(QColor(QStringLiteral("#72bfb9"))), QColor(Qt::black));
    }

    void sketchesEveryTagOfTheConfig()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        ConfigPreview preview;
        showPreview(preview, doc);
        QWidget *canvas = preview.canvas();
        QVERIFY(!preview.isShowingMessage());
        QVERIFY(!preview.isShowingLastGood());

        // Three chips; the red one red with white text, the others in the web UI's seeded colours.
        QCOMPARE(canvas->findChildren<LabelChip *>().size(), 3);
        auto *car = qobject_cast<LabelChip *>(preview.widgetFor({ 1, 0 }));
        QVERIFY(car);
        QCOMPARE(car->text(), QStringLiteral("Car"));
        QCOMPARE(car->color(), QColor(QStringLiteral("#ff0000")));
        QCOMPARE(car->textColor(), QColor(Qt::white));
        auto *person = qobject_cast<LabelChip *>(preview.widgetFor({ 1, 1 }));
        QVERIFY(person);
        QCOMPARE(person->color(), webLabelColor(QStringLiteral("Person")));
        auto *tree = qobject_cast<LabelChip *>(preview.widgetFor({ 1, 2 }));
        QVERIFY(tree);
        QCOMPARE(tree->hotkey(), QStringLiteral("t"));
        QCOMPARE(tree->textColor(), QColor(Qt::black));
        QCOMPARE(tree->property(ConfigPreview::PathProperty).value<ElementPath>(), (ElementPath { 1, 2 }));

        // choice="multiple": check boxes, showInline: on one line, left to right.
        QWidget *choices = preview.widgetFor({ 2 });
        QVERIFY(choices);
        const auto boxes = choices->findChildren<QCheckBox *>();
        QCOMPARE(boxes.size(), 3);
        QVERIFY(choices->findChildren<QRadioButton *>().isEmpty());
        QCOMPARE(boxes[0]->text(), QStringLiteral("Sunny"));
        QCOMPARE(posIn(boxes[1], canvas).y(), posIn(boxes[0], canvas).y());
        QCOMPARE(posIn(boxes[2], canvas).y(), posIn(boxes[0], canvas).y());
        QVERIFY(posIn(boxes[1], canvas).x() >= posIn(boxes[0], canvas).x() + boxes[0]->width());
        QCOMPARE(qobject_cast<QCheckBox *>(preview.widgetFor({ 2, 1 })), boxes[1]);

        // The caption: name -> toName, in the placeholder colour.
        const auto captions = choices->findChildren<QLabel *>(QStringLiteral("lsdeskPreviewCaption"));
        QCOMPARE(captions.size(), 1);
        QCOMPARE(captions[0]->text(), QStringLiteral("weather \u2192 image"));
        QCOMPARE(captions[0]->foregroundRole(), QPalette::PlaceholderText);

        // TextArea rows="3": a plain text edit three lines high.
        const auto edits = canvas->findChildren<QPlainTextEdit *>();
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits[0]->placeholderText(), QStringLiteral("Describe"));
        const int line = edits[0]->fontMetrics().lineSpacing();
        QVERIFY2(edits[0]->height() >= 3 * line && edits[0]->height() < 4 * line + 20,
            qPrintable(QStringLiteral("height %1, line %2").arg(edits[0]->height()).arg(line)));

        // Rating maxRating="7": seven stars.
        const auto ratings = canvas->findChildren<RatingStars *>();
        QCOMPARE(ratings.size(), 1);
        QCOMPARE(ratings[0]->maxRating(), 7);
        QCOMPARE(ratings[0]->shape(), RatingStars::Shape::Star);
        QVERIFY(ratings[0]->width() >= ratings[0]->symbolRect(6).right());

        // The Text shows the sample text; the Image is a 4:3 frame with the sample URL.
        auto *text = qobject_cast<QLabel *>(preview.widgetFor({ 5 }));
        QVERIFY(text);
        QCOMPARE(text->text(), kSampleText);
        QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByMouse);
        auto *image = qobject_cast<ObjectPlaceholder *>(preview.widgetFor({ 0 }));
        QVERIFY(image);
        QCOMPARE(image->kind(), ObjectPlaceholder::Kind::Image);
        QCOMPARE(image->detail(), QStringLiteral("http://localhost:8080/static/samples/sample.jpg"));
        QCOMPARE(image->heightForWidth(400), 300);
        QCOMPARE(preview.widgetFor({ 9 }), nullptr);
    }

    void interactingChangesNothingInTheConfig()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        ConfigPreview preview;
        showPreview(preview, doc);
        auto *stars = preview.canvas()->findChild<RatingStars *>();
        QVERIFY(stars);
        QTest::mouseClick(stars, Qt::LeftButton, {}, stars->symbolRect(4).center());
        QCOMPARE(stars->value(), 5);
        QTest::mouseClick(stars, Qt::LeftButton, {}, stars->symbolRect(4).center());
        QCOMPARE(stars->value(), 0); // clicking the current rating clears it
        auto *car = qobject_cast<LabelChip *>(preview.widgetFor({ 1, 0 }));
        auto *person = qobject_cast<LabelChip *>(preview.widgetFor({ 1, 1 }));
        QTest::mouseClick(car, Qt::LeftButton);
        QVERIFY(car->isChecked());
        QTest::mouseClick(person, Qt::LeftButton);
        QVERIFY(person->isChecked());
        QVERIFY(!car->isChecked()); // Labels select one at a time by default
        QTest::mouseClick(qobject_cast<QCheckBox *>(preview.widgetFor({ 2, 0 })), Qt::LeftButton);
        QTest::mouseClick(qobject_cast<QCheckBox *>(preview.widgetFor({ 2, 2 })), Qt::LeftButton);
        QVERIFY(qobject_cast<QCheckBox *>(preview.widgetFor({ 2, 0 }))->isChecked());
        QVERIFY(qobject_cast<QCheckBox *>(preview.widgetFor({ 2, 2 }))->isChecked());
        QTest::keyClicks(preview.canvas()->findChild<QPlainTextEdit *>(), QStringLiteral("a note"));
        QCOMPARE(doc.text(), kConfig);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }

    void keyboardReachesTheWidgetsInDocumentOrder()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        ConfigPreview preview;
        showPreview(preview, doc);
        preview.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&preview));
        QVERIFY(preview.focusPolicy() & Qt::TabFocus);
        preview.setFocus();
        QVERIFY(preview.hasFocus());
        auto *car = qobject_cast<LabelChip *>(preview.widgetFor({ 1, 0 }));
        auto *person = qobject_cast<LabelChip *>(preview.widgetFor({ 1, 1 }));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), car);
        QTest::keyClick(car, Qt::Key_Space);
        QVERIFY(car->isChecked());
        QTest::keyClick(car, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), person);
        QTest::keyClick(person, Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), preview.widgetFor({ 2, 0 }));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *stars = qobject_cast<RatingStars *>(QApplication::focusWidget());
        QVERIFY(stars);
        QTest::keyClick(stars, Qt::Key_Right);
        QTest::keyClick(stars, Qt::Key_Right);
        QTest::keyClick(stars, Qt::Key_Right);
        QCOMPARE(stars->value(), 3);
        QTest::keyClick(stars, Qt::Key_End);
        QCOMPARE(stars->value(), 7);
        QTest::keyClick(stars, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), preview.widgetFor({ 5 })); // the Text, selectable by keyboard

        // A rebuild keeps the focus on the same element.
        person->setFocus();
        QVERIFY(doc.setAttribute({ 1, 1 }, QStringLiteral("background"), QStringLiteral("#00ff00")));
        preview.rebuildNow();
        QVERIFY(preview.widgetFor({ 1, 1 }) != person);
        QCOMPARE(QApplication::focusWidget(), preview.widgetFor({ 1, 1 }));
    }

    void switchingToSingleChoiceGivesRadioButtons()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        ConfigPreview preview;
        showPreview(preview, doc);
        QVERIFY(doc.setAttribute({ 2 }, QStringLiteral("choice"), QStringLiteral("single")));
        // Not yet: the rebuild waits for the delay.
        QVERIFY(preview.isRebuildPending());
        QCOMPARE(preview.widgetFor({ 2 })->findChildren<QCheckBox *>().size(), 3);
        preview.rebuildNow();
        settle();
        QWidget *choices = preview.widgetFor({ 2 });
        const auto radios = choices->findChildren<QRadioButton *>();
        QCOMPARE(radios.size(), 3);
        QVERIFY(choices->findChildren<QCheckBox *>().isEmpty());
        QTest::mouseClick(radios[0], Qt::LeftButton);
        QTest::mouseClick(radios[1], Qt::LeftButton);
        QVERIFY(!radios[0]->isChecked());
        QVERIFY(radios[1]->isChecked());
        // The default (no choice attribute) is single too.
        QVERIFY(doc.removeAttribute({ 2 }, QStringLiteral("choice")));
        preview.rebuildNow();
        QCOMPARE(preview.widgetFor({ 2 })->findChildren<QRadioButton *>().size(), 3);
    }

    void changesAreCoalescedIntoOneRebuild()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        ConfigPreview preview;
        showPreview(preview, doc);
        preview.setRebuildDelay(50);
        QSignalSpy rebuilt(&preview, &ConfigPreview::rebuilt);
        QString text = kConfig;
        for (const QString &value : { QStringLiteral("Ca"), QStringLiteral("Cat"), QStringLiteral("Cats") }) {
            text.replace(QRegularExpression(QStringLiteral("value=\"Ca[^\"]*\"")),
                QStringLiteral("value=\"%1\"").arg(value));
            doc.replaceText(text); // typing in the XML view
        }
        QCOMPARE(rebuilt.size(), 0);
        QVERIFY(rebuilt.wait(2000));
        QTest::qWait(120);
        QCOMPARE(rebuilt.size(), 1);
        QCOMPARE(qobject_cast<LabelChip *>(preview.widgetFor({ 1, 0 }))->text(), QStringLiteral("Cats"));
        // The same config again (typing, then undoing it) is not rebuilt.
        preview.rebuildNow();
        QCOMPARE(rebuilt.size(), 1);
    }

    void nestedFlexViewLaysChildrenSideBySide()
    {
        ConfigDocument doc;
        doc.load(QStringLiteral("<View>\n"
                                "  <View style=\"display: flex; gap: 8px\">\n"
                                "    <View style=\"flex: 50%\"><Text name=\"a\" value=\"$a\"/></View>\n"
                                "    <View style=\"flex: 50%\">\n"
                                "      <Header value=\"Pick\" size=\"2\"/>\n"
                                "      <Choices name=\"c\" toName=\"a\"><Choice value=\"X\"/></Choices>\n"
                                "    </View>\n"
                                "  </View>\n"
                                "  <View style=\"flex: 1\"><Text name=\"b\" value=\"$b\"/><Text name=\"d\" "
                                "value=\"$d\"/></View>\n"
                                "</View>\n"));
        ConfigPreview preview;
        showPreview(preview, doc);
        QWidget *canvas = preview.canvas();
        QWidget *left = preview.widgetFor({ 0, 0 });
        QWidget *right = preview.widgetFor({ 0, 1 });
        QVERIFY(left && right);
        QCOMPARE(posIn(left, canvas).y(), posIn(right, canvas).y());
        QVERIFY(posIn(right, canvas).x() >= posIn(left, canvas).x() + left->width());
        // Equal flex: about equal widths.
        QVERIFY2(std::abs(left->width() - right->width()) <= 2,
            qPrintable(QStringLiteral("%1 vs %2").arg(left->width()).arg(right->width())));
        // In a column View the children stack: the header above the choices.
        QWidget *header = preview.widgetFor({ 0, 1, 0 });
        QVERIFY(qobject_cast<QLabel *>(header));
        QCOMPARE(qobject_cast<QLabel *>(header)->text(), QStringLiteral("Pick"));
        QVERIFY(header->font().bold());
        QVERIFY(posIn(preview.widgetFor({ 0, 1, 1 }), canvas).y() > posIn(header, canvas).y());
        // "flex: 1" alone is an item's growth, not a row: b and d stack.
        QWidget *b = preview.widgetFor({ 1, 0 });
        QWidget *d = preview.widgetFor({ 1, 1 });
        QCOMPARE(posIn(b, canvas).x(), posIn(d, canvas).x());
        QVERIFY(posIn(d, canvas).y() >= posIn(b, canvas).y() + b->height());
    }

    void undoRestoresThePreviousPreview()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        ConfigPreview preview;
        showPreview(preview, doc);
        QVERIFY(doc.setAttribute({ 1, 1 }, QStringLiteral("background"), QStringLiteral("#00ff00")));
        QVERIFY(doc.removeElement({ 1, 2 }));
        preview.rebuildNow();
        QCOMPARE(preview.canvas()->findChildren<LabelChip *>().size(), 2);
        QCOMPARE(qobject_cast<LabelChip *>(preview.widgetFor({ 1, 1 }))->color(), QColor(Qt::green));
        doc.undoStack()->undo();
        preview.rebuildNow();
        QCOMPARE(preview.canvas()->findChildren<LabelChip *>().size(), 3);
        doc.undoStack()->undo();
        preview.rebuildNow();
        QCOMPARE(qobject_cast<LabelChip *>(preview.widgetFor({ 1, 1 }))->color(),
            webLabelColor(QStringLiteral("Person")));
        doc.undoStack()->redo();
        preview.rebuildNow();
        QCOMPARE(qobject_cast<LabelChip *>(preview.widgetFor({ 1, 1 }))->color(), QColor(Qt::green));
    }

    void rendersInLightAndDarkPalettes()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        ConfigPreview preview;
        showPreview(preview, doc);
        g_warnings.clear();
        g_previousHandler = qInstallMessageHandler(collectWarnings);
        QList<QImage> images;
        for (const QPalette &palette : { makePalette(false), makePalette(true) }) {
            preview.setPalette(palette);
            settle();
            const QImage image = preview.grab().toImage();
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), preview.size() * image.devicePixelRatio());
            // The canvas is drawn in the palette's window colour ...
            QCOMPARE(image.pixelColor(3, 3), palette.color(QPalette::Window));
            // ... the chip in its own colour, whatever the palette.
            auto *car = preview.widgetFor({ 1, 0 });
            const QPoint inChip = car->mapTo(&preview, QPoint(5, car->height() / 2));
            QCOMPARE(image.pixelColor(inChip), QColor(Qt::red));
            // ... and the caption in the palette's placeholder colour.
            QLabel *caption
                = preview.widgetFor({ 2 })->findChild<QLabel *>(QStringLiteral("lsdeskPreviewCaption"));
            QCOMPARE(caption->palette().color(caption->foregroundRole()),
                palette.color(QPalette::PlaceholderText));
            images << image;
        }
        qInstallMessageHandler(g_previousHandler);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
        QVERIFY(images[0] != images[1]);
    }

    void brokenXmlFirstShowsTheMessage()
    {
        ConfigDocument doc;
        doc.load(QStringLiteral("<View><Text name=\"t\" value=\"$t\"></View>"));
        QVERIFY(!doc.lastGoodConfig());
        ConfigPreview preview;
        showPreview(preview, doc);
        QVERIFY(preview.isShowingMessage());
        QVERIFY(!preview.isShowingLastGood());
        auto *message = preview.canvas()->findChild<QLabel *>(QStringLiteral("lsdeskPreviewMessage"));
        QVERIFY(message && message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("well-formed")));
        QVERIFY(message->alignment() & Qt::AlignHCenter);
        QVERIFY(!preview.widgetFor({}));
        QVERIFY(preview.canvas()->findChildren<LabelChip *>().isEmpty());
        // Centred: the message takes the canvas's height, the text in the middle.
        QVERIFY(message->height() > preview.viewport()->height() / 2);

        doc.replaceText(kConfig);
        preview.rebuildNow();
        QVERIFY(!preview.isShowingMessage());
        QCOMPARE(preview.canvas()->findChildren<LabelChip *>().size(), 3);
    }

    void brokenXmlAfterGoodKeepsTheLastGoodPreview()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        ConfigPreview preview;
        showPreview(preview, doc);
        QWidget *before = preview.widgetFor({ 1, 0 });
        QSignalSpy rebuilt(&preview, &ConfigPreview::rebuilt);
        QString broken = kConfig;
        broken.replace(QStringLiteral("</Choices>"), QStringLiteral("</Choice>"));
        doc.replaceText(broken);
        QVERIFY(!doc.config());
        preview.rebuildNow();
        QVERIFY(preview.isShowingLastGood());
        QVERIFY(!preview.isShowingMessage());
        QCOMPARE(rebuilt.size(), 0); // the last good sketch stays as it is, state and all
        QCOMPARE(preview.widgetFor({ 1, 0 }), before);
        QCOMPARE(preview.canvas()->findChildren<LabelChip *>().size(), 3);
        auto *note = preview.canvas()->findChild<QLabel *>(QStringLiteral("lsdeskPreviewStaleNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("line ")));

        doc.replaceText(kConfig);
        preview.rebuildNow();
        QVERIFY(!preview.isShowingLastGood());
        QVERIFY(!note->isVisible());
    }

    void sketchesObjectsAndOtherControls()
    {
        ConfigDocument doc;
        doc.load(QStringLiteral(
            "<View>\n"
            "  <Header value=\"Review\"/>\n" // 0
            "  <Audio name=\"audio\" value=\"$audio\"/>\n" // 1
            "  <Video name=\"video\" value=\"$video\"/>\n" // 2
            "  <TimeSeries name=\"ts\" value=\"$ts\"><Channel column=\"speed\"/></TimeSeries>\n" // 3
            "  <Paragraphs name=\"dialog\" value=\"$dialog\"/>\n" // 4
            "  <Table name=\"table\" value=\"$table\"/>\n" // 5
            "  <HyperText name=\"html\" value=\"$html\"/>\n" // 6
            "  <Number name=\"count\" toName=\"audio\" min=\"1\" max=\"10\" step=\"1\"/>\n" // 7
            "  <Number name=\"ratio\" toName=\"audio\" min=\"0\" max=\"1\" step=\"0.05\"/>\n" // 8
            "  <DateTime name=\"day\" toName=\"audio\" only=\"date\"/>\n" // 9
            "  <DateTime name=\"at\" toName=\"audio\" only=\"time\"/>\n" // 10
            "  <DateTime name=\"when\" toName=\"audio\"/>\n" // 11
            "  <Taxonomy name=\"tax\" toName=\"audio\">\n" // 12
            "    <Choice value=\"Animals\"><Choice value=\"Cat\"/><Choice value=\"Dog\"/></Choice>\n"
            "    <Choice value=\"Plants\"/>\n"
            "  </Taxonomy>\n"
            "  <Pairwise name=\"pw\" toName=\"dialog,html\"/>\n" // 13
            "  <List name=\"items\" value=\"$items\" title=\"Items\"/>\n" // 14
            "  <Ranker name=\"rank\" toName=\"items\"/>\n" // 15
            "  <Relations><Relation value=\"next\" background=\"#0000ff\"/></Relations>\n" // 16
            "  <Rectangle name=\"box\" toName=\"video\"/>\n" // 17
            "  <Rating name=\"love\" toName=\"audio\" icon=\"heart\"/>\n" // 18
            "  <Gizmo name=\"g\" value=\"$g\"/>\n" // 19
            "  <Text name=\"note\" value=\"$note\"/>\n" // 20
            "  <!-- {\"data\": {\"note\": \"Hello from the comment\"}} -->\n"
            "</View>\n"));
        QVERIFY(doc.config());
        ConfigPreview preview;
        showPreview(preview, doc);

        auto *header = qobject_cast<QLabel *>(preview.widgetFor({ 0 }));
        QVERIFY(header && header->font().bold());
        QCOMPARE(header->text(), QStringLiteral("Review"));
        QWidget *audio = preview.widgetFor({ 1 });
        QCOMPARE(audio->findChildren<WaveformStrip *>().size(), 1);
        auto *play = audio->findChild<QToolButton *>();
        QVERIFY(play && !play->isEnabled());
        auto *video = qobject_cast<ObjectPlaceholder *>(preview.widgetFor({ 2 }));
        QCOMPARE(video->kind(), ObjectPlaceholder::Kind::Video);
        QCOMPARE(video->heightForWidth(320), 180);
        QVERIFY(video->detail().endsWith(QStringLiteral(".mp4")));
        auto *ts = qobject_cast<ObjectPlaceholder *>(preview.widgetFor({ 3 }));
        QCOMPARE(ts->kind(), ObjectPlaceholder::Kind::TimeSeries);
        QVERIFY(ts->detail().contains(QStringLiteral("speed")));
        QStringList lines;
        for (QLabel *l : preview.widgetFor({ 4 })->findChildren<QLabel *>())
            lines << l->text();
        QCOMPARE(lines.value(0), QStringLiteral("<b>Alice:</b> Hi, Bob."));
        auto *table = qobject_cast<QTableWidget *>(preview.widgetFor({ 5 }));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("First name"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Max"));
        auto *html = qobject_cast<QLabel *>(preview.widgetFor({ 6 }));
        QVERIFY(html && !html->text().contains(QLatin1Char('<')) && !html->text().isEmpty());

        auto *count = preview.widgetFor({ 7 })->findChild<QSpinBox *>();
        QVERIFY(count);
        QCOMPARE(count->minimum(), 1);
        QCOMPARE(count->maximum(), 10);
        auto *ratio = preview.widgetFor({ 8 })->findChild<QDoubleSpinBox *>();
        QVERIFY(ratio);
        QCOMPARE(ratio->singleStep(), 0.05);
        QCOMPARE(ratio->maximum(), 1.0);
        QCOMPARE(
            QByteArray(preview.widgetFor({ 9 })->findChild<QDateTimeEdit *>()->metaObject()->className()),
            "QDateEdit");
        QCOMPARE(
            QByteArray(preview.widgetFor({ 10 })->findChild<QDateTimeEdit *>()->metaObject()->className()),
            "QTimeEdit");
        QCOMPARE(
            QByteArray(preview.widgetFor({ 11 })->findChild<QDateTimeEdit *>()->metaObject()->className()),
            "QDateTimeEdit");

        auto *taxonomy = preview.widgetFor({ 12 })->findChild<QTreeWidget *>();
        QCOMPARE(taxonomy->topLevelItemCount(), 2);
        QCOMPARE(taxonomy->topLevelItem(0)->text(0), QStringLiteral("Animals"));
        QCOMPARE(taxonomy->topLevelItem(0)->childCount(), 2);
        QCOMPARE(taxonomy->topLevelItem(0)->child(1)->text(0), QStringLiteral("Dog"));

        QStringList buttons;
        for (QPushButton *b : preview.widgetFor({ 13 })->findChildren<QPushButton *>())
            buttons << b->text();
        QCOMPARE(buttons, (QStringList { QStringLiteral("Left"), QStringLiteral("Right") }));
        QCOMPARE(preview.widgetFor({ 13 })->findChildren<ObjectPlaceholder *>().size(), 2);

        auto *list = qobject_cast<QListWidget *>(preview.widgetFor({ 14 }));
        QVERIFY(list && list->count() > 0);
        auto *ranker = preview.widgetFor({ 15 })->findChild<QListWidget *>();
        QVERIFY(ranker);
        QCOMPARE(ranker->count(), list->count());
        QCOMPARE(ranker->item(0)->text(), list->item(0)->text());
        QCOMPARE(ranker->dragDropMode(), QAbstractItemView::InternalMove);

        auto *relation = qobject_cast<LabelChip *>(preview.widgetFor({ 16, 0 }));
        QVERIFY(relation);
        QCOMPARE(relation->color(), QColor(Qt::blue));
        auto *tool = preview.widgetFor({ 17 })->findChild<QToolButton *>();
        QVERIFY(tool && tool->isCheckable());
        QCOMPARE(preview.widgetFor({ 18 })->findChild<RatingStars *>()->shape(), RatingStars::Shape::Heart);
        QCOMPARE(preview.widgetFor({ 18 })->findChild<RatingStars *>()->maxRating(), 5);
        auto *unknown = qobject_cast<ObjectPlaceholder *>(preview.widgetFor({ 19 }));
        QVERIFY(unknown);
        QCOMPARE(unknown->kind(), ObjectPlaceholder::Kind::Unknown);
        QVERIFY(unknown->title().contains(QStringLiteral("Gizmo")));
        // A sample task in a config comment wins over the generated one.
        QCOMPARE(qobject_cast<QLabel *>(preview.widgetFor({ 20 }))->text(),
            QStringLiteral("Hello from the comment"));
    }

    void followsTheDocumentItIsGiven()
    {
        ConfigPreview preview;
        QVERIFY(preview.isShowingMessage()); // no document
        {
            ConfigDocument doc;
            doc.load(kConfig);
            preview.setDocument(&doc);
            QVERIFY(!preview.isShowingMessage());
            QVERIFY(preview.widgetFor({}));
        }
        // The document went away: the preview follows, without touching it.
        preview.rebuildNow();
        QVERIFY(preview.isShowingMessage());
        QVERIFY(!preview.widgetFor({}));
    }
};

QTEST_MAIN(TestConfigPreview)
#include "tst_configpreview.moc"
