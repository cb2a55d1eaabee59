#pragma once

#include "configeditor/configdocument.h"
#include "labelconfig/pyrepr.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QBoxLayout;
class QWidget;

namespace lsdesk::preview {

// One pass over a parsed config that makes the preview's widgets: objects filled from the sample task,
// controls as interactive widgets, Views as rows or columns. Used by ConfigPreview; the widgets it makes
// hold no pointer into the config, so they outlive the parse.
class PreviewBuilder
{
    Q_DECLARE_TR_FUNCTIONS(lsdesk::preview::PreviewBuilder)
public:
    // The sample task: the SDK's generate_sample_task (editor-preview examples, as Label Studio's own
    // config preview uses), with the fields of a sample-task comment in the config taking precedence.
    explicit PreviewBuilder(const LabelInterface &config);

    // The sketch of the whole config (the caller owns it).
    QWidget *build();
    // The widget made for each element, by path; every one carries its path in the "lsdeskPath" property.
    const QHash<ElementPath, QWidget *> &widgets() const { return m_widgets; }
    const PyValue &sampleTask() const { return m_sample; }

private:
    QWidget *makeElement(const XmlNode *node, const ElementPath &path);
    QWidget *makeContainer(const XmlNode *node, const ElementPath &path, bool row);
    QWidget *makeHeader(const XmlNode *node);
    void remember(QWidget *widget, const ElementPath &path);

    // Objects (previewbuilder.cpp).
    QWidget *makeObject(const XmlNode *node);
    QWidget *makeTextObject(const XmlNode *node, bool html);
    QWidget *makeAudio(const XmlNode *node);
    QWidget *makeParagraphs(const XmlNode *node, bool chat);
    QWidget *makeTable(const XmlNode *node);
    QWidget *makeList(const XmlNode *node);

    // Controls (previewcontrols.cpp): a caption over the control's widget.
    QWidget *makeControl(const XmlNode *node);
    QWidget *makeChoices(const XmlNode *node);
    QWidget *makeChips(const XmlNode *node, const QString &childTag, bool exclusiveByDefault);
    QWidget *makeTextArea(const XmlNode *node);
    QWidget *makeRating(const XmlNode *node);
    QWidget *makeNumber(const XmlNode *node);
    QWidget *makeDateTime(const XmlNode *node);
    QWidget *makeTaxonomy(const XmlNode *node);
    QWidget *makePairwise(const XmlNode *node);
    QWidget *makeRanker(const XmlNode *node);
    QWidget *makeTool(const XmlNode *node);

    // The sample's value for an attribute like "$image" (nullptr when it is no variable or not in the
    // task), and its text (a str as is, anything else as JSON; a literal value as written).
    const PyValue *sample(const QString &value) const;
    QString sampleText(const QString &value) const;
    // The items of a list-valued sample as display strings (a dict item by `key`, else its "title" or
    // "value", else its JSON).
    QStringList sampleItems(const QString &value, const QString &key = {}) const;
    // The items of a <List> object: its sample, or stand-ins when the sample task has none (the SDK
    // looks List examples up among the upload examples, which have none).
    QStringList listItems(const QString &value) const;

    const LabelInterface &m_config;
    PyValue m_sample;
    QHash<ElementPath, QWidget *> m_widgets;
};

} // namespace lsdesk::preview
