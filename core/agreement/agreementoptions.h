#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace lsdesk::agreement {

// Every choice the Enterprise documentation leaves open, with its default (docs/agreement.md states
// each rule and why).
struct AgreementOptions
{
    // Task agreement: mean over annotation pairs (Pairwise), or the largest group agreeing at
    // consensusThreshold over the annotation count (Consensus).
    enum class Methodology { Pairwise, Consensus };
    Methodology methodology = Methodology::Pairwise;
    double consensusThreshold = 0.5;

    // Regions (boxes, polygons, spans, key points) of two annotations on one control: each region's best
    // score against the other side's regions with matching labels, averaged over the regions of both
    // sides (unmatched regions count 0) - "MaxPerRegion"; or the mean over matched pairs only.
    enum class RegionCombine { MaxPerRegion, AverageMatched };
    RegionCombine regionCombine = RegionCombine::MaxPerRegion;
    // Set: a region pair counts 1 when its IoU/overlap reaches the threshold, else 0 (the threshold
    // variants); with precisionRecall, boxes and polygons score F1 at this threshold instead.
    std::optional<double> iouThreshold;
    bool precisionRecallF1 = false;

    // Choices: exact match of the selected set (1/0), or |A∩B| / |A∪B| (multi-choice partial credit).
    bool choicesPartial = false;
    // Text spans: overlap counted in whitespace-separated tokens of the task's text (reproduces the
    // documentation's worked example) or in characters.
    enum class SpanUnit { Tokens, Characters };
    SpanUnit spanUnit = SpanUnit::Tokens;
    // TextArea similarity: 1 - distance / longer length.
    enum class TextDistance { Levenshtein, DamerauLevenshtein, Hamming, JaroWinkler };
    TextDistance textDistance = TextDistance::Levenshtein;
    // Taxonomy: exact match of the set of selected paths, or path matching (shared prefix length over the
    // longer path, best match per path, averaged).
    bool taxonomyPathMatching = false;
    // Number without min/max: 1 when |a-b| <= numberTolerance, else 0. With min/max (or Rating): 1 - |a-b|
    // / range.
    double numberTolerance = 0;
    // Key points: the same label and at most this far apart (percent of the image) count as a match.
    double keyPointTolerance = 0;

    // Participants beyond the annotators (by completed_by).
    bool includeGroundTruth = false; // ground-truth annotations also as a "Ground truth" participant
    bool includePredictions = false; // predictions, one participant per model_version

    // Per-label matrices (AgreementReport::perLabel). Without them addTask/addTaskJson skip the
    // per-label scores (about a tenth of their time); the matrix, the task scores and control label
    // weights are unaffected.
    bool perLabel = true;
};

} // namespace lsdesk::agreement
