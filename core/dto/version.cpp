#include "version.h"

namespace lsdesk {

ServerVersion ServerVersion::fromJson(const QJsonObject &obj)
{
    ServerVersion v;
    v.raw = obj;
    v.release = obj.value(QLatin1String("release")).toString();
    if (v.release.isEmpty()) // older servers only fill the package block
        v.release = obj.value(QLatin1String("label-studio-os-package"))
                        .toObject()
                        .value(QLatin1String("version"))
                        .toString();
    v.edition = obj.value(QLatin1String("edition")).toString();
    if (v.edition.isEmpty())
        v.edition = QStringLiteral("Community");
    return v;
}

} // namespace lsdesk
