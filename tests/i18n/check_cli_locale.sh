#!/usr/bin/env bash
# i18n_cli_locale: lsdesk-cli speaks the system locale's language. German under LANG/LC_ALL=de_DE.UTF-8
# (the locale need not be generated: Qt reads the name), English under C - even with LANGUAGE=de, as with
# gettext - and Qt's own German strings load too (QCommandLineParser's "Unknown option").
# usage: check_cli_locale.sh LSDESK_CLI
set -u
cli=$1
fail=0
expect() { # expect NAME PATTERN OUTPUT
  if grep -qF -- "$2" <<<"$3"; then echo "ok   $1"; else
    echo "FAIL $1: expected \"$2\" in:"; echo "$3"; fail=1; fi
}
reject() {
  if grep -qF -- "$2" <<<"$3"; then echo "FAIL $1: did not expect \"$2\" in:"; echo "$3"; fail=1; else
    echo "ok   $1"; fi
}
run() { env -u LC_MESSAGES "$@" "$cli" no-such-command 2>&1; }

de=$(run LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 LANGUAGE=de)
expect "German unknown command" 'Unbekannter Befehl „no-such-command“.' "$de"
expect "German usage hint" '(siehe lsdesk-cli --help)' "$de"
reject "no English in German" 'Unknown command' "$de"

de_lang_only=$(env -u LC_ALL -u LANGUAGE -u LC_MESSAGES LANG=de_DE.UTF-8 "$cli" no-such-command 2>&1)
expect "German from LANG alone" 'Unbekannter Befehl' "$de_lang_only"

en=$(run LANG=C LC_ALL=C LANGUAGE=)
expect "English under C" 'Unknown command "no-such-command".' "$en"
en_language=$(run LANG=C LC_ALL=C LANGUAGE=de)
expect "C locale ignores LANGUAGE" 'Unknown command "no-such-command".' "$en_language"

# The help's tr() is a helper that lupdate files under the namespace (lsdesk::cli::help) while the code
# passes another context: German only through the translator's any-context fallback (core/i18n).
help_de=$(env LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 LANGUAGE=de "$cli" --help 2>&1)
expect "German help (context fallback)" 'Exit-Codes:' "$help_de"
reject "no English help headings" 'Exit codes:' "$help_de"
help_en=$(env LANG=C LC_ALL=C LANGUAGE= "$cli" --help 2>&1)
expect "English help" 'Exit codes:' "$help_en"

# Qt's own translations (qtbase_de.qm): QCommandLineParser reports an unknown option itself.
qt_de=$(env LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 LANGUAGE=de "$cli" --no-such-option 2>&1)
qt_en=$(env LANG=C LC_ALL=C LANGUAGE= "$cli" --no-such-option 2>&1)
expect "Qt's English message" 'Unknown option' "$qt_en"
reject "Qt's message translated" 'Unknown option' "$qt_de"
exit $fail
