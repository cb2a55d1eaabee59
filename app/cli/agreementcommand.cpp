// lsdesk-cli agreement: inter-annotator agreement computed locally (docs/agreement.md) from a live
// project or an export file, as JSON or CSV; on an Enterprise server also the server's own matrix.

#include "agreement/agreementsource.h"
#include "api/statsapi.h"
#include "cli/cliapp.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lsdesk::cli {

using agreement::AgreementReport;
using agreement::AgreementSource;
using agreement::Matrix;

namespace {
QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

QJsonObject matrixJson(const Matrix &m)
{
    QJsonArray values, counts, deviations;
    for (int i = 0; i < m.size; ++i) {
        QJsonArray v, c, s;
        for (int j = 0; j < m.size; ++j) {
            v.append(number(m.at(i, j)));
            c.append(m.common(i, j));
            s.append(number(m.deviation(i, j)));
        }
        values.append(v);
        counts.append(c);
        deviations.append(s);
    }
    return { { QStringLiteral("agreement"), values }, { QStringLiteral("common_tasks"), counts },
        { QStringLiteral("std"), deviations } };
}

QJsonObject serverJson(const ServerAgreement &s)
{
    QJsonArray participants;
    for (int i = 0; i < s.userIds.size(); ++i)
        participants.append(QJsonObject { { QStringLiteral("key"), s.participantKeys().at(i) },
            { QStringLiteral("name"), s.userNames.value(i) } });
    QJsonObject out { { QStringLiteral("participants"), participants } };
    if (s.perLabel.isEmpty()) {
        out.insert(QStringLiteral("matrix"), matrixJson(s.overall));
        out.insert(QStringLiteral("std"), number(s.std));
    } else {
        QJsonObject labels;
        for (auto it = s.perLabel.cbegin(); it != s.perLabel.cend(); ++it) {
            QJsonObject m = matrixJson(it.value());
            m.insert(
                QStringLiteral("std_overall"), number(s.perLabelStd.value(it.key(), agreement::kNoScore)));
            labels.insert(it.key(), m);
        }
        out.insert(QStringLiteral("per_label"), labels);
    }
    return out;
}
} // namespace

void CliApp::addAgreementOptions()
{
    addOptions({
        { QStringLiteral("file"), tr("A JSON export file (offline, no server needed)."),
            QStringLiteral("export.json") },
        { QStringLiteral("config"),
            tr("With --file: the project's label config XML (default: every control seen)."),
            QStringLiteral("config.xml") },
        { QStringLiteral("per-label"), tr("Also one matrix per label.") },
        { QStringLiteral("ground-truth"), tr("Ground-truth annotations as a participant.") },
        { QStringLiteral("predictions"), tr("Predictions as participants (one per model version).") },
        { QStringLiteral("methodology"), tr("Pairwise (default) or consensus."), QStringLiteral("m") },
        { QStringLiteral("threshold"), tr("The consensus threshold in [0, 1] (default 0.5)."),
            QStringLiteral("T") },
    });
}

int CliApp::checkAgreementArgs()
{
    const bool file = m_parser.isSet(QStringLiteral("file"));
    const bool project = m_parser.isSet(QStringLiteral("project"));
    if (file == project)
        return usage(tr("agreement needs --project N or --file export.json (one of them)."));
    bool ok = true;
    if (project && m_parser.value(QStringLiteral("project")).toInt(&ok) <= 0)
        return usage(tr("--project takes a project id."));
    if (project && m_parser.isSet(QStringLiteral("config")))
        return usage(tr("--config goes with --file: a live project has its own label config."));
    const QString format = m_parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("csv"))
        return usage(tr("agreement --format must be json or csv."));
    const QString methodology = m_parser.value(QStringLiteral("methodology"));
    if (!methodology.isEmpty() && methodology != QLatin1String("pairwise")
        && methodology != QLatin1String("consensus"))
        return usage(tr("--methodology must be pairwise or consensus."));
    if (m_parser.isSet(QStringLiteral("threshold"))) {
        const double t = m_parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || t < 0 || t > 1)
            return usage(tr("--threshold takes a number between 0 and 1."));
        if (methodology != QLatin1String("consensus"))
            return usage(tr("--threshold is the consensus threshold: add --methodology consensus."));
    }
    return -1;
}

