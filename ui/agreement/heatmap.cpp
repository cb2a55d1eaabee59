#include "agreement/heatmap.h"

#include "agreement/agreementmatrixmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <cmath>

namespace lsdesk {

namespace {
constexpr double kHigh = 0.66;
constexpr double kModerate = 0.33;

QColor hueOf(AgreementBand band)
{
    switch (band) {
    case AgreementBand::High:
        return QColor(0x2e, 0xa0, 0x43);
    case AgreementBand::Moderate:
        return QColor(0xe3, 0xb3, 0x1a);
    case AgreementBand::Low:
        return QColor(0xd9, 0x3f, 0x3f);
    case AgreementBand::None:
        break;
    }
    return {};
}

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
}

const AgreementBand kBands[] = { AgreementBand::High, AgreementBand::Moderate, AgreementBand::Low };
} // namespace

AgreementBand agreementBand(double value)
{
    if (std::isnan(value))
        return AgreementBand::None;
    if (value >= kHigh)
        return AgreementBand::High;
    if (value >= kModerate)
        return AgreementBand::Moderate;
    return AgreementBand::Low;
}

QColor bandColor(AgreementBand band, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (band == AgreementBand::None)
        return base;
    // A light base takes a pastel (45% of the hue), a dark one a deep shade (42% of the hue over the
    // dark base): both keep the palette's text readable on top (textColorOn picks the better of two).
    const bool dark = luminance(base) < 0.2;
    return mix(base, hueOf(band), dark ? 0.42 : 0.45);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textColorOn(const QColor &background, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return contrastRatio(text, background) >= contrastRatio(base, background) ? text : base;
}

void HeatMapDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QVariant value = index.data(AgreementMatrixModel::ValueRole);
    const AgreementBand band = value.isValid() ? agreementBand(value.toDouble()) : AgreementBand::None;
    const QColor fill = bandColor(band, opt.palette);
    painter->save();
    painter->fillRect(opt.rect, fill);
    // Selection and focus as an outline, so the band colour stays visible on the selected cell.
    if (opt.state & QStyle::State_Selected) {
        QPen pen(opt.palette.color(QPalette::Highlight), 2);
        painter->setPen(pen);
        painter->drawRect(opt.rect.adjusted(1, 1, -1, -1));
    }
    const bool average = index.data(AgreementMatrixModel::ColumnParticipantRole).toInt() < 0;
    QFont font = opt.font;
    font.setBold(average);
    painter->setFont(font);
    painter->setPen(textColorOn(fill, opt.palette));
    painter->drawText(opt.rect.adjusted(4, 0, -4, 0), Qt::AlignCenter, opt.text);
    painter->restore();
}

QSize HeatMapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize s = QStyledItemDelegate::sizeHint(option, index);
    return { std::max(s.width() + 12, option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) + 24),
        s.height() + 8 };
}

AgreementLegend::AgreementLegend(QWidget *parent)
    : QWidget(parent)
{
    QStringList parts;
    for (AgreementBand b : kBands)
        parts << bandText(b);
    setAccessibleName(tr("Colour legend"));
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
    setToolTip(tr("Agreement bands as Label Studio Enterprise shows them: %1")
                   .arg(parts.join(QStringLiteral("; "))));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QString AgreementLegend::bandText(AgreementBand band)
{
    switch (band) {
    case AgreementBand::High:
        return tr("High ≥ 66%");
    case AgreementBand::Moderate:
        return tr("Moderate 33–66%");
    case AgreementBand::Low:
        return tr("Low < 33%");
    case AgreementBand::None:
        break;
    }
    return tr("No common tasks");
}

QSize AgreementLegend::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    int w = 0;
    for (AgreementBand b : kBands)
        w += fm.height() + 6 + fm.horizontalAdvance(bandText(b)) + 16;
    return { w, fm.height() + 8 };
}

void AgreementLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int h = fm.height();
    int x = 0;
    const int y = (height() - h) / 2;
    for (AgreementBand b : kBands) {
        const QRect swatch(x, y, h, h);
        p.fillRect(swatch, bandColor(b, palette()));
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(swatch.adjusted(0, 0, -1, -1));
        x += h + 6;
        const QString text = bandText(b);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(x, y, fm.horizontalAdvance(text) + 2, h), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += fm.horizontalAdvance(text) + 16;
    }
}

} // namespace lsdesk
