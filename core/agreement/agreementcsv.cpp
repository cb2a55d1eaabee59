// CSV of the agreement matrix and the per-task scores (RFC 4180: CRLF line ends, fields quoted when
// they hold a comma, a quote or a line break, quotes doubled).

#include "agreement/agreementsource.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace lsdesk::agreement::csv {

namespace {
QByteArray field(const QString &text)
{
    QByteArray f = text.toUtf8();
    if (f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r')) {
        f.replace('"', "\"\"");
        f = '"' + f + '"';
    }
    return f;
}

QByteArray score(double v)
{
    return std::isnan(v) ? QByteArray() : QByteArray::number(v, 'f', 4);
}

void appendRow(QByteArray &out, const QList<QByteArray> &cells)
{
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        out += cells.at(i);
    }
    out += "\r\n";
}
} // namespace

QByteArray matrix(const Matrix &m, const QStringList &names)
{
    QByteArray out;
    const auto block = [&](const QByteArray &corner, const auto &cell) {
        QList<QByteArray> header { corner };
        for (int j = 0; j < m.size; ++j)
            header.append(field(names.value(j)));
        appendRow(out, header);
        for (int i = 0; i < m.size; ++i) {
            QList<QByteArray> row { field(names.value(i)) };
            for (int j = 0; j < m.size; ++j)
                row.append(cell(i, j));
            appendRow(out, row);
        }
    };
    block("participant", [&](int i, int j) { return score(m.at(i, j)); });
    out += "\r\n";
    // The same layout with the counts behind each cell; the first header cell says which block it is.
    block("common_tasks", [&](int i, int j) { return QByteArray::number(m.common(i, j)); });
    return out;
}

QByteArray tasks(const AgreementReport &report)
{
    QByteArray out = "task_id,agreement,annotations,pairs\r\n";
    for (const TaskAgreement &t : report.tasks) {
        // Distinct annotations and pairs: a ground-truth annotation is also the "Ground truth" member.
        QSet<qint64> items;
        for (const auto &m : t.members)
            items.insert(report.itemKey(m));
        QSet<QPair<qint64, qint64>> pairs;
        for (const auto &p : t.pairs) {
            const qint64 a = report.itemKey(t.members.value(p.a)), b = report.itemKey(t.members.value(p.b));
            if (a != b)
                pairs.insert(qMakePair(std::min(a, b), std::max(a, b)));
        }
        appendRow(out,
            { QByteArray::number(t.taskId), score(t.agreement), QByteArray::number(items.size()),
                QByteArray::number(pairs.size()) });
    }
    return out;
}

} // namespace lsdesk::agreement::csv
