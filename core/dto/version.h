#pragma once

#include <QJsonObject>
#include <QString>
#include <QVersionNumber>

namespace lsdesk {

// GET api/version/ - no authentication needed.
struct ServerVersion
{
    QString release; // "1.23.2"
    QString edition; // "Community" unless the server says "Enterprise"
    QJsonObject raw;

    static ServerVersion fromJson(const QJsonObject &obj);
    QVersionNumber number() const { return QVersionNumber::fromString(release); }
    bool isEnterprise() const
    {
        return edition.compare(QLatin1String("Enterprise"), Qt::CaseInsensitive) == 0;
    }

    // Personal access tokens and the API surface we rely on arrived in 1.17.
    static QVersionNumber oldestSupported() { return QVersionNumber(1, 17, 0); }
    bool isSupported() const { return !number().isNull() && number() >= oldestSupported(); }
};

} // namespace lsdesk
