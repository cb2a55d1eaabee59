#include "configeditor/configpreview.h"

#include "configeditor/previewbuilder.h"

#include <QApplication>
#include <QLabel>
#include <QSpacerItem>
#include <QVBoxLayout>
#include <functional>

namespace lsdesk {

ConfigPreview::ConfigPreview(QWidget *parent)
    : QScrollArea(parent)
    , m_canvas(new QWidget)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Focusable itself, so keyboard users can reach the sketch and scroll it; its widgets follow in the
    // tab order (updateTabOrder()).
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Preview of the labeling interface"));

    m_canvas->setObjectName(QStringLiteral("lsdeskPreviewCanvas"));
    m_canvas->setAutoFillBackground(true);
    m_canvas->setBackgroundRole(QPalette::Window);
    m_canvasLayout = new QVBoxLayout(m_canvas);
    m_canvasLayout->setContentsMargins(12, 12, 12, 12);
    m_canvasLayout->setSpacing(10);

    m_staleNote = new QLabel;
    m_staleNote->setObjectName(QStringLiteral("lsdeskPreviewStaleNote"));
    m_staleNote->setTextFormat(Qt::PlainText);
    m_staleNote->setWordWrap(true);
    m_staleNote->setMargin(6);
    m_staleNote->setAutoFillBackground(true);
    m_staleNote->setBackgroundRole(QPalette::ToolTipBase);
    m_staleNote->setForegroundRole(QPalette::ToolTipText);
    m_staleNote->hide();
    m_canvasLayout->addWidget(m_staleNote);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("lsdeskPreviewMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_message->hide();
    m_canvasLayout->addWidget(m_message, 1);

    // Keeps a short sketch at the top; collapsed while the message fills (and centres in) the canvas.
    m_bottom = new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding);
    m_canvasLayout->addItem(m_bottom);
    setWidget(m_canvas);

    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &ConfigPreview::rebuildNow);
    rebuildNow();
}

ConfigPreview::~ConfigPreview() = default;

void ConfigPreview::setDocument(ConfigDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ConfigDocument::changed, this, &ConfigPreview::documentChanged);
        connect(document, &QObject::destroyed, this, &ConfigPreview::documentChanged);
    }
    m_shownText.clear();
    rebuildNow();
}

void ConfigPreview::setRebuildDelay(int milliseconds)
{
    m_timer.setInterval(std::max(0, milliseconds));
}

void ConfigPreview::documentChanged()
{
    // Coalesced: a burst of changes (typing) restarts the wait, and one rebuild follows the pause.
    m_timer.start();
}

QWidget *ConfigPreview::widgetFor(const ElementPath &path) const
{
    return m_widgets.value(path).data();
}

bool ConfigPreview::pathOf(const QWidget *widget, ElementPath *path)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QVariant v = w->property(PathProperty);
        if (v.isValid()) {
            if (path)
                *path = v.value<ElementPath>();
            return true;
        }
    }
    return false;
}

bool ConfigPreview::isShowingMessage() const
{
    return !m_message->isHidden();
}

bool ConfigPreview::isShowingLastGood() const
{
    return !m_staleNote->isHidden();
}

void ConfigPreview::updateNotes()
{
    const LabelInterface *shown = m_document ? m_document->lastGoodConfig() : nullptr;
    const bool broken = m_document && !m_document->config();
    m_staleNote->setVisible(shown && broken);
    if (shown && broken)
        m_staleNote->setText(
            tr("The XML is not well-formed, so the preview shows the last well-formed version.")
            + QLatin1Char('\n') + m_document->error().toString());
    m_message->setVisible(!shown);
    if (!m_document)
        m_message->setText(tr("No label config to preview."));
    else if (!shown)
        m_message->setText(tr("The preview appears when the XML is well-formed.") + QStringLiteral("\n\n")
            + m_document->error().toString());
    m_bottom->changeSize(0, 0, QSizePolicy::Minimum, shown ? QSizePolicy::Expanding : QSizePolicy::Minimum);
    m_canvasLayout->invalidate();
}

void ConfigPreview::clearSketch()
{
    m_widgets.clear();
    // Deleted now, not later: tests and the window look for the new widgets right after a rebuild, and
    // nothing in the sketch is on the call stack here (rebuilds come from the timer or from outside).
    delete m_sketch;
    m_sketch = nullptr;
}

void ConfigPreview::rebuildNow()
{
    m_timer.stop();
    updateNotes();
    const LabelInterface *config = m_document ? m_document->lastGoodConfig() : nullptr;
    if (!config) {
        if (m_sketch) {
            clearSketch();
            m_shownText.clear();
            Q_EMIT rebuilt();
        }
        return;
    }
    // Broken text keeps the last good parse, and an undo back and forth may land on the text shown.
    if (m_sketch && config->document().source() == m_shownText)
        return;

    // Keep the keyboard user's place: the element that had focus gets it back in the new sketch.
    ElementPath focusPath;
    QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = focus && m_sketch && m_sketch->isAncestorOf(focus) && pathOf(focus, &focusPath);
    if (focus && m_sketch && m_sketch->isAncestorOf(focus))
        setFocus(Qt::OtherFocusReason);

    clearSketch();
    preview::PreviewBuilder builder(*config);
    m_sketch = builder.build();
    for (auto it = builder.widgets().begin(); it != builder.widgets().end(); ++it)
        m_widgets.insert(it.key(), it.value());
    m_canvasLayout->insertWidget(m_canvasLayout->indexOf(m_message) + 1, m_sketch);
    m_shownText = config->document().source();
    updateTabOrder();

    if (hadFocus) {
        // The element itself, or the nearest enclosing one that still exists.
        QWidget *target = nullptr;
        for (ElementPath p = focusPath; !target; p.removeLast()) {
            target = widgetFor(p);
            if (p.isEmpty())
                break;
        }
        if (target && !(target->focusPolicy() & Qt::TabFocus)) {
            QWidget *next = target->nextInFocusChain();
            target = next && target->isAncestorOf(next) ? next : nullptr;
        }
        if (target)
            target->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT rebuilt();
}

void ConfigPreview::updateTabOrder()
{
    // Document order: the builder parents widgets in the order of the elements, so a walk over the
    // children gives it. A focusable widget is one stop (its inner parts are its own business).
    QList<QWidget *> chain;
    std::function<void(QWidget *)> walk = [&](QWidget *parent) {
        for (QObject *child : parent->children()) {
            auto *w = qobject_cast<QWidget *>(child);
            if (!w || w->isWindow())
                continue;
            if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
                chain << w;
            else
                walk(w);
        }
    };
    walk(m_sketch);
    QWidget *previous = this;
    for (QWidget *w : std::as_const(chain)) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

} // namespace lsdesk
