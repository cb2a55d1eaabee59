#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace lsdesk::agreement {

// Splits a top-level JSON array, fed in chunks of any size, into the bytes of each of its elements
// (objects only: a Label Studio export is a list of tasks), without parsing them: it tracks strings,
// escapes and nesting depth, so a task's bytes are known before any JSON parser sees them and memory
// holds one task at a time, whatever the file's size. The element's JSON itself is checked by whoever
// parses the bytes; the splitter checks only the array around them.
class JsonArraySplitter
{
public:
    // Called for each complete element with its bytes and the byte offset where it starts. Return false
    // to stop (feed() then returns false too, without an error).
    using ElementFn = std::function<bool(const QByteArray &element, qint64 offset)>;

    explicit JsonArraySplitter(ElementFn onElement);

    // Feeds the next chunk. Returns false on an error (see error()) or when the callback stopped.
    bool feed(const char *data, qsizetype size);
    // The input has ended: false with an error unless the array was complete.
    bool finish();

    // Empty, or what is wrong and where: "expected a list of tasks at byte 0", "cut off at byte 812".
    QString error() const { return m_error; }
    qint64 errorOffset() const { return m_errorOffset; }
    qint64 bytesSeen() const { return m_pos; }
    int elements() const { return m_elements; }
    // The input ended inside the array (a cut-off file rather than one that is not a list of tasks).
    bool isTruncated() const { return m_truncated; }

private:
    enum class State { Start, ExpectValueOrEnd, ExpectValue, InValue, AfterValue, Done, Failed };
    bool fail(const QString &message, qint64 offset);

    ElementFn m_onElement;
    State m_state = State::Start;
    qint64 m_pos = 0; // offset of the next byte fed
    qint64 m_valueStart = 0;
    QByteArray m_value; // the bytes of the element being read
    static constexpr int kMaxDepth = 1024;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    int m_elements = 0;
    QString m_error;
    qint64 m_errorOffset = -1;
    bool m_truncated = false;
    int m_bomBytes = 0; // of a byte order mark seen so far
};

} // namespace lsdesk::agreement
