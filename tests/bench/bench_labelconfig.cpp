// The C++ side of tests/bench/bench_labelconfig.py: times one label-config operation on an input file
// and prints {"median_ms": ..., "min_ms": ..., "iterations": ...} as JSON. Not a test.
//
//   bench_labelconfig parse FILE.xml N [S]           LabelInterface::parse
//   bench_labelconfig parse-validate FILE.xml N [S]  parse + ConfigValidator::validateConfig
//   bench_labelconfig create SPEC.json N [S]         ConfigBuilder::create on the parsed spec (as the
//                                                    SDK's create(tags) gets its tags ready-made)
//   bench_labelconfig create-json SPEC.json N [S]    ConfigBuilder::createFromJson (JSON reading included)
//   bench_labelconfig spec SPEC.json N [S]           ConfigSpec::fromJson alone
//
// Runs at least N iterations and at least S seconds (default 1), so the median is the steady state
// rather than the first, cold iterations.

#include "labelconfig/configbuilder.h"
#include "labelconfig/configvalidator.h"
#include "labelconfig/labelinterface.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 && args.size() != 5) {
        std::fprintf(stderr,
            "usage: bench_labelconfig parse|parse-validate|create|create-json|spec FILE ITERATIONS "
            "[MIN_SECONDS]\n");
        return 2;
    }
    const QString mode = args.at(1);
    QFile f(args.at(2));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(2)));
        return 6;
    }
    const QByteArray data = f.readAll();
    const QString text = QString::fromUtf8(data);
    const int iterations = std::max(1, args.at(3).toInt());
    const double minSeconds = args.size() == 5 ? args.at(4).toDouble() : 1.0;
    QString specError;
    const lsdesk::ConfigSpec parsedSpec = mode == QLatin1String("create")
        ? lsdesk::ConfigSpec::fromJson(data, &specError)
        : lsdesk::ConfigSpec {};
    if (!specError.isEmpty()) {
        std::fprintf(stderr, "spec failed: %s\n", qPrintable(specError));
        return 1;
    }
    std::vector<double> ms;
    ms.reserve(size_t(iterations));
    qsizetype sink = 0; // keeps the work observable so nothing is optimised away
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < iterations || double(total.nsecsElapsed()) < minSeconds * 1e9; ++i) {
        QElapsedTimer t;
        t.start();
        if (mode == QLatin1String("parse") || mode == QLatin1String("parse-validate")) {
            lsdesk::XmlError error;
            const auto li = lsdesk::LabelInterface::parse(text, &error);
            if (!li) {
                std::fprintf(stderr, "parse failed: %s\n", qPrintable(error.toString()));
                return 1;
            }
            sink += li->controls().size();
            if (mode == QLatin1String("parse-validate")) {
                const QStringList errors = lsdesk::ConfigValidator::validateConfig(text);
                if (!errors.isEmpty()) {
                    std::fprintf(stderr, "invalid: %s\n", qPrintable(errors.join(QLatin1Char('\n'))));
                    return 1;
                }
            }
        } else if (mode == QLatin1String("create") || mode == QLatin1String("create-json")) {
            const lsdesk::ConfigBuildResult r = mode == QLatin1String("create")
                ? lsdesk::ConfigBuilder::create(parsedSpec)
                : lsdesk::ConfigBuilder::createFromJson(data);
            if (!r.ok()) {
                std::fprintf(stderr, "create failed: %s\n", qPrintable(r.error->message));
                return 1;
            }
            sink += r.text.size();
        } else if (mode == QLatin1String("spec")) {
            QString error;
            const lsdesk::ConfigSpec spec = lsdesk::ConfigSpec::fromJson(data, &error);
            if (!error.isEmpty()) {
                std::fprintf(stderr, "spec failed: %s\n", qPrintable(error));
                return 1;
            }
            sink += spec.tags.size();
        } else {
            std::fprintf(stderr, "unknown mode %s\n", qPrintable(mode));
            return 2;
        }
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const QJsonObject out { { QStringLiteral("median_ms"), ms[ms.size() / 2] },
        { QStringLiteral("min_ms"), ms.front() }, { QStringLiteral("iterations"), int(ms.size()) },
        { QStringLiteral("sink"), double(sink) } };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
