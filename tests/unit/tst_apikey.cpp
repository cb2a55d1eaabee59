#include "auth/apikey.h"
#include "testutil.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using lsdesk::ApiKey;
using namespace lsdesk::test;

Q_DECLARE_METATYPE(ApiKey::Kind)

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());

QString jwt(const QString &type, std::optional<QDateTime> exp)
{
    return QString::fromLatin1(makeJwt(type, exp));
}
} // namespace

class TestApiKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void trimsWhitespace();
    void expiryOfPat();
    void jwtExpiry();
    void expiredProblemNamesDate();
    void problemNeverContainsSecret();
};

void TestApiKey::classify_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<ApiKey::Kind>("kind");
    QTest::addColumn<bool>("usable");

    QTest::newRow("empty") << QString() << ApiKey::Kind::Empty << false;
    QTest::newRow("blank") << QStringLiteral("  \t\n") << ApiKey::Kind::Empty << false;
    QTest::newRow("legacy 40-hex") << legacyKey() << ApiKey::Kind::Legacy << true;
    QTest::newRow("legacy other text")
        << QStringLiteral("my-own-token-set-with-LABEL_STUDIO_USER_TOKEN") << ApiKey::Kind::Legacy << true;
    QTest::newRow("PAT, future exp") << jwt(QStringLiteral("refresh"), kNow.addYears(200))
                                     << ApiKey::Kind::PersonalAccessToken << true;
    QTest::newRow("PAT, exp in 1 min")
        << jwt(QStringLiteral("refresh"), kNow.addSecs(60)) << ApiKey::Kind::PersonalAccessToken << true;
    QTest::newRow("access token pasted")
        << jwt(QStringLiteral("access"), kNow.addSecs(300)) << ApiKey::Kind::AccessToken << false;
    QTest::newRow("expired access token pasted")
        << jwt(QStringLiteral("access"), kNow.addSecs(-300)) << ApiKey::Kind::AccessToken << false;
    QTest::newRow("expired PAT") << jwt(QStringLiteral("refresh"), kNow.addDays(-1)) << ApiKey::Kind::Expired
                                 << false;
    QTest::newRow("PAT expiring right now")
        << jwt(QStringLiteral("refresh"), kNow) << ApiKey::Kind::Expired << false;
    QTest::newRow("no exp") << jwt(QStringLiteral("refresh"), std::nullopt) << ApiKey::Kind::NoExpiry
                            << false;
    QTest::newRow("unknown token_type")
        << jwt(QStringLiteral("id"), kNow.addDays(1)) << ApiKey::Kind::UnknownJwt << false;
    QTest::newRow("no token_type") << jwt(QString(), kNow.addDays(1)) << ApiKey::Kind::UnknownJwt << false;
    QTest::newRow("exp as a string") << QString::fromLatin1(
        makeJwt(QJsonObject { { QStringLiteral("token_type"), QStringLiteral("refresh") },
            { QStringLiteral("exp"), QStringLiteral("4102444800") } }))
                                     << ApiKey::Kind::NoExpiry << false;
    // Not JWTs at all, even though they have two dots: sent as legacy tokens, as the SDK does.
    QTest::newRow("garbage with dots") << QStringLiteral("abc.def.ghi") << ApiKey::Kind::Legacy << true;
    QTest::newRow("dots, json array payload") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.")
            + QString::fromLatin1(base64Url("[1,2]")) + QStringLiteral(".sig")
                                              << ApiKey::Kind::Legacy << true;
    QTest::newRow("two segments") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJ0b2tlbl90eXBlIjoicmVmcmVzaCJ9")
                                  << ApiKey::Kind::Legacy << true;
    QTest::newRow("four segments") << jwt(QStringLiteral("refresh"), kNow.addDays(1)) + QStringLiteral(".x")
                                   << ApiKey::Kind::Legacy << true;
}

void TestApiKey::classify()
{
    QFETCH(QString, key);
    QFETCH(ApiKey::Kind, kind);
    QFETCH(bool, usable);

    const ApiKey k = ApiKey::classify(key, kNow);
    QCOMPARE(k.kind(), kind);
    QCOMPARE(k.usable(), usable);
    // problem() explains exactly the unusable keys.
    QCOMPARE(k.problem().isEmpty(), usable);
    if (!usable)
        QVERIFY2(k.problem().size() > 20, qPrintable(k.problem()));
}

void TestApiKey::trimsWhitespace()
{
    const QString pat = makePat();
    const ApiKey k = ApiKey::classify(QStringLiteral("  ") + pat + QStringLiteral("\n"));
    QCOMPARE(k.kind(), ApiKey::Kind::PersonalAccessToken);
    QCOMPARE(k.secret(), pat);

    const ApiKey legacy = ApiKey::classify(QStringLiteral("\t") + legacyKey() + QStringLiteral(" "));
    QCOMPARE(legacy.kind(), ApiKey::Kind::Legacy);
    QCOMPARE(legacy.secret(), legacyKey());
}

void TestApiKey::expiryOfPat()
{
    const QDateTime exp = kNow.addDays(30);
    const ApiKey k = ApiKey::classify(jwt(QStringLiteral("refresh"), exp), kNow);
    QCOMPARE(k.expiresAt(), exp);
    QVERIFY(!ApiKey::classify(legacyKey(), kNow).expiresAt().isValid());
}

void TestApiKey::jwtExpiry()
{
    const QDateTime exp = kNow.addSecs(299);
    QCOMPARE(ApiKey::jwtExpiry(makeJwt(QStringLiteral("access"), exp)), exp);
    QVERIFY(!ApiKey::jwtExpiry(makeJwt(QStringLiteral("access"), std::nullopt)).isValid());
    QVERIFY(!ApiKey::jwtExpiry("not-a-jwt").isValid());
    QVERIFY(!ApiKey::jwtExpiry(QByteArray()).isValid());
}

void TestApiKey::expiredProblemNamesDate()
{
    const QDateTime exp(QDate(2026, 5, 1), QTime(8, 30), QTimeZone::utc());
    const ApiKey k = ApiKey::classify(jwt(QStringLiteral("refresh"), exp), kNow);
    QCOMPARE(k.kind(), ApiKey::Kind::Expired);
    QVERIFY2(k.problem().contains(QLatin1String("2026-05-01")), qPrintable(k.problem()));
    QVERIFY(k.problem().contains(QLatin1String("Personal Access Token")));
}

void TestApiKey::problemNeverContainsSecret()
{
    const QStringList keys { jwt(QStringLiteral("access"), kNow.addSecs(60)),
        jwt(QStringLiteral("refresh"), kNow.addDays(-2)), jwt(QStringLiteral("refresh"), std::nullopt),
        jwt(QStringLiteral("other"), kNow.addDays(2)) };
    for (const QString &key : keys) {
        const ApiKey k = ApiKey::classify(key, kNow);
        QVERIFY(!k.usable());
        QVERIFY(!k.problem().contains(key));
        // Not even one segment of it.
        const QStringList parts = key.split(QLatin1Char('.'));
        for (const QString &part : parts)
            QVERIFY(!k.problem().contains(part));
    }
}

QTEST_GUILESS_MAIN(TestApiKey)
#include "tst_apikey.moc"
