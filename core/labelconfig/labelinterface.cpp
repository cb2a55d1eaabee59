#include "labelinterface.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <string>

namespace lsdesk {

namespace tags {
namespace {
const QStringList &objectList()
{
    static const QStringList l { QStringLiteral("audio"), QStringLiteral("image"), QStringLiteral("table"),
        QStringLiteral("text"), QStringLiteral("video"), QStringLiteral("hypertext"), QStringLiteral("list"),
        QStringLiteral("paragraphs"), QStringLiteral("timeseries"), QStringLiteral("chat") };
    return l;
}
const QStringList &controlList()
{
    static const QStringList l { QStringLiteral("choices"), QStringLiteral("labels"), QStringLiteral("brush"),
        QStringLiteral("brushlabels"), QStringLiteral("bitmask"), QStringLiteral("bitmasklabels"),
        QStringLiteral("magicwand"), QStringLiteral("ellipse"), QStringLiteral("ellipselabels"),
        QStringLiteral("keypoint"), QStringLiteral("keypointlabels"), QStringLiteral("vector"),
        QStringLiteral("vectorlabels"), QStringLiteral("ocrlabels"), QStringLiteral("polygon"),
        QStringLiteral("polygonlabels"), QStringLiteral("rectangle"), QStringLiteral("rectanglelabels"),
        QStringLiteral("videorectangle"), QStringLiteral("videovector"), QStringLiteral("videovectorlabels"),
        QStringLiteral("number"), QStringLiteral("datetime"), QStringLiteral("hypertextlabels"),
        QStringLiteral("pairwise"), QStringLiteral("paragraphlabels"), QStringLiteral("ranker"),
        QStringLiteral("rating"), QStringLiteral("relations"), QStringLiteral("taxonomy"),
        QStringLiteral("textarea"), QStringLiteral("timeserieslabels"), QStringLiteral("timelinelabels"),
        QStringLiteral("chatmessage"), QStringLiteral("reactcode") };
    return l;
}
} // namespace

bool isObjectTag(const QString &tag)
{
    return objectList().contains(tag.toLower());
}
bool isControlTag(const QString &tag)
{
    return controlList().contains(tag.toLower());
}
bool isLabelTag(const QString &tag)
{
    return tag == QLatin1String("Label") || tag == QLatin1String("Choice")
        || tag == QLatin1String("Relation");
}
const QStringList &objectTags()
{
    return objectList();
}
const QStringList &controlTags()
{
    return controlList();
}
} // namespace tags

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("LabelInterface", s);
}

} // namespace

bool ObjectTagInfo::valueIsVariable() const
{
    static const QRegularExpression re(QStringLiteral("^\\$[^, ]+$"));
    return re.match(value).hasMatch();
}

QString ObjectTagInfo::valueType() const
{
    for (const auto &a : attributes) {
        if (a.first == QLatin1String("valueType"))
            return a.second;
    }
    for (const auto &a : attributes) {
        if (a.first == QLatin1String("valuetype"))
            return a.second;
    }
    return {};
}

QString ControlTagInfo::attribute(const QString &name, const QString &fallback) const
{
    for (const auto &a : attributes) {
        if (a.first == name)
            return a.second;
    }
    return fallback;
}

namespace {
// s == lit, inline (the attribute names compared here are short ASCII literals). constData(), not
// utf16(): the names are often static raw data, which utf16() would copy to NUL-terminate.
template <size_t N> bool equals(const QString &s, const char16_t (&lit)[N])
{
    return s.size() == qsizetype(N - 1)
        && std::char_traits<char16_t>::compare(reinterpret_cast<const char16_t *>(s.constData()), lit, N - 1)
        == 0;
}

// The attributes LabelInterface.parse looks at, found in one pass over an element's attributes
// (null when absent; the first one wins, like XmlNode::attribute).
struct KeyAttributes
{
    const QString *name = nullptr;
    const QString *toName = nullptr;
    const QString *value = nullptr;
    const QString *valueList = nullptr;
    const QString *apiUrl = nullptr;
    const QString *perRegion = nullptr;
    const QString *whenTagName = nullptr;
    const QString *whenLabelValue = nullptr;
    const QString *whenChoiceValue = nullptr;
    const QString *alias = nullptr;

