#pragma once

#include "configbuilder.h"

namespace lsdesk {

// tree_from_tuples + tree_to_string of create.py: (tag, attrs, children) tuples to text, in the SDK's
// pretty (minidom) or compact (ElementTree) form, refusing what would not be a usable config.
class ConfigWriter
{
public:
    explicit ConfigWriter(bool pretty);

    // <View> around the elements written between begin() and finish(); `empty` selects "<View/>".
    void begin(bool empty);
    // One child of <View>. Errors name `key`, the tags-list entry the element came from.
    void write(const SpecNode &node, const QString &key) { writeNode(node, key, 1); }
    ConfigBuildResult finish();

private:
    void writeNode(const SpecNode &node, const QString &key, int depth);
    void writeBareTag(const QString &tag, const QString &key, int depth);
    void indent(int depth);
    bool writeAttribute(const QString &tag, const QString &name, const SpecValue &value, const QString &key);
    bool checkTagName(const QString &tag, const QString &key);
    bool validName(const QString &name);
    void fail(const QString &message, const QString &key);

    bool m_pretty;
    bool m_empty = false;
    QString m_out;
    std::optional<ConfigBuildError> m_error;
    // Names already found valid, by their character data: the spec's names are shared strings (interned
    // keys, static tag names), all alive while one config is written, so a pointer identifies them.
    struct CheckedName
    {
        const QChar *data = nullptr;
        qsizetype size = -1;
    };
    CheckedName m_checked[64];
};

} // namespace lsdesk
