#include "configeditor/previewwidgets.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace lsdesk::preview {

namespace {
// The web UI's Constants.LABEL_BACKGROUND: a label still carrying it gets a seeded colour instead.
constexpr auto kWebDefaultBackground = "#DA935D";

// Please.js's seeded random source: RC4 keyed with the seed's UTF-16 code units, eight output bytes per
// number. Doubles throughout, as in JavaScript, so the sums round the same way.
class PleaseRandom
{
public:
    explicit PleaseRandom(const QString &seed)
    {
        for (int k = 0; k < 256; ++k)
            m_s[size_t(k)] = k;
        int l = 0;
        for (int a = 0; a < 256; ++a) {
            l = (l + m_s[size_t(a)] + seed.at(a % seed.size()).unicode()) % 256;
            std::swap(m_s[size_t(a)], m_s[size_t(l)]);
        }
    }
    double random()
    {
        double n = 0;
        double r = 1;
        for (int e = 0; e < 8; ++e) {
            n += next() * r;
            r *= 256;
        }
        return n / 18446744073709551616.0; // 0x10000000000000000
    }

private:
    int next()
    {
        m_i = (m_i + 1) % 256;
        m_j = (m_j + m_s[size_t(m_i)]) % 256;
        std::swap(m_s[size_t(m_i)], m_s[size_t(m_j)]);
        return m_s[size_t((m_s[size_t(m_i)] + m_s[size_t(m_j)]) % 256)];
    }
    std::array<int, 256> m_s {};
    int m_i = 0;
    int m_j = 0;
};

// Please.js HSV_to_RGB: components floored, not rounded.
QColor pleaseHsvToRgb(double h, double s, double v)
{
    const double u = h / 60;
    const int i = int(std::floor(u));
    const double o = u - i;
    const double a = v * (1 - s);
    const double l = v * (1 - s * o);
    const double t = v * (1 - s * (1 - o));
    double r = v, g = t, b = a;
    switch (i) {
    case 1:
        r = l, g = v, b = a;
        break;
    case 2:
        r = a, g = v, b = t;
        break;
    case 3:
        r = a, g = l, b = v;
        break;
    case 4:
        r = t, g = a, b = v;
        break;
    case 5:
        r = v, g = a, b = l;
        break;
    default:
        break;
    }
    return QColor(int(std::floor(255 * r)), int(std::floor(255 * g)), int(std::floor(255 * b)));
}

// A star with five points inside `r`.
QPainterPath starPath(const QRectF &r)
{
    QPainterPath path;
    const QPointF c = r.center();
    const double outer = std::min(r.width(), r.height()) / 2;
    const double inner = outer * 0.45;
    for (int k = 0; k < 10; ++k) {
        const double angle = -M_PI / 2 + k * M_PI / 5;
        const double radius = (k % 2) ? inner : outer;
        const QPointF p(c.x() + radius * std::cos(angle), c.y() + radius * std::sin(angle) + outer * 0.08);
        if (k == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

QPainterPath heartPath(const QRectF &r)
{
    const double w = r.width();
    const double h = r.height();
    const double x = r.left();
    const double y = r.top();
    QPainterPath path;
    path.moveTo(x + w / 2, y + h * 0.92);
    path.cubicTo(x - w * 0.1, y + h * 0.45, x + w * 0.12, y - h * 0.05, x + w / 2, y + h * 0.28);
    path.cubicTo(x + w * 0.88, y - h * 0.05, x + w * 1.1, y + h * 0.45, x + w / 2, y + h * 0.92);
    path.closeSubpath();
    return path;
}

QColor placeholderColor(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}
} // namespace

QColor webLabelColor(const QString &value)
{
    if (value.isEmpty())
        return QColor(QLatin1String(kWebDefaultBackground));
    PleaseRandom random(value);
    const double y = std::floor(random.random() * 361); // randomInt(0, 360)
    const double golden = 0.618033988749895;
    return pleaseHsvToRgb(std::fmod(y + y / golden, 360), 0.4, 0.75);
}

QColor parseCssColor(const QString &css)
{
    const QString s = css.trimmed();
    if (s.isEmpty())
        return {};
    static const QRegularExpression rgb(
        QStringLiteral(
            R"(^rgba?\(\s*([0-9.]+)\s*,\s*([0-9.]+)\s*,\s*([0-9.]+)\s*(?:,\s*([0-9.]+%?)\s*)?\)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = rgb.match(s);
    if (m.hasMatch()) {
        auto channel = [](const QString &t) { return std::clamp(int(std::lround(t.toDouble())), 0, 255); };
        QColor c(channel(m.captured(1)), channel(m.captured(2)), channel(m.captured(3)));
        if (m.lastCapturedIndex() >= 4 && !m.captured(4).isEmpty()) {
            QString a = m.captured(4);
            const bool percent = a.endsWith(QLatin1Char('%'));
            if (percent)
                a.chop(1);
            c.setAlphaF(float(std::clamp(a.toDouble() / (percent ? 100.0 : 1.0), 0.0, 1.0)));
        }
        return c;
    }
    // CSS writes the alpha last (#rrggbbaa, #rgba); Qt reads it first.
    static const QRegularExpression hexAlpha(QStringLiteral("^#([0-9a-fA-F]{8}|[0-9a-fA-F]{4})$"));
    if (hexAlpha.match(s).hasMatch()) {
        QString hex = s.mid(1);
        if (hex.size() == 4) {
            QString wide;
            for (const QChar ch : hex)
                wide += QString(2, ch);
            hex = wide;
        }
        QColor c(QLatin1Char('#') + hex.left(6));
        c.setAlpha(hex.mid(6, 2).toInt(nullptr, 16));
        return c;
    }
    // isValidColor() first: constructing a QColor from an unknown name prints a warning.
    if (!QColor::isValidColor(s))
        return {};
    return QColor(s);
}

QColor labelBackground(const QString &background, const QString &value)
{
    if (!background.isEmpty() && background != QLatin1String(kWebDefaultBackground)) {
        const QColor c = parseCssColor(background);
        if (c.isValid())
            return c;
    }
    return webLabelColor(value);
}

QColor contrastTextColor(const QColor &background)
{
    const QColor c = background.toRgb();
    const double yiq = (c.red() * 299 + c.green() * 587 + c.blue() * 114) / 1000.0;
    return yiq >= 128 ? QColor(Qt::black) : QColor(Qt::white);
}

// LabelChip

LabelChip::LabelChip(const QString &text, const QColor &color, const QString &hotkey, QWidget *parent)
    : QAbstractButton(parent)
    , m_color(color)
    , m_hotkey(hotkey)
{
    setText(text);
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(hotkey.isEmpty() ? text : tr("%1 (hotkey %2)").arg(text, hotkey));
}

QSize LabelChip::sizeHint() const
{
    const QFontMetrics fm(font());
    // +2: horizontalAdvance() rounds, and the text must not be elided at its own preferred width.
    int w = fm.horizontalAdvance(text()) + 22;
    if (!m_hotkey.isEmpty())
        w += fm.horizontalAdvance(m_hotkey) + 10;
    return QSize(w, fm.height() + 10);
}

void LabelChip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const QColor fg = textColor();
    p.setPen(Qt::NoPen);
    p.setBrush(m_color);
    p.drawRoundedRect(r, 5, 5);
    if (isChecked()) {
        // Selected: an inner ring in the text colour, readable on the chip whatever its colour.
        p.setPen(QPen(fg, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(2, 2, -2, -2), 4, 4);
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    }
    const QFontMetrics fm(font());
    QRect textRect = rect().adjusted(10, 0, -10, 0);
    p.setPen(fg);
    if (!m_hotkey.isEmpty()) {
        QColor dim = fg;
        dim.setAlphaF(0.7f);
        p.setPen(dim);
        p.drawText(textRect, Qt::AlignVCenter | Qt::AlignRight, m_hotkey);
        textRect.setRight(textRect.right() - fm.horizontalAdvance(m_hotkey) - 10);
        p.setPen(fg);
    }
    p.drawText(
        textRect, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(text(), Qt::ElideRight, textRect.width()));
}

// RatingStars

RatingStars::RatingStars(int maxRating, Shape shape, QWidget *parent)
    : QWidget(parent)
    , m_max(std::clamp(maxRating, 1, 100))
    , m_shape(shape)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Rating"));
}

void RatingStars::setValue(int value)
{
    value = std::clamp(value, 0, m_max);
    if (value == m_value)
        return;
    m_value = value;
    setAccessibleDescription(tr("%1 of %2").arg(m_value).arg(m_max));
    update();
    Q_EMIT valueChanged(m_value);
}

int RatingStars::symbolSize() const
{
    return std::max(20, QFontMetrics(font()).height() * 3 / 2);
}

QRect RatingStars::symbolRect(int index) const
{
    const int size = symbolSize();
    return QRect(2 + index * (size + 4), 2, size, size);
}

QSize RatingStars::sizeHint() const
{
    const int size = symbolSize();
    return QSize(4 + m_max * (size + 4) - 4, size + 4);
}

void RatingStars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor filled = palette().color(QPalette::Highlight);
    const QColor outline = placeholderColor(palette());
    for (int i = 0; i < m_max; ++i) {
        const QRectF r = QRectF(symbolRect(i)).adjusted(1, 1, -1, -1);
        const QPainterPath path = m_shape == Shape::Heart ? heartPath(r) : starPath(r);
        p.setPen(QPen(i < m_value ? filled : outline, 1.2));
        p.setBrush(i < m_value ? QBrush(filled) : QBrush(Qt::NoBrush));
        p.drawPath(path);
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.backgroundColor = palette().color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

void RatingStars::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    for (int i = 0; i < m_max; ++i) {
        if (symbolRect(i).contains(event->position().toPoint())) {
            // Clicking the current rating again clears it, as the web UI's rate control does.
            setValue(m_value == i + 1 ? 0 : i + 1);
            return;
        }
    }
}

void RatingStars::mouseReleaseEvent(QMouseEvent *event)
{
    // The press did the work; taking the release keeps it from reaching the widgets underneath.
    event->setAccepted(event->button() == Qt::LeftButton);
}

void RatingStars::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Minus:
        setValue(m_value - 1);
        return;
    case Qt::Key_Right:
    case Qt::Key_Plus:
        setValue(m_value + 1);
        return;
    case Qt::Key_Home:
        setValue(1);
        return;
    case Qt::Key_End:
        setValue(m_max);
        return;
    case Qt::Key_0:
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        setValue(0);
        return;
    default:
        break;
    }
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9) {
        setValue(event->key() - Qt::Key_0);
        return;
    }
    QWidget::keyPressEvent(event);
}

// ObjectPlaceholder

ObjectPlaceholder::ObjectPlaceholder(Kind kind, const QString &title, const QString &detail, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_title(title)
    , m_detail(detail)
{
    QSizePolicy policy(
        QSizePolicy::Expanding, kind == Kind::Unknown ? QSizePolicy::Fixed : QSizePolicy::Preferred);
    policy.setHeightForWidth(kind != Kind::Unknown);
    setSizePolicy(policy);
    if (kind != Kind::Unknown)
        setMaximumWidth(640); // a sketch: the aspect matters, not filling a wide window
    setToolTip(detail.isEmpty() ? title : title + QLatin1Char('\n') + detail);
    setAccessibleName(title);
    setAccessibleDescription(detail);
}

int ObjectPlaceholder::heightForWidth(int width) const
{
    // Layouts ask with the width on offer; the frame itself stops at its maximum width.
    width = std::min(width, maximumWidth());
    switch (m_kind) {
    case Kind::Image:
        return width * 3 / 4;
    case Kind::Video:
        return width * 9 / 16;
    case Kind::TimeSeries:
        return std::max(80, width / 3);
    case Kind::Unknown:
        break;
    }
    return sizeHint().height();
}

QSize ObjectPlaceholder::sizeHint() const
{
    if (m_kind == Kind::Unknown) {
        const QFontMetrics fm(font());
        return QSize(240, fm.height() * 2 + 20);
    }
    return QSize(360, heightForWidth(360));
}

QSize ObjectPlaceholder::minimumSizeHint() const
{
    if (m_kind == Kind::Unknown)
        return QSize(120, sizeHint().height());
    return QSize(120, heightForWidth(120));
}

void ObjectPlaceholder::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor muted = placeholderColor(pal);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(pal.color(QPalette::AlternateBase));
    p.drawRoundedRect(frame, 4, 4);

    const QFontMetrics fm(font());
    const int textHeight = fm.height() * 2 + 12;
    const QRectF art = frame.adjusted(8, 8, -8, -textHeight);
    const double side = std::min(art.width(), art.height()) * 0.5;
    const QRectF icon(art.center().x() - side / 2, art.center().y() - side / 2, side, side);
    if (m_kind == Kind::Image && side > 8) {
        // A landscape: two hills and a sun, the usual "picture" glyph.
        p.setPen(QPen(muted, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(icon, 3, 3);
        QPainterPath hills;
        hills.moveTo(icon.left(), icon.bottom());
        hills.lineTo(icon.left() + side * 0.35, icon.top() + side * 0.45);
        hills.lineTo(icon.left() + side * 0.55, icon.top() + side * 0.7);
        hills.lineTo(icon.left() + side * 0.72, icon.top() + side * 0.55);
        hills.lineTo(icon.right(), icon.bottom());
        hills.closeSubpath();
        p.setBrush(muted);
        p.drawPath(hills);
        p.drawEllipse(QPointF(icon.left() + side * 0.72, icon.top() + side * 0.27), side * 0.09, side * 0.09);
    } else if (m_kind == Kind::Video && side > 8) {
        p.setPen(QPen(muted, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(icon);
        QPainterPath triangle;
        triangle.moveTo(icon.left() + side * 0.4, icon.top() + side * 0.3);
        triangle.lineTo(icon.left() + side * 0.72, icon.center().y());
        triangle.lineTo(icon.left() + side * 0.4, icon.bottom() - side * 0.3);
        triangle.closeSubpath();
        p.setBrush(muted);
        p.drawPath(triangle);
    } else if (m_kind == Kind::TimeSeries && art.height() > 8) {
        p.setPen(QPen(muted, 1));
        p.drawLine(art.bottomLeft(), art.bottomRight());
        p.drawLine(art.bottomLeft(), art.topLeft());
        QPainterPath curve;
        const int steps = 60;
        for (int i = 0; i <= steps; ++i) {
            const double x = art.left() + art.width() * i / steps;
            const double y = art.center().y() - art.height() * 0.4 * std::sin(i * 0.25) * std::cos(i * 0.07);
            if (i == 0)
                curve.moveTo(x, y);
            else
                curve.lineTo(x, y);
        }
        p.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawPath(curve);
    }

    const QRectF text = frame.adjusted(8, frame.height() - textHeight, -8, -6);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    const QRectF titleRect(text.left(), text.top(), text.width(), fm.height() + 4);
    p.drawText(titleRect, Qt::AlignCenter,
        QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, int(text.width())));
    p.setFont(font());
    p.setPen(muted);
    const QRectF detailRect(text.left(), titleRect.bottom(), text.width(), fm.height() + 4);
    p.drawText(detailRect, Qt::AlignCenter, fm.elidedText(m_detail, Qt::ElideMiddle, int(text.width())));
}

// WaveformStrip

WaveformStrip::WaveformStrip(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize WaveformStrip::sizeHint() const
{
    return QSize(320, 48);
}

QSize WaveformStrip::minimumSizeHint() const
{
    return QSize(80, 48);
}

void WaveformStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(pal.color(QPalette::AlternateBase));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::Highlight));
    const int mid = height() / 2;
    for (int x = 4, i = 0; x < width() - 4; x += 4, ++i) {
        // A made-up but steady envelope: the same strip on every repaint.
        const double amplitude = 0.15 + 0.85 * std::abs(std::sin(i * 0.37) * std::cos(i * 0.11));
        const int h = std::max(2, int(amplitude * (height() - 10)));
        p.drawRect(x, mid - h / 2, 2, h);
    }
}

} // namespace lsdesk::preview
