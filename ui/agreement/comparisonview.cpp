#include "agreement/comparisonview.h"

#include "agreement/agreementmatrixmodel.h"
#include "agreement/heatmap.h"
#include "agreement/metrics.h"

#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QSet>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace lsdesk {

using agreement::ControlResult;
using agreement::MetricKind;
using agreement::Region;

namespace {
// The two sides' colours. Fixed hues (blue and orange, told apart also by most colour-blind people),
// strong enough to read as outlines on a light or a dark base; tints of them mark text.
const QColor kHueA(0x3b, 0x82, 0xf6);
const QColor kHueB(0xf5, 0x8a, 0x0b);

QColor tint(const QColor &hue, const QPalette &palette, double strength)
{
    const QColor base = palette.color(QPalette::Base);
    const double t = base.lightnessF() < 0.4 ? strength + 0.15 : strength;
    return QColor::fromRgbF(float(base.redF() * (1 - t) + hue.redF() * t),
        float(base.greenF() * (1 - t) + hue.greenF() * t), float(base.blueF() * (1 - t) + hue.blueF() * t));
}

bool isGeometric(MetricKind k)
{
    return k == MetricKind::Boxes || k == MetricKind::Polygons || k == MetricKind::KeyPoints;
}

// Annotation and prediction ids come from two tables on the server and overlap (annotation 3 and
// prediction 3 are unrelated): the participant's kind says which list the id is in.
QJsonObject findAnnotation(const QJsonObject &task, int id, agreement::Participant::Kind kind)
{
    const QLatin1String key = kind == agreement::Participant::Kind::Prediction ? QLatin1String("predictions")
                                                                               : QLatin1String("annotations");
    const QJsonArray list = task.value(key).toArray();
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QLatin1String("id")).toInt() == id)
            return v.toObject();
    }
    return {};
}

