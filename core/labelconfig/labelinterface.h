#pragma once

#include "labelconfig/xmldocument.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace lsdesk {

// The tag tables of the Python SDK (label_interface/object_tags.py and control_tags.py _TAG_TO_CLASS).
namespace tags {
bool isObjectTag(
    const QString &tag); // audio, image, table, text, video, hypertext, list, paragraphs, timeseries, chat
bool isControlTag(const QString &tag); // choices, labels, rectanglelabels, ... (case-insensitive)
bool isLabelTag(const QString &tag); // Label, Choice, Relation (case-sensitive, as in the SDK)
const QStringList &objectTags(); // lowercase, the SDK's order
const QStringList &controlTags();
} // namespace tags

struct LabelTagInfo
{
    QString tag; // Label, Choice or Relation
    QString value; // alias, else value
    QString parent; // the control it belongs to
    XmlAttributes attributes;
    const XmlNode *node = nullptr;
};

struct ObjectTagInfo
{
    QString tag;
    QString name;
    QString value; // valueList, else value, as written ("$image")
    XmlAttributes attributes;
    const XmlNode *node = nullptr;

    QString valueName() const { return value.mid(1); }
    bool valueIsVariable() const; // ^\$[^, ]+$
    QString valueType() const;
};

struct ControlTagInfo
{
    QString tag;
    QString name;
    QStringList toName;
    bool dynamicValue = false; // labels come from the task data (value="$x") or from apiUrl
    QJsonObject conditionals; // {"type": "tag|label|choice", "name": ...} for perRegion controls
    XmlAttributes attributes;
    QStringList labels; // values (alias if set) in document order, without duplicates
    QList<LabelTagInfo> labelTags; // the tags behind `labels`, same order (last duplicate wins, like a dict)
    QStringList objects; // toName entries that are object tags
    const XmlNode *node = nullptr;

    // Result type in annotations: the tag name lowercased ("rectanglelabels").
    QString resultType() const { return tag.toLower(); }
    QString attribute(const QString &name, const QString &fallback = {}) const;
};

} // namespace lsdesk

// Every member is relocatable (Qt containers, strings, pointers): QList may move them with memmove.
Q_DECLARE_TYPEINFO(lsdesk::LabelTagInfo, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(lsdesk::ObjectTagInfo, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(lsdesk::ControlTagInfo, Q_RELOCATABLE_TYPE);

namespace lsdesk {

// A parsed label config: the XML tree (editable, round-trip exact) and the SDK's view on it —
// controls, objects and labels, as LabelInterface builds them.
class LabelInterface
{
public:
    static std::unique_ptr<LabelInterface> parse(const QString &config, XmlError *error);

    const XmlDocument &document() const { return *m_doc; }
    XmlDocument &document() { return *m_doc; }

    const QList<ControlTagInfo> &controls() const { return m_controls; }
    const QList<ObjectTagInfo> &objects() const { return m_objects; }
    const ControlTagInfo *control(const QString &name) const;
    const ObjectTagInfo *object(const QString &name) const;
    // get_control / get_object: with an empty name the only one; an error text when there are several
    // or the name is unknown (the SDK's messages).
    const ControlTagInfo *getControl(const QString &name, QString *error) const;
    const ObjectTagInfo *getObject(const QString &name, QString *error) const;
    // find_tags: controls or objects ("control"/"object"/"all") whose tag matches (case-insensitive).
    QList<const ControlTagInfo *> findControls(const QString &tag) const;
    QList<const ObjectTagInfo *> findObjects(const QString &tag) const;

    // The server's parsed_label_config shape (label_studio_tools parse_config): per control
    // {"type", "to_name", "inputs": [{"type", "valueType", "value"}], "labels", "labels_attrs", ...}.
    // Where parse_config raises (an object tag without value), returns nullopt with the error.
    std::optional<QJsonObject> parsedLabelConfig(QString *error = nullptr) const;

    // The sample task of a config comment <!-- {"data": ..., "annotations": ..., "predictions": ...} -->.
    QJsonObject sampleTaskData() const;

private:
    std::unique_ptr<XmlDocument> m_doc;
    QList<ControlTagInfo> m_controls;
    QList<ObjectTagInfo> m_objects;
};

} // namespace lsdesk
