#pragma once

#include <QColor>
#include <QStyledItemDelegate>
#include <QWidget>

class QPalette;

namespace lsdesk {

// Enterprise's agreement bands (features-and-agreement.md §2.3): High from 66%, Moderate from 33%, Low
// below.
enum class AgreementBand { None, Low, Moderate, High };
AgreementBand agreementBand(double value); // None for NaN
// The cell tint of a band: the band's hue mixed into the palette's base colour, so it reads as a tint in
// a light palette and as a dark shade in a dark one. The hues themselves are fixed (they carry meaning:
// green, yellow, red) - only how strongly they show follows the palette.
QColor bandColor(AgreementBand band, const QPalette &palette);
// The palette's text or base colour, whichever contrasts more with `background`.
QColor textColorOn(const QColor &background, const QPalette &palette);
// WCAG contrast ratio of two colours (1..21).
double contrastRatio(const QColor &a, const QColor &b);

// Paints AgreementMatrixModel cells as a heat map: the band's tint behind the percentage.
class HeatMapDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The colour legend under the matrix: a swatch and the range of each band.
class AgreementLegend : public QWidget
{
    Q_OBJECT
public:
    explicit AgreementLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
    static QString bandText(AgreementBand band);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace lsdesk
