#pragma once

#include <QVector>
#include <QWidget>

namespace lsdesk {

// The distribution of per-task agreement: equal bins over 0–100% (AgreementReport::histogram()) as bars
// in the palette's highlight colour, with the mean ± standard deviation underneath. Each bar's count is
// in its tooltip and the whole distribution in the accessible description, for screen readers.
class AgreementHistogram : public QWidget
{
    Q_OBJECT
public:
    explicit AgreementHistogram(QWidget *parent = nullptr);

    // `counts`: tasks per bin (bin i covers [i/n, (i+1)/n), 100% in the last); `mean`/`stddev` may be NaN.
    void setDistribution(const QVector<int> &counts, double mean, double stddev);
    void clear();

    QVector<int> counts() const { return m_counts; }
    QString summaryText() const; // "Mean 72.4% ± 12.0% over 40 tasks"
    QString binText(int bin) const; // "70–80%: 12 tasks"
    int binAt(const QPoint &pos) const; // -1 outside the bars

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotRect() const;
    void updateAccessibility();

    QVector<int> m_counts;
    double m_mean;
    double m_stddev;
};

} // namespace lsdesk
