#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace lsdesk {

// The project settings only Label Studio Enterprise has (label_studio_sdk types/lse_project.py,
// review_settings.py, assignment_settings.py): quality (agreement, annotator evaluation, limits),
// review and assignment. Nested settings are addressed as "review_settings.review_criteria".
// Only the settings the project JSON actually carries are offered, and the PATCH body holds only the
// top-level keys that changed; a changed nested object is sent whole as the server had it (its other
// sub-keys, known or not, untouched) with the edited sub-keys replaced.
struct EnterpriseSetting
{
    enum class Type { Bool, Int, Decimal, Choice };
    enum class Group { Quality, Review, Assignment };

    QString key; // "agreement_threshold", "review_settings.sampling"
    Type type = Type::Bool;
    Group group = Group::Quality;
    QString label; // translated
    QString tip; // translated
    QList<QPair<QString, QString>> choices; // Choice: (value, text)
    double minimum = 0;
    double maximum = 1000000;
    int decimals = 2; // Decimal

    // The JSON parent ("review_settings") and leaf ("sampling"); the parent is empty for top-level keys.
    QString parentKey() const;
    QString leafKey() const;
};

struct EnterpriseSettings
{
    // Every Enterprise setting this client edits, in the order the dialog shows them.
    static const QList<EnterpriseSetting> &catalogue();
    static const EnterpriseSetting *find(const QString &key);

    // The values of the catalogue's settings the project carries, by key (null stays null).
    QJsonObject values;
    QJsonObject raw;

    static EnterpriseSettings fromJson(const QJsonObject &project);
    bool has(const QString &key) const { return values.contains(key); }
    QJsonValue value(const QString &key) const { return values.value(key); }
    void setValue(const QString &key, const QJsonValue &v);
    // The PATCH body of what differs from `original` (see above). Decimals compare by value, so "0.50"
    // and 0.5 are the same setting; a changed decimal is sent the way the server sent it (a string or a
    // number).
    QJsonObject changedFields(const EnterpriseSettings &original) const;
    // Whether the project JSON has any of the catalogue's settings (an Enterprise project).
    bool isEmpty() const { return values.isEmpty(); }
};

} // namespace lsdesk