void CliApp::cmdAgreement()
{
    agreement::AgreementOptions options;
    options.includeGroundTruth = m_parser.isSet(QStringLiteral("ground-truth"));
    options.includePredictions = m_parser.isSet(QStringLiteral("predictions"));
    if (m_parser.value(QStringLiteral("methodology")) == QLatin1String("consensus"))
        options.methodology = agreement::AgreementOptions::Methodology::Consensus;
    if (m_parser.isSet(QStringLiteral("threshold")))
        options.consensusThreshold = m_parser.value(QStringLiteral("threshold")).toDouble();
    const bool perLabel = m_parser.isSet(QStringLiteral("per-label"));
    options.perLabel = perLabel; // per-label matrices cost a fifth of the time: only when asked for

    // The output waits for both the local computation and, for a live project, the server's IAA reply.
    struct Pending
    {
        bool sourceDone = false;
        bool wantServer = false;
        std::optional<Result<ServerAgreement>> server;
    };
    auto pending = std::make_shared<Pending>();
    AgreementSource *source = nullptr;
    if (m_parser.isSet(QStringLiteral("file"))) {
        QString config;
        if (m_parser.isSet(QStringLiteral("config"))) {
            QFile f(m_parser.value(QStringLiteral("config")));
            if (!f.open(QIODevice::ReadOnly)) {
                Output::error(tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
                done(ExitLocalFile);
                return;
            }
            config = QString::fromUtf8(f.readAll());
        }
        source
            = AgreementSource::fromExportFile(m_parser.value(QStringLiteral("file")), options, config, this);
    } else {
        source = AgreementSource::fromProject(
            m_client.get(), m_parser.value(QStringLiteral("project")).toInt(), options, this);
        pending->wantServer = true;
    }
    const auto outputIfReady = [this, source, pending, perLabel] {
        if (m_finished || !pending->sourceDone || (pending->wantServer && !pending->server))
            return;
        writeAgreement(*source, pending->server ? &*pending->server : nullptr, perLabel);
        source->deleteLater();
        done(ExitOk);
    };
    if (pending->wantServer) {
        // Enterprise's own matrix, asked for beside the local computation; Community has no such route.
        StatsApi(m_client.get())
            .iaa(m_parser.value(QStringLiteral("project")).toInt(), perLabel, this,
                [pending, outputIfReady](const Result<ServerAgreement> &r) {
                    pending->server = r;
                    outputIfReady();
                });
    }

    const bool tty = Output::stderrIsTerminal();
    if (tty) {
        connect(source, &AgreementSource::progress, this, [](int tasks, int total) {
            if (total > 0)
                std::fprintf(stderr, "\r%s   ", qPrintable(tr("%1 of %2 tasks").arg(tasks).arg(total)));
            else
                std::fprintf(stderr, "\r%s   ", qPrintable(tr("%n task(s)", nullptr, tasks)));
        });
    }
    connect(source, &AgreementSource::finished, this,
        [this, source, pending, outputIfReady, tty](const ApiError &error) {
            m_cancel = nullptr;
            if (tty)
                std::fputs("\n", stderr); // end the progress line
            if (!error.ok()) {
                source->deleteLater();
                if (error.kind == ApiError::Kind::InvalidInput) { // the file is not a readable export
                    Output::error(error.message);
                    done(ExitLocalFile);
                    return;
                }
                fail(error);
                return;
            }
            pending->sourceDone = true;
            outputIfReady();
        });
    m_cancel = [source] { source->cancel(); };
    source->start();
}

void CliApp::writeAgreement(
    const AgreementSource &source, const Result<ServerAgreement> *server, bool perLabel)
{
    const AgreementReport &report = source.report();
    QStringList names;
    for (const auto &p : report.participants)
        names.append(source.participantName(p));
    if (server && !server->ok()) {
        if (server->error.kind == ApiError::Kind::NotAvailable)
            Output::info(tr("computed locally (this server has no agreement endpoint)"));
        else
            Output::error(tr("the server's agreement could not be read (%1); computed locally")
                              .arg(server->error.message));
    }

    if (m_parser.value(QStringLiteral("format")) == QLatin1String("csv")) {
        QByteArray out = agreement::csv::matrix(report.matrix, names);
        if (perLabel) {
            for (auto it = report.perLabel.cbegin(); it != report.perLabel.cend(); ++it) {
                QByteArray label = it.key().toUtf8();
                if (label.contains(',') || label.contains('"') || label.contains('\n'))
                    label = '"' + label.replace('"', "\"\"") + '"';
                out += "\r\nlabel," + label + "\r\n" + agreement::csv::matrix(it.value(), names);
            }
        }
        m_out.write(out);
        return;
    }

    QJsonArray participants;
    QStringList keys;
    for (int i = 0; i < report.participants.size(); ++i) {
        keys.append(report.participants.at(i).key());
        participants.append(
            QJsonObject { { QStringLiteral("key"), keys.last() }, { QStringLiteral("name"), names.at(i) } });
    }
    QJsonArray tasks;
    for (const auto &t : report.tasks) {
        QJsonArray members, pairs;
        for (const auto &m : t.members)
            members.append(QJsonObject { { QStringLiteral("participant"), keys.value(m.participant) },
                { QStringLiteral("annotation"), m.annotationId } });
        QSet<QPair<qint64, qint64>> seen; // a ground-truth annotation is two members: one pair, once
        for (const auto &p : t.pairs) {
            const auto &a = t.members.value(p.a), &b = t.members.value(p.b);
            const qint64 ka = report.itemKey(a), kb = report.itemKey(b);
            const auto key = qMakePair(std::min(ka, kb), std::max(ka, kb));
            if (ka == kb || seen.contains(key))
                continue;
            seen.insert(key);
            pairs.append(QJsonObject { { QStringLiteral("a"), a.annotationId },
                { QStringLiteral("b"), b.annotationId }, { QStringLiteral("score"), number(p.score) } });
        }
        tasks.append(QJsonObject { { QStringLiteral("id"), t.taskId },
            { QStringLiteral("agreement"), number(t.agreement) }, { QStringLiteral("annotations"), members },
            { QStringLiteral("pairs"), pairs } });
    }
    QJsonObject out {
        { QStringLiteral("source"), source.description() },
        { QStringLiteral("computed"), QStringLiteral("locally") },
        { QStringLiteral("participants"), participants },
        { QStringLiteral("controls"), QJsonArray::fromStringList(report.controls) },
        { QStringLiteral("matrix"), matrixJson(report.matrix) },
        { QStringLiteral("mean"), number(report.mean) },
        { QStringLiteral("std"), number(report.stddev) },
        { QStringLiteral("tasks_seen"), report.tasksSeen },
        { QStringLiteral("annotations_counted"), report.annotationsCounted },
        { QStringLiteral("cancelled_skipped"), report.cancelledSkipped },
        { QStringLiteral("tasks"), tasks },
    };
    if (perLabel) {
        QJsonObject labels;
        for (auto it = report.perLabel.cbegin(); it != report.perLabel.cend(); ++it)
            labels.insert(it.key(), matrixJson(it.value()));
        out.insert(QStringLiteral("per_label"), labels);
    }
    if (server && server->ok())
        out.insert(QStringLiteral("server"), serverJson(**server));
    m_out.write(QJsonDocument(out).toJson(QJsonDocument::Indented));
}

} // namespace lsdesk::cli
