// libFuzzer target for the label-config parser (build with -DLSDESK_FUZZ=ON and clang).
// Beyond "no crash, leak or hang" it checks the parser's promises on every input it accepts:
// an unedited document is written back exactly, an edited one is still well-formed and keeps the edit,
// and comparing a config with itself finds no change.

#include "labelconfig/configdiff.h"
#include "labelconfig/labelinterface.h"

#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0; // configs are small; big inputs only slow the fuzzer down
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    lsdesk::XmlError error;
    auto li = lsdesk::LabelInterface::parse(text, &error);
    if (!li) {
        if (error.message.isEmpty())
            std::abort(); // every refusal must say why
        return 0;
    }
    if (li->document().toString() != text)
        std::abort();
    (void)li->parsedLabelConfig();
    (void)li->sampleTaskData();
    if (!lsdesk::ConfigDiff::compare(*li, *li).isEmpty())
        std::abort();

    // Edit: the regenerated text must parse again and carry the new attribute value.
    const QString marker = QStringLiteral("a\"b<c>&d\ne");
    li->document().root()->setAttribute(QStringLiteral("lsdeskFuzz"), marker);
    if (li->document().root()->childElements().size() > 0)
        li->document().root()->childElements().first()->setAttribute(
            QStringLiteral("name"), QStringLiteral("x&y"));
    const QString edited = li->document().toString();
    auto again = lsdesk::LabelInterface::parse(edited, &error);
    if (!again || again->document().root()->attribute(QStringLiteral("lsdeskFuzz")) != marker)
        std::abort();
    return 0;
}
