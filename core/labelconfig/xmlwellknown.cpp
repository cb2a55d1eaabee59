// The static strings behind xmlscan::wellKnown (xmltokenizer.h).

#include "xmltokenizer.h"

#include <array>

namespace lsdesk::xmlscan {

namespace {

// Tag names of the SDK's tag tables and of the templates shipped with label-studio, and the attribute
// names those templates use. A name missing here is still parsed, only through the ordinary cache.
// clang-format off
const char16_t *const kNames[] = {
    u"View", u"Header", u"Label", u"Choice", u"Relation", u"Style", u"Filter", u"Collapse", u"Panel",
    u"Shortcut", u"Bucket", u"Channel", u"Audio", u"Image", u"Table", u"Text", u"Video", u"HyperText",
    u"List", u"Paragraphs", u"TimeSeries", u"Chat", u"Pdf", u"Choices", u"Labels", u"Brush",
    u"BrushLabels", u"BitMask", u"BitMaskLabels", u"MagicWand", u"Ellipse", u"EllipseLabels", u"KeyPoint",
    u"KeyPointLabels", u"Vector", u"VectorLabels", u"OcrLabels", u"Polygon", u"PolygonLabels",
    u"Rectangle", u"RectangleLabels", u"VideoRectangle", u"Number", u"DateTime", u"HyperTextLabels",
    u"Pairwise", u"ParagraphLabels", u"Ranker", u"Rating", u"Relations", u"Taxonomy", u"TextArea",
    u"TimeSeriesLabels", u"TimelineLabels", u"ChatMessage", u"ReactCode", u"name", u"toName", u"value",
    u"valueType", u"valueList", u"background", u"hotkey", u"alias", u"selected", u"choice", u"showInline",
    u"showInLine", u"perRegion", u"required", u"requiredMessage", u"whenTagName", u"whenLabelValue",
    u"whenChoiceValue", u"whenRole", u"visibleWhen", u"maxUsages", u"rows", u"maxSubmissions",
    u"editable", u"placeholder", u"transcription", u"maxRating", u"icon", u"size", u"smart", u"smartOnly",
    u"strokeWidth", u"strokeColor", u"fillColor", u"opacity", u"zoom", u"zoomControl", u"rotateControl",
    u"brightnessControl", u"contrastControl", u"granularity", u"style", u"className", u"min", u"max",
    u"step", u"defaultValue", u"title", u"layout", u"leafsOnly", u"showFullPath", u"pathSeparator",
    u"apiUrl", u"dynamicLabels", u"legend", u"column", u"displayFormat", u"displayMode", u"hint", u"href",
    u"html", u"nameKey", u"textKey", u"timeColumn", u"timeDisplayFormat", u"timeFormat",
    u"overviewChannels", u"selection", u"sep", u"sync", u"target", u"units", u"width", u"height", u"mode",
    u"true", u"false", u"inline", u"allowEmpty", u"showSubmitButton", u"minMessages", u"llm", u"src",
    u"data", u"outputs", u"sortBy",
};
// clang-format on

struct Table
{
    static constexpr int kSize = 512; // power of two, over twice the entries
    std::array<QString, kSize> entries;

    Table()
    {
        for (const char16_t *name : kNames) {
            const auto n = qsizetype(std::char_traits<char16_t>::length(name));
            // Raw static data: copies of these strings never touch a reference count.
            add(QString::fromRawData(reinterpret_cast<const QChar *>(name), n));
        }
    }
    void add(const QString &s)
    {
        const auto *p = reinterpret_cast<const char16_t *>(s.constData());
        for (quint32 i = internHash(p, s.size());; ++i) {
            QString &slot = entries[i & (kSize - 1)];
            if (slot.isNull()) {
                slot = s;
                return;
            }
        }
    }
};

// "\n" followed by up to 64 spaces, or by up to 16 tabs: the text between the tags of an indented config.
constexpr int kMaxSpaces = 64;
constexpr int kMaxTabs = 16;
struct Runs
{
    char16_t spaces[1 + kMaxSpaces];
    char16_t tabs[1 + kMaxTabs];
};
constexpr Runs makeRuns()
{
    Runs r {};
    r.spaces[0] = r.tabs[0] = u'\n';
    for (int i = 1; i <= kMaxSpaces; ++i)
        r.spaces[i] = u' ';
    for (int i = 1; i <= kMaxTabs; ++i)
        r.tabs[i] = u'\t';
    return r;
}
constexpr Runs kRuns = makeRuns();

QString indentation(const char16_t *p, qsizetype n)
{
    const char16_t pad = n > 1 ? p[1] : u' ';
    if (pad != u' ' && pad != u'\t')
        return {};
    if (n > 1 + (pad == u' ' ? kMaxSpaces : kMaxTabs))
        return {};
    for (qsizetype i = 2; i < n; ++i) {
        if (p[i] != pad)
            return {};
    }
    // Raw data in static storage: QString leaves it alone (no reference count, never freed).
    return QString::fromRawData(reinterpret_cast<const QChar *>(pad == u' ' ? kRuns.spaces : kRuns.tabs), n);
}

} // namespace

QString wellKnown(const char16_t *p, qsizetype n, quint32 hash)
{
    if (p[0] == u'\n')
        return indentation(p, n);
    static const Table table;
    for (quint32 i = hash;; ++i) {
        const QString &slot = table.entries[i & (Table::kSize - 1)];
        if (slot.isNull())
            return {};
        if (slot.size() == n && std::memcmp(slot.constData(), p, size_t(n) * 2) == 0)
            return slot;
    }
}

} // namespace lsdesk::xmlscan
