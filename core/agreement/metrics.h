#pragma once

#include "agreement/agreementoptions.h"
#include "agreement/regions.h"

namespace lsdesk::agreement {

// The agreement of two annotations on one control tag, in [0, 1]. A null side means the annotation has
// no result for that control: both null (or both empty) = 1, one empty = 0. Regions are paired only
// when their labels match; per-region controls attached to paired regions multiply the pair's score.
double controlAgreement(const ControlResult *a, const ControlResult *b, const AgreementOptions &options);

// The same restricted to one label (a choice, or the regions carrying that label). `present` is set to
// whether either side uses the label at all; when neither does, the result is meaningless (1) and the
// pair is left out of that label's matrix.
double controlAgreementForLabel(const ControlResult *a, const ControlResult *b, const QString &label,
    const AgreementOptions &options, bool *present);

// The labels a control result uses (choices, region labels), for per-label matrices.
QStringList labelsOf(const ControlResult &c);

// Primitives, exposed for tests and for the side-by-side view (which shows each box pair's IoU).
// Axis-aligned boxes take a fast path; rotated ones are intersected as polygons (Boost.Geometry).
double boxIoU(const Region &a, const Region &b);
double polygonIoU(const QList<QPointF> &a, const QList<QPointF> &b);
// Intersection over union of [a.start, a.end) and [b.start, b.end) (tokens when both have them and
// `unit` is Tokens); 0 for HyperText spans in different containers.
double spanOverlap(const Region &a, const Region &b, AgreementOptions::SpanUnit unit);
// 1 - distance / longer length; 1 for two empty strings.
double textSimilarity(const QString &a, const QString &b, AgreementOptions::TextDistance distance);

} // namespace lsdesk::agreement
