#pragma once

#include "configeditor/configdocument.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lsdesk {

// One tag the palette offers, with the defaults it is added with.
struct TagInfo
{
    enum class Kind { Object, Control, Layout };

    QString tag; // as written in configs: "RectangleLabels"
    Kind kind = Kind::Object;
    // The name a new element gets ("image"; "image_2" when taken). Empty: the tag has no name (View,
    // Header, Relations).
    QString baseName;
    const char *description = nullptr; // untranslated; see descriptionText()
    const char *keywords = nullptr; // untranslated words the filter also matches ("bounding box")
    // Controls: the object tags this control can annotate, in no particular order; empty: any object.
    QStringList objects;
    // Controls: how many objects toName lists (Pairwise compares two); 0: the control takes no toName.
    int toNameCount = 1;
    // Controls whose config is refused without children (Choices, Labels): the placeholder values added
    // with them, as the SDK's create.py helpers write them (ConfigBuilder::choices / labels).
    QStringList defaultItems;
    // Layout tags: the attributes a new one gets (Header's text).
    XmlAttributes layoutAttributes;
    // Tags that live inside another tag (Channel in TimeSeries): where they go instead of a View.
    QStringList parents;

    QString descriptionText() const;
    QString keywordsText() const;
    bool isObject() const { return kind == Kind::Object; }
    bool isControl() const { return kind == Kind::Control; }
    // Whether a control of this tag can point at an object of tag `objectTag` (case-insensitive).
    bool accepts(const QString &objectTag) const;
};

// The palette's data: which tags it offers, how each is added, and how a new element is named and
// connected. Separate from the widget so that tests and other views (the structure tree's "add" menu)
// read the same table.
class TagCatalog
{
public:
    // Objects, then controls, then layout tags, each group in the order the palette lists them.
    static const QList<TagInfo> &tags();
    // By tag, case-insensitive (nullptr: not offered).
    static const TagInfo *find(const QString &tag);
    static QString groupTitle(TagInfo::Kind kind);

    // `base` when no element of `config` has that name, else base_2, base_3, ... - the first free one.
    // Objects and controls share one namespace in Label Studio (a result's from_name/to_name), so every
    // element's name attribute counts, whatever its tag.
    static QString uniqueName(const LabelInterface *config, const QString &base);

    // The element to insert for `info`, named `name`. Objects and controls are what ConfigBuilder makes
    // of the tags-list entry {name: tag} (value="$name" for objects; toName, when given, last - where
    // convert_tags_description puts it), with defaultItems as the builder's choices()/labels() children;
    // so a config built in the editor matches LabelInterface.create() for the same entries.
    static ElementSpec elementFor(const TagInfo &info, const QString &name, const QStringList &toName = {});

    // The objects a new control of `info` points at, given the selection (`selected`, may be {}): the
    // selected object when compatible, else the selected control's (or selected label's control's)
    // first compatible object, else the last compatible object in document order; Pairwise takes two
    // (the choice plus the nearest other compatible ones, listed in document order). Empty: no
    // compatible object (the control is added without toName and the validator says so).
    // Where a tag with `parents` goes: the selected element when it is one of them, else its nearest
    // ancestor that is, else the last one in the config; nullopt when the config has none.
    static std::optional<ElementPath> parentFor(
        const TagInfo &info, const LabelInterface *config, const ElementPath &selected);
    static QStringList toNameFor(
        const TagInfo &info, const LabelInterface *config, const ElementPath &selected);
};

} // namespace lsdesk
