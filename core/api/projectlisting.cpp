#include "projectlisting.h"

namespace lsdesk {

QStringList ProjectListing::cheapFields()
{
    return { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("created_by"),
        QStringLiteral("created_at") };
}

QStringList ProjectListing::counterFields()
{
    // "id" too: with `include` the server sends only the fields named, and the rows are matched by id.
    return { QStringLiteral("id"), QStringLiteral("task_number"), QStringLiteral("finished_task_number"),
        QStringLiteral("total_annotations_number"), QStringLiteral("skipped_annotations_number"),
        QStringLiteral("total_predictions_number"), QStringLiteral("num_tasks_with_annotations") };
}

ApiJob *ProjectListing::listPage(int page, int pageSize, QObject *context, Callback<Page<Project>> cb)
{
    pageSize = std::clamp(pageSize, 1, kMaxPageSize);
    RequestSpec s;
    s.path = QStringLiteral("api/projects/");
    s.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    s.query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    s.query.addQueryItem(QStringLiteral("include"), cheapFields().join(QLatin1Char(',')));
    return m_client->call<Page<Project>>(s, context, std::move(cb), parsePage<Project>(page, pageSize));
}

ApiJob *ProjectListing::counts(const QList<int> &ids, QObject *context, Callback<Page<Project>> cb)
{
    QStringList idText;
    idText.reserve(ids.size());
    for (int id : ids)
        idText << QString::number(id);
    const int pageSize = std::clamp(int(ids.size()), 1, kMaxPageSize);
    RequestSpec s;
    s.path = QStringLiteral("api/projects/counts/");
    s.query.addQueryItem(QStringLiteral("ids"), idText.join(QLatin1Char(',')));
    s.query.addQueryItem(QStringLiteral("include"), counterFields().join(QLatin1Char(',')));
    s.query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    return m_client->call<Page<Project>>(s, context, std::move(cb), parsePage<Project>(1, pageSize));
}

} // namespace lsdesk
