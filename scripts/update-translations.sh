#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources with lupdate. Run it after adding or changing a
# tr() string, then translate the new (unfinished) messages in lsdesk_de.ts (Qt Linguist, or
# scripts/i18n-ts.py extract/merge) - the i18n_ts_complete test fails until every message is finished.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate 2>/dev/null || echo /usr/lib/qt6/bin/lupdate)}
# No line numbers in the .ts files: they would change with every edit and make noisy diffs.
# CAPTION(text) in ui/configeditor/attributeeditors.cpp is a QT_TRANSLATE_NOOP macro lupdate cannot see through.
opts=(-silent -locations none -no-obsolete -extensions cpp,h -tr-function-alias QT_TR_NOOP+=CAPTION)
# lupdate warns about every tr() in a class without Q_OBJECT; that is how core/ translates, so hide those.
quiet() { "$@" 2> >(grep -v "lacks Q_OBJECT macro" >&2); }
quiet "$LUPDATE" "${opts[@]}" core ui app -ts resources/translations/lsdesk_de.ts
# English needs only the plural forms ("%n task(s)" -> "1 task" / "2 tasks").
quiet "$LUPDATE" "${opts[@]}" -pluralonly core ui app -ts resources/translations/lsdesk_en.ts