    explicit KeyAttributes(const XmlNode *n)
    {
        for (const auto &a : n->attributes()) {
            const QString &k = a.first;
            const auto set = [&](const QString *&slot) {
                if (!slot)
                    slot = &a.second;
            };
            switch (k.size()) {
            case 4:
                if (equals(k, u"name"))
                    set(name);
                break;
            case 5:
                if (equals(k, u"value"))
                    set(value);
                else if (equals(k, u"alias"))
                    set(alias);
                break;
            case 6:
                if (equals(k, u"toName"))
                    set(toName);
                else if (equals(k, u"apiUrl"))
                    set(apiUrl);
                break;
            case 9:
                if (equals(k, u"valueList"))
                    set(valueList);
                else if (equals(k, u"perRegion"))
                    set(perRegion);
                break;
            case 11:
                if (equals(k, u"whenTagName"))
                    set(whenTagName);
                break;
            case 14:
                if (equals(k, u"whenLabelValue"))
                    set(whenLabelValue);
                break;
            case 15:
                if (equals(k, u"whenChoiceValue"))
                    set(whenChoiceValue);
                break;
            default:
                break;
            }
        }
    }

    static bool truthy(const QString *v) { return v && !v->isEmpty(); }
    static QString get(const QString *v) { return v ? *v : QString(); }
    // valueList, else value (as written).
    QString objectValue() const { return valueList ? *valueList : get(value); }
};

bool isSelfReferencing(const QString &tag)
{
    // The length first: this runs for every control and object.
    return (tag.size() == 4 && tag.compare(QLatin1String("chat"), Qt::CaseInsensitive) == 0)
        || (tag.size() == 9 && tag.compare(QLatin1String("reactcode"), Qt::CaseInsensitive) == 0);
}

// name -> position in the list being built (ControlTagInfo / ObjectTagInfo, by their `name`). Open
// addressing over positions, hashed on the first and last characters: the names are short, and
// QHash's seeded hash and per-entry nodes cost more than the rest of building the view.
template <class T> class NameIndex
{
public:
    explicit NameIndex(const QList<T> &list)
        : m_list(list)
    { }

    qsizetype find(const QString &name) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash(name) & mask;; i = (i + 1) & mask) {
            const qint32 slot = m_slots[i];
            if (slot == 0)
                return -1;
            if (m_list.at(slot - 1).name == name)
                return slot - 1;
        }
    }
    bool contains(const QString &name) const { return find(name) >= 0; }
    // `name` must not be in the index yet.
    void insert(const QString &name, qsizetype position)
    {
        if (2 * (m_count + 1) > qsizetype(m_slots.size()))
            grow();
        place(name, position);
        ++m_count;
    }

private:
    static size_t hash(const QString &s)
    {
        // FNV-1a: names are short, and a full hash keeps the probe sequences short.
        size_t h = 14695981039346656037ull;
        for (const QChar c : s)
            h = (h ^ c.unicode()) * 1099511628211ull;
        return h ^ (h >> 32);
    }
    void place(const QString &name, qsizetype position)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = hash(name) & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = qint32(position + 1);
    }
    void grow()
    {
        std::vector<qint32> old;
        old.swap(m_slots);
        m_slots.assign(std::max<size_t>(64, old.size() * 2), 0);
        for (const qint32 slot : old) {
            if (slot != 0)
                place(m_list.at(slot - 1).name, slot - 1);
        }
    }

    const QList<T> &m_list;
    std::vector<qint32> m_slots; // position + 1; 0 is empty
    qsizetype m_count = 0;
};

// Ordered dict semantics of the SDK: assigning an existing key keeps its position, replaces the value.
template <class T> qsizetype upsertIndexed(QList<T> &list, NameIndex<T> &index, T &&item)
{
    const qsizetype at = index.find(item.name);
    if (at >= 0) {
        list[at] = std::move(item);
        return at;
    }
    list.append(std::move(item));
    index.insert(list.last().name, list.size() - 1);
    return list.size() - 1;
}
} // namespace

