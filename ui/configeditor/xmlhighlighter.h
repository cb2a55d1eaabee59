#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace lsdesk {

// Syntax colours for the config's XML: tag names (and the markup around them), attribute names,
// attribute values, comments and entities. Start tags, values, comments, CDATA and processing
// instructions may span lines (the block state carries them over).
//
// The colours are derived from a palette, not fixed: hues that stay apart, with a lightness that
// contrasts with the palette's Base, so they read on light and dark palettes alike. The view calls
// setPalette() again when its palette changes.
class XmlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Token { Tag, AttributeName, AttributeValue, Comment, Entity };

    explicit XmlHighlighter(QTextDocument *document, const QPalette &palette = QPalette());

    // Recomputes the formats and rehighlights when they changed.
    void setPalette(const QPalette &palette);
    QTextCharFormat format(Token token) const;

    // A colour with the given hue that reads on the palette's Base (lightness and saturation chosen by
    // how dark Base is). The view's error marks use errorColor().
    static QColor tone(int hue, const QPalette &palette);
    static QColor errorColor(const QPalette &palette);
    static bool isDark(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Normal = 0, InComment, InTag, InDoubleValue, InSingleValue, InProcessing, InCData };

    // Each returns the index after what it formatted and sets `state` for what follows.
    int scanTag(const QString &text, int i, State &state);
    int scanValue(const QString &text, int i, QChar quote, State &state);
    int scanUntil(const QString &text, int i, const QString &end, const QTextCharFormat &format, State inside,
        State &state);
    void formatEntities(const QString &text, int from, int to);

    QTextCharFormat m_formats[5];
};

} // namespace lsdesk
