#!/usr/bin/env python3
"""i18n_ts_complete: the .ts files cover every tr() string of the sources, and German translates all of it.

Runs lupdate (the options of scripts/update-translations.sh) over core/ ui/ app/ into temporary copies of
resources/translations/*.ts, so a source string missing from the repository's .ts shows up as a new
unfinished message; then checks that every German message is finished, non-empty and keeps the source's
%1..%9 and & mnemonic, and that every English plural form is filled in.
usage: check_ts.py LUPDATE SOURCE_DIR
"""
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

lupdate, src = sys.argv[1], Path(sys.argv[2])
spec = importlib.util.spec_from_file_location("i18n_ts", src / "scripts" / "i18n-ts.py")
i18n_ts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_ts)
OPTS = ["-silent", "-locations", "none", "-no-obsolete", "-extensions", "cpp,h",
        "-tr-function-alias", "QT_TR_NOOP+=CAPTION"]  # as scripts/update-translations.sh


def keys(path):
    return {i18n_ts.key(c, m) for c, m in i18n_ts.messages(ET.parse(path).getroot())}


failed = 0
with tempfile.TemporaryDirectory() as tmp:
    for name, extra in (("lsdesk_de.ts", []), ("lsdesk_en.ts", ["-pluralonly"])):
        repo_ts = src / "resources" / "translations" / name
        ts = Path(tmp) / name
        shutil.copy(repo_ts, ts)
        try:
            run = subprocess.run([lupdate, *OPTS, *extra, "core", "ui", "app", "-ts", str(ts)], cwd=src,
                                 capture_output=True, text=True, timeout=60)
        except subprocess.TimeoutExpired:
            # Seen with lupdate 6.4: `return { translate("C", "%n x", nullptr, int(f(y))) };` never ends.
            print("FAIL: lupdate did not finish in 60 s; look for translate(..., int(...)) inside braces "
                  "in recently changed files and name the count first")
            failed += 1
            continue
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            print("FAIL: lupdate exited with %d" % run.returncode)
            failed += 1
            continue
        missing = sorted(keys(ts) - keys(repo_ts))
        for k in missing:
            context, source, _ = k.split(i18n_ts.SEP)
            print("missing from %s: %s: %r" % (name, context, source))
        stale = sorted(keys(repo_ts) - keys(ts))
        for k in stale:
            print("no longer in the sources (run scripts/update-translations.sh): %s %r"
                  % (name, k.split(i18n_ts.SEP)[1]))
        if missing:
            print("FAIL: %d source string(s) missing from %s: run scripts/update-translations.sh and "
                  "translate them (scripts/i18n-ts.py extract/merge)" % (len(missing), name))
            failed += 1
        if i18n_ts.check(str(ts)) != 0:
            failed += 1
        if not keys(ts):
            print("FAIL: lupdate found no messages in %s" % name)
            failed += 1
sys.exit(1 if failed else 0)