std::unique_ptr<LabelInterface> LabelInterface::parse(const QString &config, XmlError *error)
{
    auto doc = XmlDocument::parse(config, error);
    if (!doc)
        return nullptr;
    auto li = std::unique_ptr<LabelInterface>(new LabelInterface);
    li->m_doc = std::move(doc);

    NameIndex<ControlTagInfo> controlIndex(li->m_controls);
    NameIndex<ObjectTagInfo> objectIndex(li->m_objects);
    // The control upserted last, and where: most labels sit right inside it, which spares a name lookup.
    const XmlNode *lastControl = nullptr;
    qsizetype lastControlAt = -1;
    // Labels per control position, in first-seen order with dict semantics.
    std::vector<QList<LabelTagInfo>> labels;
    std::vector<QHash<QString, qsizetype>> labelIndex; // value -> position in labels[control]

    li->m_doc->root()->forEachElement([&](XmlNode *n) {
        const KeyAttributes k(n);
        if (KeyAttributes::truthy(k.name) && KeyAttributes::truthy(k.toName)
            && n->name() != QLatin1String("Filter")) {
            ControlTagInfo c;
            c.tag = n->name();
            c.name = *k.name;
            c.toName = k.toName->contains(QLatin1Char(',')) ? k.toName->split(QLatin1Char(','))
                                                            : QStringList { *k.toName };
            c.attributes = n->attributes();
            c.node = n;
            c.dynamicValue
                = (k.value && k.value->startsWith(QLatin1Char('$'))) || KeyAttributes::truthy(k.apiUrl);
            if (k.perRegion && *k.perRegion == QLatin1String("true")) {
                if (KeyAttributes::truthy(k.whenTagName))
                    c.conditionals = { { QStringLiteral("type"), QStringLiteral("tag") },
                        { QStringLiteral("name"), *k.whenTagName } };
                else if (KeyAttributes::truthy(k.whenLabelValue))
                    c.conditionals = { { QStringLiteral("type"), QStringLiteral("label") },
                        { QStringLiteral("name"), *k.whenLabelValue } };
                else if (KeyAttributes::truthy(k.whenChoiceValue))
                    c.conditionals = { { QStringLiteral("type"), QStringLiteral("choice") },
                        { QStringLiteral("name"), *k.whenChoiceValue } };
            }
            const qsizetype at = upsertIndexed(li->m_controls, controlIndex, std::move(c));
            lastControl = n;
            lastControlAt = at;
            if (size_t(at) >= labels.size()) {
                labels.resize(size_t(at) + 1);
                labelIndex.resize(size_t(at) + 1);
            }
        } else if (KeyAttributes::truthy(k.name)
            && (KeyAttributes::truthy(k.value)
                || KeyAttributes::truthy(k.valueList)
                // Self-referencing tags without toName/value: parked as objects, completed below.
                || isSelfReferencing(n->name()))) {
            ObjectTagInfo o;
            o.tag = n->name();
            o.name = *k.name;
            o.value = k.objectValue();
            o.attributes = n->attributes();
            o.node = n;
            upsertIndexed(li->m_objects, objectIndex, std::move(o));
        } else if (tags::isLabelTag(n->name())) {
            // The nearest ancestor that is a control parsed so far.
            for (XmlNode *p = n->parent(); p; p = p->parent()) {
                qsizetype controlAt = -1;
                if (p == lastControl) {
                    // No control was upserted since p, so its name still maps to lastControlAt.
                    controlAt = lastControlAt;
                } else {
                    const QString *pname = KeyAttributes(p).name;
                    if (!pname || pname->isEmpty())
                        continue;
                    controlAt = controlIndex.find(*pname);
                    if (controlAt < 0)
                        continue;
                }
                const QString &controlName = li->m_controls.at(controlAt).name;
                QString value = KeyAttributes::get(k.alias);
                if (value.isEmpty())
                    value = k.value ? *k.value : QString();
                if (value.isNull() && !k.value)
                    break; // neither alias nor value: skipped, as the SDK does
                // Dict semantics: a repeated value replaces the earlier label in its position.
                QList<LabelTagInfo> &list = labels[size_t(controlAt)];
                QHash<QString, qsizetype> &index = labelIndex[size_t(controlAt)];
                if (list.isEmpty()) { // room for the labels directly inside the control
                    qsizetype elementChildren = 0;
                    for (int i = 0; i < p->childCount(); ++i)
                        elementChildren += p->child(i)->isElement() ? 1 : 0;
                    list.reserve(elementChildren);
                }
                LabelTagInfo l { n->name(), value, controlName, n->attributes(), n };
                // Short lists are searched; the index is built once a list grows long.
                constexpr qsizetype kIndexFrom = 16;
                qsizetype at = -1;
                if (list.size() < kIndexFrom) {
                    for (qsizetype i = 0; i < list.size() && at < 0; ++i) {
                        if (list.at(i).value == value)
                            at = i;
                    }
                } else {
                    if (index.isEmpty()) {
                        index.reserve(list.size() * 2);
                        for (qsizetype i = 0; i < list.size(); ++i)
                            index.insert(list.at(i).value, i);
                    }
                    at = index.value(value, -1);
                }
                if (at >= 0) {
                    list[at] = std::move(l);
                } else {
                    if (!index.isEmpty())
                        index.insert(value, list.size());
                    list.append(std::move(l));
                }
                break;
            }
        }
    });

    // Self-referencing tags (Chat, ReactCode) get both sides.
    const qsizetype objectCount = li->m_objects.size();
    const qsizetype controlCount = li->m_controls.size();
    for (qsizetype i = 0; i < objectCount; ++i) {
        const ObjectTagInfo &o = li->m_objects.at(i);
        if (isSelfReferencing(o.tag) && !controlIndex.contains(o.name)) {
            ControlTagInfo c;
            c.tag = o.tag.compare(QLatin1String("chat"), Qt::CaseInsensitive) == 0
                ? QStringLiteral("ChatMessage")
                : o.tag;
            c.name = o.name;
            c.toName = { o.name };
            c.attributes = { { QStringLiteral("name"), o.name }, { QStringLiteral("toName"), o.name } };
            c.node = o.node;
            li->m_controls.append(c);
        }
    }
    for (qsizetype i = 0; i < controlCount; ++i) {
        const ControlTagInfo &c = li->m_controls.at(i);
        if (isSelfReferencing(c.tag) && !objectIndex.contains(c.name)) {
            ObjectTagInfo o;
            o.tag = c.tag;
            o.name = c.name;
            o.value = KeyAttributes(c.node).objectValue();
            o.attributes = c.attributes;
            o.node = c.node;
            li->m_objects.append(o);
        }
    }
    for (qsizetype i = objectCount; i < li->m_objects.size(); ++i)
        objectIndex.insert(li->m_objects.at(i).name, i);

    for (qsizetype i = 0; i < li->m_controls.size(); ++i) {
        ControlTagInfo &c = li->m_controls[i];
        // Usually every toName is an object: then the list is shared rather than rebuilt.
        const bool allObjects = std::all_of(c.toName.cbegin(), c.toName.cend(),
            [&objectIndex](const QString &to) { return objectIndex.contains(to); });
        if (allObjects) {
            c.objects = c.toName;
        } else {
            for (const QString &to : std::as_const(c.toName)) {
                if (objectIndex.contains(to))
                    c.objects.append(to);
            }
        }
        // Controls appended above for self-referencing objects have no labels.
        const qsizetype at = controlIndex.find(c.name);
        if (at >= 0 && size_t(at) < labels.size() && !labels[size_t(at)].isEmpty()) {
            c.labelTags = std::move(labels[size_t(at)]);
            c.labels.reserve(c.labelTags.size());
            for (const auto &l : std::as_const(c.labelTags))
                c.labels.append(l.value);
        }
    }
    return li;
}

