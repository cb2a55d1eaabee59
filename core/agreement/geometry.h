#pragma once

#include <QList>
#include <QPointF>

namespace lsdesk::agreement {

// The four corners of a Label Studio box (top-left, top-right, bottom-right, bottom-left before the
// rotation), in the box's percent coordinates. Label Studio rotates by `rotationDegrees` clockwise about
// the top-left corner in *pixel* space; `aspect` is the image's pixel width over its height
// (original_width / original_height), 1 when unknown (percent space treated as square).
QList<QPointF> boxCorners(
    double x, double y, double width, double height, double rotationDegrees, double aspect);

// True when `degrees` is a multiple of 90: the rotated box is still axis-aligned and takes the fast path.
bool isQuarterTurn(double degrees);

} // namespace lsdesk::agreement
