#include "icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>

namespace lsdesk {

namespace {

// Renders the SVG at the exact pixel size through the svg image format plugin (qt6-svg), then paints
// every opaque pixel in the palette colour for the mode.
class TintedSvgEngine : public QIconEngine
{
public:
    explicit TintedSvgEngine(QString path)
        : m_path(std::move(path))
    { }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_path); }
    QString key() const override { return QStringLiteral("lsdesk-tinted-svg"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal dpr
            = painter->device() ? painter->device()->devicePixelRatioF() : qApp->devicePixelRatio();
        painter->drawPixmap(rect, render((QSizeF(rect.size()) * dpr).toSize(), mode, dpr));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        return render(size, mode, 1.0);
    }

    // `size` is in device pixels here (QIconEngine's contract); `scale` only labels the result.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        return render(size, mode, scale);
    }

private:
    QPixmap render(const QSize &pixels, QIcon::Mode mode, qreal scale)
    {
        const QPalette palette = QApplication::palette();
        const QColor color = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
            mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::ButtonText);
        const QString cacheKey = QStringLiteral("lsdesk-icon:%1:%2x%3:%4")
                                     .arg(m_path)
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .arg(color.rgba());
        QPixmap pm;
        if (!QPixmapCache::find(cacheKey, &pm)) {
            QImageReader reader(m_path);
            reader.setScaledSize(pixels);
            QImage image = reader.read();
            if (image.isNull())
                return {};
            image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            QPainter p(&image);
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(image.rect(), color);
            p.end();
            pm = QPixmap::fromImage(image);
            QPixmapCache::insert(cacheKey, pm);
        }
        pm.setDevicePixelRatio(scale);
        return pm;
    }

    QString m_path;
};

} // namespace

QIcon appIcon(const QString &name, const QString &themeName)
{
    if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return QIcon(new TintedSvgEngine(QStringLiteral(":/lsdesk/icons/%1.svg").arg(name)));
}

} // namespace lsdesk