const ControlTagInfo *LabelInterface::control(const QString &name) const
{
    for (const auto &c : m_controls) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const ObjectTagInfo *LabelInterface::object(const QString &name) const
{
    for (const auto &o : m_objects) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

namespace {
template <class T>
const T *getTag(const QList<T> &list, const QString &name, QString *error,
    const T *(*find)(const QList<T> &, const QString &))
{
    if (!name.isEmpty()) {
        const T *t = find(list, name);
        if (!t && error) {
            QStringList names;
            for (const auto &i : list)
                names << i.name;
            *error
                = tr("Name %1 is not found, available names: %2").arg(name, names.join(QLatin1String(", ")));
        }
        return t;
    }
    if (list.size() > 1) {
        if (error)
            *error = tr("Multiple object tags connected, you should specify name");
        return nullptr;
    }
    if (list.isEmpty()) {
        if (error)
            *error = tr("The label config has no such tag.");
        return nullptr;
    }
    return &list.first();
}

template <class T> const T *findByName(const QList<T> &list, const QString &name)
{
    for (const auto &i : list) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}
} // namespace

const ControlTagInfo *LabelInterface::getControl(const QString &name, QString *error) const
{
    return getTag<ControlTagInfo>(m_controls, name, error, findByName<ControlTagInfo>);
}

const ObjectTagInfo *LabelInterface::getObject(const QString &name, QString *error) const
{
    return getTag<ObjectTagInfo>(m_objects, name, error, findByName<ObjectTagInfo>);
}

QList<const ControlTagInfo *> LabelInterface::findControls(const QString &tag) const
{
    QList<const ControlTagInfo *> out;
    for (const auto &c : m_controls) {
        if (tag.isEmpty() || c.tag.compare(tag, Qt::CaseInsensitive) == 0)
            out.append(&c);
    }
    return out;
}

QList<const ObjectTagInfo *> LabelInterface::findObjects(const QString &tag) const
{
    QList<const ObjectTagInfo *> out;
    for (const auto &o : m_objects) {
        if (tag.isEmpty() || o.tag.compare(tag, Qt::CaseInsensitive) == 0)
            out.append(&o);
    }
    return out;
}

} // namespace lsdesk
