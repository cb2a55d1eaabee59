#pragma once

#include <QIcon>
#include <QString>

namespace lsdesk {

// The app's action icons: small SVGs (resources/icons) drawn at whatever size and device pixel ratio
// is asked for - sharp on high-DPI screens - in the palette's text colour of the moment, so they read
// on light and dark themes alike (and grey out when disabled). A freedesktop theme icon of `themeName`
// wins when the desktop has one, as users expect their own icon theme.
QIcon appIcon(const QString &name, const QString &themeName = {});

} // namespace lsdesk