QString valueText(const ControlResult *c)
{
    if (!c)
        return {};
    QStringList parts;
    for (const Region &r : c->regions) {
        switch (c->kind) {
        case MetricKind::Choices:
            parts << r.labels.join(QStringLiteral(", "));
            break;
        case MetricKind::Number:
        case MetricKind::Rating:
            parts << QLocale().toString(r.number);
            break;
        case MetricKind::TextArea:
            parts << r.texts.join(QLatin1Char('\n'));
            break;
        case MetricKind::Taxonomy:
            for (const QStringList &path : r.paths)
                parts << path.join(QStringLiteral(" / "));
            break;
        case MetricKind::TextSpans:
        case MetricKind::HyperTextSpans:
        case MetricKind::TimeSpans:
            parts << QStringLiteral("%1–%2 %3")
                         .arg(r.start)
                         .arg(r.end)
                         .arg(r.labels.join(QStringLiteral(", ")));
            break;
        default:
            parts << r.canonical;
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}
} // namespace

// The overlay: both annotations' regions on one canvas in percent coordinates (no image: the geometry
// is what differs).
class RegionCanvas : public QWidget
{
public:
    struct Item
    {
        int side = 0; // 0: A, 1: B
        MetricKind kind = MetricKind::Boxes;
        Region region;
        QString caption;
        bool unmatched = false;
    };

    explicit RegionCanvas(QWidget *parent)
        : QWidget(parent)
    {
        setMinimumHeight(180);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setAccessibleName(tr("Regions of both annotations"));
    }

    void setItems(const QList<Item> &items)
    {
        m_items = items;
        QStringList captions;
        for (const Item &i : items) {
            if (!i.caption.isEmpty())
                captions << i.caption;
        }
        setAccessibleDescription(captions.join(QStringLiteral("; ")));
        update();
    }
    QStringList captions() const
    {
        QStringList out;
        for (const Item &i : m_items) {
            if (!i.caption.isEmpty())
                out << i.caption;
        }
        return out;
    }
    QSize sizeHint() const override { return { 400, 300 }; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        // A 4:3 area: the usual photo shape; percent coordinates need one, and without the image any is
        // as right as another.
        QSizeF area = size();
        area.scale(width() - 8, height() - 8, Qt::KeepAspectRatio);
        QSizeF fit(4, 3);
        fit.scale(area, Qt::KeepAspectRatio);
        const QRectF frame(QPointF((width() - fit.width()) / 2, (height() - fit.height()) / 2), fit);
        p.fillRect(frame, palette().color(QPalette::Base));
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.drawRect(frame);
        auto map = [&](double x, double y) {
            return QPointF(frame.left() + x / 100 * frame.width(), frame.top() + y / 100 * frame.height());
        };
        for (const Item &i : m_items) {
            const QColor hue = i.side == 0 ? kHueA : kHueB;
            QPen pen(hue, i.unmatched ? 3 : 1.5, i.unmatched ? Qt::DashLine : Qt::SolidLine);
            p.setPen(pen);
            QColor fill = hue;
            fill.setAlphaF(i.unmatched ? 0.25f : 0.12f);
            p.setBrush(fill);
            QPointF anchor;
            if (i.kind == MetricKind::Boxes) {
                p.save();
                p.translate(map(i.region.x, i.region.y));
                p.rotate(i.region.rotation);
                p.drawRect(QRectF(
                    0, 0, i.region.width / 100 * frame.width(), i.region.height / 100 * frame.height()));
                p.restore();
                anchor = map(i.region.x, i.region.y);
            } else if (i.kind == MetricKind::Polygons) {
                QPolygonF poly;
                for (const QPointF &pt : i.region.points)
                    poly << map(pt.x(), pt.y());
                p.drawPolygon(poly);
                anchor = poly.isEmpty() ? QPointF() : poly.boundingRect().topLeft();
            } else if (!i.region.points.isEmpty()) {
                anchor = map(i.region.points.first().x(), i.region.points.first().y());
                p.drawEllipse(anchor, 4, 4);
            }
            if (i.caption.isEmpty())
                continue;
            // Captions on a base-coloured plate so they read over any region.
            const QFontMetrics fm = fontMetrics();
            const QString text = i.caption;
            QRectF plate(anchor + QPointF(i.side == 0 ? 2 : 2, i.side == 0 ? 2 : fm.height() + 4),
                QSizeF(fm.horizontalAdvance(text) + 6, fm.height() + 2));
            plate.moveRight(std::min(plate.right(), frame.right()));
            plate.moveBottom(std::min(plate.bottom(), frame.bottom()));
            p.setPen(Qt::NoPen);
            p.setBrush(palette().color(QPalette::Base));
            p.drawRect(plate);
            p.setPen(i.unmatched ? hue : palette().color(QPalette::Text));
            p.drawText(plate, Qt::AlignCenter, text);
        }
    }

private:
    QList<Item> m_items;
};

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_canvas(new RegionCanvas(this))
    , m_spans(new QTextBrowser(this))
    , m_valueView(new QTextBrowser(this))
{
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_spans->setAccessibleName(tr("Text spans of both annotations"));
    m_valueView->setAccessibleName(tr("Values of both annotations"));
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_title);
    lay->addWidget(m_canvas, 2);
    lay->addWidget(m_spans, 1);
    lay->addWidget(m_valueView, 1);
    clear();
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::clear()
{
    m_task = {};
    m_pairs.clear();
    m_values.clear();
    m_unmatched = 0;
    setMessage(tr("Choose a cell of the matrix, then a task, to compare two annotations."));
}

void ComparisonView::setMessage(const QString &message)
{
    m_title->setText(message);
    m_canvas->setItems({});
    m_canvas->hide();
    m_spans->clear();
    m_spans->hide();
    m_valueView->clear();
    m_valueView->hide();
}

QString ComparisonView::title() const
{
    return m_title->text();
}

QStringList ComparisonView::canvasLabels() const
{
    return m_canvas->captions();
}

bool ComparisonView::hasCanvas() const
{
    return !m_canvas->isHidden();
}

QTextDocument *ComparisonView::spansDocument() const
{
    return m_spans->document();
}

QString ComparisonView::valuesHtml() const
{
    return m_valueView->toHtml();
}

void ComparisonView::setComparison(const QJsonObject &task, int annotationA, int annotationB,
    const QString &nameA, const QString &nameB, agreement::Participant::Kind kindA,
    agreement::Participant::Kind kindB)
{
    m_task = task;
    m_annotationA = annotationA;
    m_annotationB = annotationB;
    m_kindA = kindA;
    m_kindB = kindB;
    m_nameA = nameA;
    m_nameB = nameB;
    rebuild();
}

void ComparisonView::changeEvent(QEvent *event)
{
    // The marks are HTML with colours from the palette: build them again for the new one.
    if (event->type() == QEvent::PaletteChange && !m_task.isEmpty())
        rebuild();
    QWidget::changeEvent(event);
}

void ComparisonView::rebuild()
{
    setMessage({});
    m_pairs.clear();
    m_values.clear();
    m_unmatched = 0;
    const QJsonObject a = findAnnotation(m_task, m_annotationA, m_kindA);
    const QJsonObject b = findAnnotation(m_task, m_annotationB, m_kindB);
    const int taskId = m_task.value(QLatin1String("id")).toInt();
    if (a.isEmpty() || b.isEmpty()) {
        setMessage(tr("Task %1 no longer has both annotations (%2 and %3).")
                       .arg(taskId)
                       .arg(m_annotationA)
                       .arg(m_annotationB));
        return;
    }
    const QJsonObject data = m_task.value(QLatin1String("data")).toObject();
    const QList<ControlResult> resultsA
        = agreement::parseResults(a.value(QLatin1String("result")).toArray(), data, m_hints);
    const QList<ControlResult> resultsB
        = agreement::parseResults(b.value(QLatin1String("result")).toArray(), data, m_hints);
    m_title->setText(tr("Task %1: <span style=\"color:%2\">■ %3</span> (annotation %4) and "
                        "<span style=\"color:%5\">■ %6</span> (annotation %7)")
                         .arg(taskId)
                         .arg(kHueA.name(), m_nameA.toHtmlEscaped())
                         .arg(m_annotationA)
                         .arg(kHueB.name(), m_nameB.toHtmlEscaped())
                         .arg(m_annotationB));

    // Controls of both sides, by name (parseResults sorts them).
    QMap<QString, QPair<const ControlResult *, const ControlResult *>> controls;
    for (const ControlResult &c : resultsA)
        controls[c.name].first = &c;
    for (const ControlResult &c : resultsB)
        controls[c.name].second = &c;

    QList<RegionCanvas::Item> items;
    QList<QPair<const ControlResult *, const ControlResult *>> spanControls;
    for (auto it = controls.cbegin(); it != controls.cend(); ++it) {
        const ControlResult *ca = it->first, *cb = it->second;
        const MetricKind kind = (ca ? ca : cb)->kind;
        if (kind == MetricKind::TextSpans) {
            spanControls << *it;
            continue;
        }
        if (!isGeometric(kind)) {
            m_values << ValueRow { it.key(), valueText(ca), valueText(cb),
                agreement::controlAgreement(ca, cb, m_options) };
            continue;
        }
        const QList<Region> ra = ca ? ca->regions : QList<Region> {};
        const QList<Region> rb = cb ? cb->regions : QList<Region> {};
        // Every candidate pair with matching labels, best IoU first, each region used once: the pairing
        // the metric's "max IoU per region" implies, made one-to-one for drawing.
        QList<RegionPair> candidates;
        for (int i = 0; i < ra.size(); ++i) {
            for (int j = 0; j < rb.size(); ++j) {
                if (ra.at(i).labels != rb.at(j).labels)
                    continue;
                double iou = 0;
                if (kind == MetricKind::Boxes)
                    iou = agreement::boxIoU(ra.at(i), rb.at(j));
                else if (kind == MetricKind::Polygons)
                    iou = agreement::polygonIoU(ra.at(i).points, rb.at(j).points);
                else
                    iou = ra.at(i).points == rb.at(j).points ? 1.0 : 0.0;
                if (iou > 0)
                    candidates << RegionPair { it.key(), i, j, iou };
            }
        }
        std::stable_sort(candidates.begin(), candidates.end(),
            [](const RegionPair &x, const RegionPair &y) { return x.iou > y.iou; });
        QSet<int> usedA, usedB;
        for (const RegionPair &p : candidates) {
            if (usedA.contains(p.a) || usedB.contains(p.b))
                continue;
            usedA.insert(p.a);
            usedB.insert(p.b);
            m_pairs << p;
        }
        const QLocale locale;
        for (int i = 0; i < ra.size(); ++i) {
            RegionCanvas::Item item { 0, kind, ra.at(i), {}, !usedA.contains(i) };
            const auto pair = std::find_if(m_pairs.cbegin(), m_pairs.cend(),
                [&](const RegionPair &p) { return p.control == it.key() && p.a == i; });
            const QString label = ra.at(i).labels.join(QStringLiteral(", "));
            item.caption = pair != m_pairs.cend()
                ? tr("%1 IoU %2").arg(label, locale.toString(pair->iou, 'f', 2))
                : tr("%1 only: %2").arg(m_nameA, label);
            items << item;
        }
        for (int j = 0; j < rb.size(); ++j) {
            RegionCanvas::Item item { 1, kind, rb.at(j), {}, !usedB.contains(j) };
            if (item.unmatched)
                item.caption = tr("%1 only: %2").arg(m_nameB, rb.at(j).labels.join(QStringLiteral(", ")));
            items << item;
        }
        m_unmatched += int(ra.size() - usedA.size() + rb.size() - usedB.size());
    }
    if (!items.isEmpty()) {
        m_canvas->setItems(items);
        m_canvas->show();
    }
    if (!spanControls.isEmpty())
        showSpans(data, spanControls);
    if (!m_values.isEmpty())
        showValues();
    if (items.isEmpty() && spanControls.isEmpty() && m_values.isEmpty())
        m_title->setText(m_title->text() + QStringLiteral("<br>") + tr("Neither annotation has a result."));
}

void ComparisonView::showSpans(
    const QJsonObject &data, const QList<QPair<const ControlResult *, const ControlResult *>> &controls)
{
    // The text the spans' character offsets point into: the control's object key when the config says;
    // else the first string of the task's data long enough for every span that is not a link (an
    // image's URL is a string too).
    const ControlResult *first = controls.first().first ? controls.first().first : controls.first().second;
    QString key = m_hints.value(first->name).objectText;
    if (key.isEmpty()) {
        double longest = 0;
        for (const auto &pair : controls) {
            for (const ControlResult *c : { pair.first, pair.second }) {
                for (const Region &r : c ? c->regions : QList<Region> {})
                    longest = std::max(longest, r.end);
            }
        }
        for (auto it = data.constBegin(); it != data.constEnd() && key.isEmpty(); ++it) {
            const QString v = it->toString();
            const bool link = v.contains(QLatin1String("://")) || v.startsWith(QLatin1Char('/'));
            if (it->isString() && !link && v.size() >= longest)
                key = it.key();
        }
    }
    const QString text = data.value(key).toString();
    QTextDocument *doc = m_spans->document();
    doc->setPlainText(text);
    QTextCharFormat fa, fb, both;
    fa.setBackground(tint(kHueA, palette(), 0.35));
    fb.setBackground(tint(kHueB, palette(), 0.35));
    both.setBackground(tint(QColor(0x8b, 0x5c, 0xf6), palette(), 0.5));
    both.setFontUnderline(true);
    const int length = int(text.size());
    auto mark = [&](int start, int end, const QTextCharFormat &f) {
        start = std::clamp(start, 0, length);
        end = std::clamp(end, 0, length);
        if (end <= start)
            return;
        QTextCursor c(doc);
        c.setPosition(start);
        c.setPosition(end, QTextCursor::KeepAnchor);
        c.mergeCharFormat(f);
    };
    QList<QPair<int, int>> spansA, spansB;
    for (const auto &pair : controls) {
        if (pair.first) {
            for (const Region &r : pair.first->regions)
                spansA << qMakePair(int(r.start), int(r.end));
        }
        if (pair.second) {
            for (const Region &r : pair.second->regions)
                spansB << qMakePair(int(r.start), int(r.end));
        }
    }
    for (const auto &s : spansA)
        mark(s.first, s.second, fa);
    for (const auto &s : spansB)
        mark(s.first, s.second, fb);
    for (const auto &x : spansA) {
        for (const auto &y : spansB)
            mark(std::max(x.first, y.first), std::min(x.second, y.second), both);
    }
    m_spans->setToolTip(
        tr("Spans of %1 in blue, of %2 in orange, both (underlined) in violet").arg(m_nameA, m_nameB));
    m_spans->show();
}

QPair<QString, QString> ComparisonView::markedDifference(
    const QString &a, const QString &b, const QString &markA, const QString &markB)
{
    // Longest common subsequence by dynamic programming; long texts would make the table too big, so
    // beyond a few thousand characters the whole text counts as changed.
    constexpr int kMaxChars = 3000;
    const int n = int(a.size()), m = int(b.size());
    QVector<bool> keepA(n, false), keepB(m, false);
    if (a == b) {
        keepA.fill(true);
        keepB.fill(true);
    } else if (n <= kMaxChars && m <= kMaxChars) {
        QVector<quint16> table((n + 1) * (m + 1), 0);
        auto at = [&](int i, int j) -> quint16 & { return table[i * (m + 1) + j]; };
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j)
                at(i, j) = a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        }
        int i = 0, j = 0;
        while (i < n && j < m) {
            if (a.at(i) == b.at(j)) {
                keepA[i++] = true;
                keepB[j++] = true;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
    }
    auto render = [](const QString &s, const QVector<bool> &keep, const QString &mark) {
        QString out;
        bool open = false;
        for (int i = 0; i < s.size(); ++i) {
            if (!keep.at(i) && !open) {
                out += QStringLiteral("<span style=\"background-color:%1; text-decoration:underline\">")
                           .arg(mark);
                open = true;
            } else if (keep.at(i) && open) {
                out += QStringLiteral("</span>");
                open = false;
            }
            out += QString(s.at(i)).toHtmlEscaped();
        }
        if (open)
            out += QStringLiteral("</span>");
        return out;
    };
    return { render(a, keepA, markA), render(b, keepB, markB) };
}

void ComparisonView::showValues()
{
    const QPalette pal = palette();
    const QString markA = tint(kHueA, pal, 0.45).name(), markB = tint(kHueB, pal, 0.45).name();
    const QString differ = bandColor(AgreementBand::Low, pal).name();
    QString html = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><th align=\"left\">%1</th>"
        "<th align=\"left\">%2</th><th align=\"left\">%3</th><th>%4</th></tr>")
                       .arg(tr("Control"), m_nameA.toHtmlEscaped(), m_nameB.toHtmlEscaped(), tr("Agreement"));
    for (const ValueRow &row : m_values) {
        QString a = row.a.toHtmlEscaped(), b = row.b.toHtmlEscaped();
        if (row.differs()) {
            const auto marked = markedDifference(row.a, row.b, markA, markB);
            a = marked.first;
            b = marked.second;
        }
        a.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        b.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        const QString style
            = row.differs() ? QStringLiteral(" style=\"background-color:%1\"").arg(differ) : QString();
        const QString rowText
            = row.differs() ? textColorOn(QColor(differ), pal).name() : pal.color(QPalette::Text).name();
        html += QStringLiteral(
            "<tr%1><td style=\"color:%6\"><b>%2</b></td><td style=\"color:%6\">%3</td>"
            "<td style=\"color:%6\">%4</td><td align=\"center\" style=\"color:%6\">%5</td></tr>")
                    .arg(style, row.control.toHtmlEscaped(), a, b,
                        AgreementMatrixModel::percentText(row.score), rowText);
    }
    html += QStringLiteral("</table>");
    m_valueView->setHtml(html);
    m_valueView->show();
}

} // namespace lsdesk
