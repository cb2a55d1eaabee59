#include "agreement/agreementhistogram.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <limits>

namespace lsdesk {

AgreementHistogram::AgreementHistogram(QWidget *parent)
    : QWidget(parent)
    , m_mean(std::numeric_limits<double>::quiet_NaN())
    , m_stddev(std::numeric_limits<double>::quiet_NaN())
{
    setAccessibleName(tr("Distribution of task agreement"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateAccessibility();
}

void AgreementHistogram::setDistribution(const QVector<int> &counts, double mean, double stddev)
{
    m_counts = counts;
    m_mean = mean;
    m_stddev = stddev;
    updateAccessibility();
    update();
}

void AgreementHistogram::clear()
{
    setDistribution({}, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN());
}

QString AgreementHistogram::summaryText() const
{
    int total = 0;
    for (int c : m_counts)
        total += c;
    if (total == 0 || std::isnan(m_mean))
        return tr("No task has two annotations to compare yet");
    const QLocale locale;
    const QString sd
        = std::isnan(m_stddev) ? QString() : tr(" ± %1%").arg(locale.toString(m_stddev * 100, 'f', 1));
    return tr("Mean %1%%2 over %n task(s)", nullptr, total).arg(locale.toString(m_mean * 100, 'f', 1), sd);
}

QString AgreementHistogram::binText(int bin) const
{
    const int n = int(m_counts.size());
    if (bin < 0 || bin >= n)
        return {};
    const int from = qRound(100.0 * bin / n), to = qRound(100.0 * (bin + 1) / n);
    return tr("%1–%2%: %n task(s)", nullptr, m_counts.at(bin)).arg(from).arg(to);
}

void AgreementHistogram::updateAccessibility()
{
    QStringList parts { summaryText() };
    for (int i = 0; i < m_counts.size(); ++i)
        parts << binText(i);
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

QSize AgreementHistogram::sizeHint() const
{
    return { 320, fontMetrics().height() * 7 };
}

QSize AgreementHistogram::minimumSizeHint() const
{
    return { 160, fontMetrics().height() * 5 };
}

QRect AgreementHistogram::plotRect() const
{
    const int line = fontMetrics().height();
    // Room for the axis labels below the bars and the summary line below those.
    return rect().adjusted(4, 4, -4, -(2 * line + 8));
}

int AgreementHistogram::binAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    if (m_counts.isEmpty() || !plot.contains(pos))
        return -1;
    const int bin = int((pos.x() - plot.left()) * m_counts.size() / std::max(1, plot.width()));
    return std::clamp(bin, 0, int(m_counts.size()) - 1);
}

void AgreementHistogram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect plot = plotRect();
    const QFontMetrics fm = fontMetrics();
    const QPalette pal = palette();
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const int n = int(m_counts.size());
    const int maxCount = n ? *std::max_element(m_counts.cbegin(), m_counts.cend()) : 0;
    if (n > 0 && maxCount > 0) {
        const double w = double(plot.width()) / n;
        for (int i = 0; i < n; ++i) {
            const int h = int(std::lround(double(plot.height() - fm.height()) * m_counts.at(i) / maxCount));
            const QRectF bar(plot.left() + i * w + 1, plot.bottom() - h, w - 2, h);
            p.fillRect(bar, pal.color(QPalette::Highlight));
            if (m_counts.at(i) > 0) {
                p.setPen(pal.color(QPalette::WindowText));
                p.drawText(QRectF(bar.left(), bar.top() - fm.height(), bar.width(), fm.height()),
                    Qt::AlignCenter, QString::number(m_counts.at(i)));
            }
        }
    }
    p.setPen(pal.color(QPalette::WindowText));
    const QRect axis(plot.left(), plot.bottom() + 2, plot.width(), fm.height());
    p.drawText(axis, Qt::AlignLeft | Qt::AlignTop, tr("0%"));
    p.drawText(axis, Qt::AlignHCenter | Qt::AlignTop, tr("50%"));
    p.drawText(axis, Qt::AlignRight | Qt::AlignTop, tr("100%"));
    const QRect summary(0, axis.bottom() + 4, width(), fm.height());
    p.drawText(summary, Qt::AlignHCenter | Qt::AlignTop, summaryText());
}

bool AgreementHistogram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int bin = binAt(help->pos());
        if (bin >= 0)
            QToolTip::showText(help->globalPos(), binText(bin), this);
        else
            QToolTip::showText(help->globalPos(), summaryText(), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace lsdesk
