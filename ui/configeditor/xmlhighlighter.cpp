#include "configeditor/xmlhighlighter.h"

#include <QRegularExpression>

namespace lsdesk {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u':' || c == u'.' || c == u'-';
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

XmlHighlighter::XmlHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

bool XmlHighlighter::isDark(const QPalette &palette)
{
    // By the text against its background rather than a threshold on Base alone: a mid-grey Base with
    // white text is a dark theme.
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

QColor XmlHighlighter::tone(int hue, const QPalette &palette)
{
    const bool dark = isDark(palette);
    return QColor::fromHslF(float(hue) / 360.0f, dark ? 0.6f : 0.8f, dark ? 0.72f : 0.32f);
}

QColor XmlHighlighter::errorColor(const QPalette &palette)
{
    const bool dark = isDark(palette);
    return QColor::fromHslF(0.0f, 0.85f, dark ? 0.66f : 0.42f);
}

void XmlHighlighter::setPalette(const QPalette &palette)
{
    QTextCharFormat formats[5];
    formats[int(Token::Tag)].setForeground(tone(210, palette));
    formats[int(Token::AttributeName)].setForeground(tone(285, palette));
    formats[int(Token::AttributeValue)].setForeground(tone(125, palette));
    formats[int(Token::Entity)].setForeground(tone(28, palette));
    formats[int(Token::Entity)].setFontWeight(QFont::Bold);
    // Comments recede: halfway between text and background, in italics.
    formats[int(Token::Comment)].setForeground(
        blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45));
    formats[int(Token::Comment)].setFontItalic(true);
    bool same = true;
    for (int i = 0; i < 5; ++i)
        same = same && formats[i] == m_formats[i];
    if (same)
        return;
    for (int i = 0; i < 5; ++i)
        m_formats[i] = formats[i];
    rehighlight();
}

QTextCharFormat XmlHighlighter::format(Token token) const
{
    return m_formats[int(token)];
}

void XmlHighlighter::highlightBlock(const QString &text)
{
    auto state = State(qMax(previousBlockState(), 0));
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        switch (state) {
        case InComment:
            i = scanUntil(text, i, QStringLiteral("-->"), m_formats[int(Token::Comment)], InComment, state);
            break;
        case InProcessing:
            i = scanUntil(text, i, QStringLiteral("?>"), m_formats[int(Token::Tag)], InProcessing, state);
            break;
        case InCData: {
            // The content is the element's text as it is: only the closing marker is markup.
            const int at = int(text.indexOf(QLatin1String("]]>"), i));
            if (at < 0) {
                i = n;
            } else {
                setFormat(at, 3, m_formats[int(Token::Tag)]);
                i = at + 3;
                state = Normal;
            }
            break;
        }
        case InDoubleValue:
            i = scanValue(text, i, u'"', state);
            break;
        case InSingleValue:
            i = scanValue(text, i, u'\'', state);
            break;
        case InTag:
            i = scanTag(text, i, state);
            break;
        case Normal: {
            const int lt = int(text.indexOf(u'<', i));
            formatEntities(text, i, lt < 0 ? n : lt);
            if (lt < 0) {
                i = n;
            } else if (text.mid(lt, 4) == QLatin1String("<!--")) {
                setFormat(lt, 4, m_formats[int(Token::Comment)]);
                i = scanUntil(
                    text, lt + 4, QStringLiteral("-->"), m_formats[int(Token::Comment)], InComment, state);
            } else if (text.mid(lt, 9) == QLatin1String("<![CDATA[")) {
                setFormat(lt, 9, m_formats[int(Token::Tag)]);
                i = lt + 9;
                state = InCData;
            } else if (text.mid(lt, 2) == QLatin1String("<?")) {
                setFormat(lt, 2, m_formats[int(Token::Tag)]);
                i = scanUntil(
                    text, lt + 2, QStringLiteral("?>"), m_formats[int(Token::Tag)], InProcessing, state);
            } else {
                int j = lt + 1;
                if (j < n && text.at(j) == u'/')
                    ++j;
                while (j < n && isNameChar(text.at(j)))
                    ++j;
                setFormat(lt, j - lt, m_formats[int(Token::Tag)]);
                state = InTag;
                i = j;
            }
            break;
        }
        }
    }
    setCurrentBlockState(state);
}

int XmlHighlighter::scanUntil(
    const QString &text, int i, const QString &end, const QTextCharFormat &format, State inside, State &state)
{
    const int at = int(text.indexOf(end, i));
    const int stop = at < 0 ? int(text.size()) : at + int(end.size());
    setFormat(i, stop - i, format);
    state = at < 0 ? inside : Normal;
    return stop;
}

int XmlHighlighter::scanTag(const QString &text, int i, State &state)
{
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'>') {
            setFormat(i, 1, m_formats[int(Token::Tag)]);
            state = Normal;
            return i + 1;
        }
        if (c == u'/' && i + 1 < n && text.at(i + 1) == u'>') {
            setFormat(i, 2, m_formats[int(Token::Tag)]);
            state = Normal;
            return i + 2;
        }
        if (c == u'<') {
            // A tag left open (the text is being typed): start over at the new one.
            state = Normal;
            return i;
        }
        if (c == u'"' || c == u'\'') {
            setFormat(i, 1, m_formats[int(Token::AttributeValue)]);
            return scanValue(text, i + 1, c, state);
        }
        if (isNameChar(c)) {
            int j = i + 1;
            while (j < n && isNameChar(text.at(j)))
                ++j;
            setFormat(i, j - i, m_formats[int(Token::AttributeName)]);
            i = j;
            continue;
        }
        ++i; // spaces, '=', anything unexpected
    }
    return n;
}

int XmlHighlighter::scanValue(const QString &text, int i, QChar quote, State &state)
{
    const int at = int(text.indexOf(quote, i));
    const int stop = at < 0 ? int(text.size()) : at + 1;
    setFormat(i, stop - i, m_formats[int(Token::AttributeValue)]);
    formatEntities(text, i, at < 0 ? int(text.size()) : at);
    state = at >= 0 ? InTag : (quote == u'"' ? InDoubleValue : InSingleValue);
    return stop;
}

void XmlHighlighter::formatEntities(const QString &text, int from, int to)
{
    static const QRegularExpression entity(
        QStringLiteral(R"(&(?:#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][\w.-]*);)"));
    for (int at = int(text.indexOf(u'&', from)); at >= 0 && at < to; at = int(text.indexOf(u'&', at + 1))) {
        const QRegularExpressionMatch m = entity.match(
            text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch() && m.capturedEnd() <= to)
            setFormat(at, int(m.capturedLength()), m_formats[int(Token::Entity)]);
    }
}

} // namespace lsdesk
