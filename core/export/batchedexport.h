#pragma once

#include "export/exportjob.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QTemporaryFile;

namespace lsdesk {

class TaskStream;

// An export in batches of task ids for servers that time out on one huge request (Community servers
// build the whole file in one request): the task ids are listed, exported `batchSize` at a time with
// ids[], and the batches merged into one file the way the server writes it - JSON and JSON_MIN arrays
// joined, CSV and TSV rows appended under the one header (batches whose columns differ are refused: the
// result would not be one table). Like ExportJob, the target is replaced only by the complete, checked
// result; finished() is emitted exactly once.
class BatchedExportJob : public QObject
{
    Q_OBJECT
public:
    BatchedExportJob(Client *client, ExportRequest request, int batchSize, QObject *parent = nullptr);
    ~BatchedExportJob() override;

    static bool supports(const QString &format);

    void start();
    void cancel();
    const ApiError &error() const { return m_error; }

    // Merges one batch (the server's file for some ids) into `out`; `first` for the first written batch.
    // Returns an error text, empty on success. Exposed for the unit tests.
    static QString appendBatch(
        const QString &format, const QByteArray &batch, QByteArray *header, QIODevice *out, bool *wroteRows);
    // Closes the merged file (the closing bracket of the JSON formats; a header-only CSV when no rows).
    static void finishMerge(const QString &format, const QByteArray &header, bool wroteRows, QIODevice *out);

Q_SIGNALS:
    void progress(int batchesDone, int batches);
    void finished(const lsdesk::ApiError &error);

private:
    void listIds();
    void nextBatch();
    void finish(const ApiError &error);

    Client *m_client;
    ExportRequest m_request;
    int m_batchSize;
    QList<int> m_ids;
    int m_next = 0;
    std::unique_ptr<QTemporaryFile> m_merged;
    QByteArray m_header;
    bool m_wroteRows = false;
    QPointer<TaskStream> m_stream;
    QPointer<ExportJob> m_batch;
    ApiError m_error;
    bool m_done = false;
};

} // namespace lsdesk
