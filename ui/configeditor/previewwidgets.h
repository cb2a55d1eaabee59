#pragma once

#include <QAbstractButton>
#include <QColor>
#include <QString>
#include <QWidget>

namespace lsdesk::preview {

// The colour the web UI gives a <Label> without a background: Please.js make_color({seed: value}) (a
// golden-ratio hue from an RC4 stream seeded with the value, saturation 0.4, value 0.75), so a label
// shows in the preview in the colour annotators will see.
QColor webLabelColor(const QString &value);
// A CSS colour as label configs write them: #rgb, #rrggbb, #rrggbbaa, SVG names, rgb()/rgba(). Invalid
// when not understood.
QColor parseCssColor(const QString &css);
// The label's colour: its `background` when set and understood; the web UI's seeded colour when unset
// or left at the web UI's own default (#DA935D, which it also replaces).
QColor labelBackground(const QString &background, const QString &value);
// Black or white, whichever reads on `background`: the web UI's contrastColor (YIQ >= 128 -> black).
QColor contrastTextColor(const QColor &background);

// A label as the web UI shows it: a rounded chip in the label's colour, the text in black or white by
// luminance, and the hotkey if any. Checkable (selecting a label), so keyboard users can tab to it and
// press Space; what is checked lives only in the preview.
class LabelChip : public QAbstractButton
{
    Q_OBJECT
public:
    LabelChip(const QString &text, const QColor &color, const QString &hotkey, QWidget *parent = nullptr);

    QColor color() const { return m_color; }
    QColor textColor() const { return contrastTextColor(m_color); }
    QString hotkey() const { return m_hotkey; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_color;
    QString m_hotkey;
};

// <Rating>: `maxRating` symbols, clickable and keyboard-driven (Left/Right, Home/End, digits, 0 or
// Backspace clears), like the web UI's rate control.
class RatingStars : public QWidget
{
    Q_OBJECT
public:
    enum class Shape { Star, Heart };

    RatingStars(int maxRating, Shape shape, QWidget *parent = nullptr);

    int maxRating() const { return m_max; }
    Shape shape() const { return m_shape; }
    int value() const { return m_value; }
    void setValue(int value);
    // Where symbol `index` (0-based) is drawn: what a click on it selects.
    QRect symbolRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

Q_SIGNALS:
    void valueChanged(int value);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int symbolSize() const;

    int m_max;
    Shape m_shape;
    int m_value = 0;
};

// A data-less stand-in for an object tag: a frame in palette colours with a drawn icon (a landscape for
// an image, a play triangle for a video, a curve for a time series, none for an unknown tag), a title
// and a detail line (the sample's URL). Keeps the aspect of what it stands for.
class ObjectPlaceholder : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Image, Video, TimeSeries, Unknown };

    ObjectPlaceholder(Kind kind, const QString &title, const QString &detail, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }

    bool hasHeightForWidth() const override { return m_kind != Kind::Unknown; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Kind m_kind;
    QString m_title;
    QString m_detail;
};

// The audio tag's waveform-ish strip: deterministic bars in palette colours.
class WaveformStrip : public QWidget
{
    Q_OBJECT
public:
    explicit WaveformStrip(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace lsdesk::preview
