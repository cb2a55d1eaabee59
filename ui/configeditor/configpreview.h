#pragma once

#include "configeditor/configdocument.h"

#include <QHash>
#include <QPointer>
#include <QScrollArea>
#include <QTimer>

class QLabel;
class QSpacerItem;
class QVBoxLayout;

namespace lsdesk {

// The config editor's preview: a data-less sketch of the labeling interface, drawn with native widgets.
// Object tags become placeholders filled from the sample task (the text itself, an image frame with the
// URL, ...), controls become the widgets annotators will use (radio buttons or check boxes, label chips
// in their colours, a text area, rating stars, ...), Views become rows or columns.
//
// It follows a ConfigDocument: every change() schedules a rebuild from lastGoodConfig() after a short
// delay, so typing in the XML view rebuilds once per pause, not per keystroke. While the text is not
// well-formed it keeps showing the last well-formed config (with a note saying so); before any text
// parsed it shows a message instead. The widgets are live (click a choice, rate, type) but write nothing
// back: the config changes only through the document.
class ConfigPreview : public QScrollArea
{
    Q_OBJECT
public:
    explicit ConfigPreview(QWidget *parent = nullptr);
    ~ConfigPreview() override;

    // The document to show (not owned; nullptr shows nothing). Builds at once.
    void setDocument(ConfigDocument *document);
    ConfigDocument *document() const { return m_document; }

    // How long after a change the preview rebuilds (default 250 ms; 0 = on the next event loop pass).
    void setRebuildDelay(int milliseconds);
    int rebuildDelay() const { return m_timer.interval(); }
    // Rebuilds now (a pending delayed rebuild is dropped). Skips the work when the config to show is the
    // one already shown.
    void rebuildNow();
    bool isRebuildPending() const { return m_timer.isActive(); }

    // The widget inside the scroll area that holds the sketch (and the messages); stays the same across
    // rebuilds, its content does not.
    QWidget *canvas() const { return m_canvas; }
    // The widget made for the element at `path` (ConfigDocument's paths; {} is the root View), or
    // nullptr. Each carries the path in its "lsdeskPath" property (a QVariant holding an ElementPath).
    // Controls map to their caption-and-widget box; a Label, Choice or Relation to its chip or button.
    QWidget *widgetFor(const ElementPath &path) const;
    // The element a preview widget stands for: the path stored on `widget` or on its nearest ancestor
    // that has one. False when none has.
    static bool pathOf(const QWidget *widget, ElementPath *path);

    // No config ever parsed: the message takes the place of the sketch.
    bool isShowingMessage() const;
    // The text does not parse now: the sketch is of lastGoodConfig(), with a note above it.
    bool isShowingLastGood() const;

    static constexpr const char *PathProperty = "lsdeskPath";

Q_SIGNALS:
    // After the sketch was rebuilt (not when a rebuild was skipped because nothing changed).
    void rebuilt();

private:
    void documentChanged();
    void clearSketch();
    void updateTabOrder();
    void updateNotes();

    QPointer<ConfigDocument> m_document;
    QTimer m_timer;
    QWidget *m_canvas;
    QVBoxLayout *m_canvasLayout;
    QLabel *m_staleNote;
    QLabel *m_message;
    QSpacerItem *m_bottom;
    QWidget *m_sketch = nullptr;
    QHash<ElementPath, QPointer<QWidget>> m_widgets;
    QString m_shownText; // the source of the config the sketch shows
};

} // namespace lsdesk
