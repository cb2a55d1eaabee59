#pragma once

#include "agreement/agreement.h"
#include "api/client.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace lsdesk {

// Inter-annotator agreement as Label Studio Enterprise computes it (GET api/projects/{id}/stats/IAA,
// label-studio-api.md §9.1), in the same types as our local computation so the two sit side by side.
// The values are the server's, verbatim (its diagonal included); a null cell is agreement::kNoScore.
struct ServerAgreement
{
    QList<int> userIds; // matrix order
    QStringList userNames; // "First Last", else the e-mail, else the username, else "User #7"
    agreement::Matrix overall; // without per_label
    QMap<QString, agreement::Matrix> perLabel; // with per_label: one matrix per label
    double std = agreement::kNoScore; // without per_label
    QMap<QString, double> perLabelStd; // with per_label
    QJsonObject raw;

    // Participant keys ("user:7") in matrix order, to match a local AgreementReport's participants.
    QStringList participantKeys() const;
    static std::optional<ServerAgreement> fromJson(const QJsonObject &obj, QString *error);
};

// Enterprise's statistics routes. On Label Studio Community they do not exist: the call then fails with
// kind ApiError::Kind::NotAvailable and a message that says agreement is computed locally instead.
class StatsApi
{
public:
    explicit StatsApi(Client *client)
        : m_client(client)
    { }

    ApiJob *iaa(int projectId, bool perLabel, QObject *context, Callback<ServerAgreement> cb);

    // What the UI and the CLI show when the server has no agreement endpoint.
    static QString communityMessage();

private:
    Client *m_client;
};

} // namespace lsdesk
