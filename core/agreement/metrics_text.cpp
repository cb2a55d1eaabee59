// Text similarities for TextArea (features-and-agreement.md §2.2 "TextArea"): each one O(n·m) time and
// O(min-ish) memory (two or three rows), working on UTF-16 code units as Label Studio's JavaScript does.
#include "agreement/metrics.h"

#include <QVarLengthArray>
#include <algorithm>

namespace lsdesk::agreement {

namespace {

using Row = QVarLengthArray<int, 128>;

int levenshtein(const QChar *a, int n, const QChar *b, int m)
{
    Row prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        const QChar ca = a[i - 1];
        for (int j = 1; j <= m; ++j) {
            const int cost = ca == b[j - 1] ? 0 : 1;
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
        }
        std::swap(prev, cur);
    }
    return prev[m];
}

// Optimal string alignment: Levenshtein plus the transposition of two adjacent characters, where no
// substring is edited twice ("ca" → "abc" is 3, not the unrestricted Damerau distance 2). Three rows.
int optimalStringAlignment(const QChar *a, int n, const QChar *b, int m)
{
    Row prev2(m + 1), prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, prev2[j - 2] + 1);
            cur[j] = d;
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

// Hamming over unequal lengths: the shorter string is padded, so every extra character of the longer
// one counts as a difference.
int hamming(const QChar *a, int n, const QChar *b, int m)
{
    const int common = std::min(n, m);
    int d = std::abs(n - m);
    for (int i = 0; i < common; ++i)
        d += a[i] != b[i] ? 1 : 0;
    return d;
}

// Jaro-Winkler similarity (prefix scale 0.1, common prefix up to 4, no boost threshold).
double jaroWinkler(const QChar *a, int n, const QChar *b, int m)
{
    if (n == 0 && m == 0)
        return 1.0;
    if (n == 0 || m == 0)
        return 0.0;
    const int window = std::max(0, std::max(n, m) / 2 - 1);
    QVarLengthArray<bool, 128> matchedA(n), matchedB(m);
    std::fill(matchedA.begin(), matchedA.end(), false);
    std::fill(matchedB.begin(), matchedB.end(), false);
    int matches = 0;
    for (int i = 0; i < n; ++i) {
        const int lo = std::max(0, i - window), hi = std::min(m - 1, i + window);
        for (int j = lo; j <= hi; ++j) {
            if (!matchedB[j] && a[i] == b[j]) {
                matchedA[i] = matchedB[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    int transpositions = 0;
    for (int i = 0, k = 0; i < n; ++i) {
        if (!matchedA[i])
            continue;
        while (!matchedB[k])
            ++k;
        if (a[i] != b[k])
            ++transpositions;
        ++k;
    }
    const double md = matches;
    const double jaro = (md / n + md / m + (md - transpositions / 2.0) / md) / 3.0;
    int prefix = 0;
    while (prefix < std::min({ 4, n, m }) && a[prefix] == b[prefix])
        ++prefix;
    return jaro + prefix * 0.1 * (1.0 - jaro);
}

} // namespace

double textSimilarity(const QString &a, const QString &b, AgreementOptions::TextDistance distance)
{
    const int n = int(a.size()), m = int(b.size());
    if (n == 0 && m == 0)
        return 1.0;
    if (a == b)
        return 1.0;
    const int longer = std::max(n, m);
    int d = 0;
    switch (distance) {
    case AgreementOptions::TextDistance::JaroWinkler:
        // Jaro-Winkler is a similarity already; the symmetric formula keeps (a, b) == (b, a).
        return std::clamp(std::max(jaroWinkler(a.constData(), n, b.constData(), m),
                              jaroWinkler(b.constData(), m, a.constData(), n)),
            0.0, 1.0);
    case AgreementOptions::TextDistance::Levenshtein:
        d = levenshtein(a.constData(), n, b.constData(), m);
        break;
    case AgreementOptions::TextDistance::DamerauLevenshtein:
        d = optimalStringAlignment(a.constData(), n, b.constData(), m);
        break;
    case AgreementOptions::TextDistance::Hamming:
        d = hamming(a.constData(), n, b.constData(), m);
        break;
    }
    return std::clamp(1.0 - double(d) / longer, 0.0, 1.0);
}

} // namespace lsdesk::agreement
