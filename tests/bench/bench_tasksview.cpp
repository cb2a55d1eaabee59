// The C++ side of tests/bench/bench_desktop.py: opens a project in the tasks pane (offscreen) and measures
// what a user feels. Prints one JSON object. Not a test.
//
//   bench_tasksview --url URL --key KEY --project ID [--page-size N] [--cache-pages N]
//
// - first_page_ms: from setProject() to the first page's arrival (network + server)
// - first_paint_after_page_ms: from that arrival to the first paint of loaded rows (ours alone)
// - jump_last_ms / jump_last_requests: scrollToBottom() until the last row is loaded and painted, and
//   how many task-list requests that took
// - scroll_all_s, peak_rss_mib, rss_after_mib, cached_pages: scrolling through every row, a viewport at
//   a time, waiting for each screen to load
// - max_stall_ms: the longest event-loop stall during all of it (a 1 ms timer's late firings)

#include "api/client.h"
#include "tasks/tasksmodel.h"
#include "tasks/taskspane.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace lsdesk;

namespace {

double rssMiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Counts paints of the table's viewport.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    std::function<void()> onPaint;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint) {
            ++paints;
            if (onPaint)
                QTimer::singleShot(0, onPaint); // after the paint has run
        }
        return false;
    }
};

// Counts the task-list requests the client makes.
class CountingNam : public QNetworkAccessManager
{
public:
    int taskPages = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        if (request.url().path().endsWith(QLatin1String("/api/tasks/"))
            || request.url().path().endsWith(QLatin1String("/api/tasks")))
            ++taskPages;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// Runs the event loop until `done` returns true (checked after every event batch) or `timeoutMs`.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("url"), QStringLiteral("server URL"), QStringLiteral("url") },
        { QStringLiteral("key"), QStringLiteral("API key"), QStringLiteral("key") },
        { QStringLiteral("project"), QStringLiteral("project id"), QStringLiteral("id") },
        { QStringLiteral("page-size"), QStringLiteral("tasks per page"), QStringLiteral("n"),
            QStringLiteral("100") },
        { QStringLiteral("cache-pages"), QStringLiteral("LRU bound"), QStringLiteral("n"),
            QStringLiteral("20") } });
    parser.process(app);

    CountingNam nam;
    Client client(ServerUrl::parse(parser.value(QStringLiteral("url"))),
        ApiKey::classify(parser.value(QStringLiteral("key"))), &nam);

    // The stall meter: a 1 ms timer; any firing later than that measures how long the loop was busy.
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 maxStall = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (lastTick > 0)
            maxStall = std::max(maxStall, now - lastTick - 1);
        lastTick = now;
    });

    TasksPane pane(&client);
    pane.resize(1400, 900);
    pane.show();
    TasksModel *model = pane.model();
    model->setPageSize(parser.value(QStringLiteral("page-size")).toInt());
    model->setMaxCachedPages(parser.value(QStringLiteral("cache-pages")).toInt());
    QTableView *view = pane.view();
    PaintCounter paints;
    view->viewport()->installEventFilter(&paints);
    QCoreApplication::processEvents();

    QJsonObject out;
    ticker.start();
    const qint64 t0 = clock.elapsed();
    qint64 firstPageAt = -1;
    QObject::connect(model, &TasksModel::totalKnown, [&] {
        if (firstPageAt < 0)
            firstPageAt = clock.elapsed();
    });
    qint64 firstPaintAt = -1;
    paints.onPaint = [&] {
        if (firstPaintAt < 0 && firstPageAt >= 0 && model->rowState(0) == TasksModel::RowState::Loaded)
            firstPaintAt = clock.elapsed();
    };
    pane.setProject(parser.value(QStringLiteral("project")).toInt());
    if (!waitFor([&] { return firstPaintAt >= 0; })) {
        std::fprintf(stderr, "no rows painted (total %d)\n", model->total());
        return 1;
    }
    const int total = model->total();
    out[QStringLiteral("total")] = total;
    out[QStringLiteral("first_page_ms")] = double(firstPageAt - t0);
    out[QStringLiteral("first_paint_after_page_ms")] = double(firstPaintAt - firstPageAt);

    // Jump to the last row.
    const int last = total - 1;
    qint64 jumpPainted = -1;
    const qint64 t1 = clock.elapsed();
    paints.onPaint = [&] {
        if (jumpPainted < 0 && model->rowState(last) == TasksModel::RowState::Loaded)
            jumpPainted = clock.elapsed();
    };
    const int requestsBeforeJump = nam.taskPages;
    view->scrollToBottom();
    if (!waitFor([&] { return jumpPainted >= 0; })) {
        std::fprintf(stderr, "the last row never loaded\n");
        return 1;
    }
    out[QStringLiteral("jump_last_ms")] = double(jumpPainted - t1);
    out[QStringLiteral("jump_last_requests")] = nam.taskPages - requestsBeforeJump;

    // Scroll back to the top, then through everything, a screen at a time.
    view->scrollToTop();
    waitFor([&] { return model->rowState(0) == TasksModel::RowState::Loaded; });
    const double rssStart = rssMiB("VmRSS:");
    QScrollBar *bar = view->verticalScrollBar();
    const qint64 t2 = clock.elapsed();
    int screens = 0;
    while (true) {
        const int first = view->rowAt(0);
        const int lastVisible
            = std::min(total - 1, first + view->viewport()->height() / std::max(1, view->rowHeight(0)));
        if (!waitFor([&] {
                return model->rowState(first) == TasksModel::RowState::Loaded
                    && model->rowState(lastVisible) == TasksModel::RowState::Loaded;
            })) {
            std::fprintf(stderr, "rows %d..%d never loaded\n", first, lastVisible);
            return 1;
        }
        ++screens;
        if (bar->value() >= bar->maximum())
            break;
        bar->setValue(bar->value() + bar->pageStep());
        QCoreApplication::processEvents();
    }
    out[QStringLiteral("scroll_all_s")] = double(clock.elapsed() - t2) / 1000.0;
    out[QStringLiteral("screens")] = screens;
    out[QStringLiteral("task_page_requests")] = nam.taskPages;
    out[QStringLiteral("rss_start_mib")] = rssStart;
    out[QStringLiteral("rss_after_mib")] = rssMiB("VmRSS:");
    out[QStringLiteral("peak_rss_mib")] = rssMiB("VmHWM:");
    out[QStringLiteral("cached_pages")] = model->cachedPageCount();
    out[QStringLiteral("max_cached_pages")] = model->maxCachedPages();
    ticker.stop();
    out[QStringLiteral("max_stall_ms")] = double(maxStall);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
