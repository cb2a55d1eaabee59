#include "agreement/source_jsonsplitter.h"

#include <QCoreApplication>

namespace lsdesk::agreement {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

QString tr(const char *text)
{
    return QCoreApplication::translate("lsdesk::agreement::AgreementSource", text);
}
} // namespace

JsonArraySplitter::JsonArraySplitter(ElementFn onElement)
    : m_onElement(std::move(onElement))
{ }

bool JsonArraySplitter::fail(const QString &message, qint64 offset)
{
    m_state = State::Failed;
    m_error = message;
    m_errorOffset = offset;
    return false;
}

bool JsonArraySplitter::feed(const char *data, qsizetype size)
{
    if (m_state == State::Failed)
        return false;
    static const uchar bom[3] = { 0xEF, 0xBB, 0xBF };
    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        const qint64 at = m_pos + i;
        switch (m_state) {
        case State::Start:
            // A UTF-8 byte order mark is allowed before the array (some editors write one).
            if (isSpace(c) || (at < 3 && uchar(c) == bom[at] && m_bomBytes++ == at))
                break;
            if (c != '[')
                return fail(tr("expected a list of tasks at byte %1").arg(at), at);
            m_state = State::ExpectValueOrEnd;
            break;
        case State::ExpectValueOrEnd:
        case State::ExpectValue:
            if (isSpace(c))
                break;
            if (c == ']' && m_state == State::ExpectValueOrEnd) {
                m_state = State::Done;
                break;
            }
            if (c != '{')
                return fail(tr("expected a task (a JSON object) at byte %1").arg(at), at);
            m_state = State::InValue;
            m_valueStart = at;
            m_value.clear();
            m_depth = 0;
            m_inString = false;
            m_escape = false;
            continue; // the brace is the value's first byte: read it in InValue
        case State::InValue: {
            // Copy the run of bytes up to the value's end (or the chunk's) in one go.
            qsizetype j = i;
            bool closed = false;
            for (; j < size; ++j) {
                const char b = data[j];
                if (m_inString) {
                    if (m_escape)
                        m_escape = false;
                    else if (b == '\\')
                        m_escape = true;
                    else if (b == '"')
                        m_inString = false;
                    continue;
                }
                if (b == '"') {
                    m_inString = true;
                } else if (b == '{' || b == '[') {
                    // Qt's own limit: a task nested deeper is not Label Studio's, and the parsers after
                    // this one recurse per level - a million levels would overflow the worker's stack.
                    if (++m_depth > kMaxDepth) {
                        m_value.clear();
                        return fail(tr("a task is nested more than %1 levels deep at byte %2")
                                        .arg(kMaxDepth)
                                        .arg(m_pos + j),
                            m_pos + j);
                    }
                } else if (b == '}' || b == ']') {
                    if (--m_depth == 0) {
                        closed = true;
                        ++j;
                        break;
                    }
                }
            }
            m_value.append(data + i, j - i);
            i = j;
            if (closed) {
                m_state = State::AfterValue;
                ++m_elements;
                if (!m_onElement(m_value, m_valueStart)) {
                    m_pos += i;
                    m_value.clear();
                    return false;
                }
                m_value.clear();
            }
            continue;
        }
        case State::AfterValue:
            if (isSpace(c))
                break;
            if (c == ',')
                m_state = State::ExpectValue;
            else if (c == ']')
                m_state = State::Done;
            else
                return fail(tr("expected \",\" or \"]\" after a task at byte %1").arg(at), at);
            break;
        case State::Done:
            if (!isSpace(c))
                return fail(tr("unexpected data after the list of tasks at byte %1").arg(at), at);
            break;
        case State::Failed:
            return false;
        }
        ++i;
    }
    m_pos += size;
    return true;
}

bool JsonArraySplitter::finish()
{
    switch (m_state) {
    case State::Done:
        return true;
    case State::Failed:
        return false;
    case State::Start:
        return fail(tr("expected a list of tasks at byte %1").arg(m_pos), m_pos);
    default:
        m_truncated = true;
        return fail(tr("cut off at byte %1").arg(m_pos), m_pos);
    }
}

} // namespace lsdesk::agreement
