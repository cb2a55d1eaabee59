#!/usr/bin/env python3
"""Helpers for translating lsdesk's .ts files without Qt Linguist.

  i18n-ts.py extract lsdesk_de.ts OUTDIR [--size N]  unfinished messages -> OUTDIR/chunk-NNN.json
  i18n-ts.py merge lsdesk_de.ts FILE.json...         {"id": "translation" | ["one", "many"]} -> .ts
  i18n-ts.py check lsdesk_de.ts [--allow-unfinished] finished, non-empty, same %1..%9 / %n as the source

An id is "context\\x04source\\x04comment", so a merge finds its message even after lupdate reordered the
file. After a merge, run scripts/update-translations.sh: lupdate rewrites the file in its own format.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SEP = "\x04"
PLACEHOLDER = re.compile(r"%(?:L?[1-9]|n)")


def messages(root):
    for ctx in root.findall("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.findall("message"):
            yield name, msg


def key(ctx, msg):
    return SEP.join([ctx, msg.findtext("source", ""), msg.findtext("comment", "")])


def is_unfinished(msg):
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
        return tr is None or tr.get("type") == "unfinished"
    forms = tr.findall("numerusform")
    texts = [f.text or "" for f in forms] if msg.get("numerus") == "yes" else [tr.text or ""]
    return not texts or any(not t.strip() for t in texts)


def extract(ts, outdir, size=150):
    root = ET.parse(ts).getroot()
    out = [{"id": key(c, m), "context": c, "source": m.findtext("source", ""),
            "comment": m.findtext("comment", "") or m.findtext("extracomment", ""),
            "numerus": m.get("numerus") == "yes"}
           for c, m in messages(root) if is_unfinished(m)]
    Path(outdir).mkdir(parents=True, exist_ok=True)
    for i in range(0, len(out), size):
        Path(outdir, "chunk-%03d.json" % (i // size)).write_text(
            json.dumps(out[i:i + size], ensure_ascii=False, indent=1), encoding="utf-8")
    print("%d unfinished messages in %d chunk(s)" % (len(out), (len(out) + size - 1) // size))


def merge(ts, files):
    tree = ET.parse(ts)
    root = tree.getroot()
    todo = {}
    for f in files:
        todo.update(json.loads(Path(f).read_text(encoding="utf-8")))
    done = 0
    for c, m in messages(root):
        k = key(c, m)
        if k not in todo:
            continue
        value = todo.pop(k)
        tr = m.find("translation")
        if tr is None:
            tr = ET.SubElement(m, "translation")
        for child in list(tr):
            tr.remove(child)
        tr.attrib.pop("type", None)
        if m.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value if isinstance(value, str) else value[0]
        done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print("merged %d translation(s); %d id(s) not found" % (done, len(todo)))
    for k in todo:
        print("  not found: %r" % k, file=sys.stderr)


def check(ts, allow_unfinished=False):
    problems = []
    count = 0
    for c, m in messages(ET.parse(ts).getroot()):
        tr = m.find("translation")
        if tr is not None and tr.get("type") in ("obsolete", "vanished"):
            continue
        count += 1
        src = m.findtext("source", "")
        where = "%s: %r" % (c, src[:70])
        if is_unfinished(m):
            if not allow_unfinished:
                problems.append("unfinished or empty: " + where)
            continue
        numerus = m.get("numerus") == "yes"
        texts = [f.text or "" for f in tr.findall("numerusform")] if numerus else [tr.text or ""]
        want = sorted(set(PLACEHOLDER.findall(src)))
        for t in texts:
            got = sorted(set(PLACEHOLDER.findall(t)))
            # A plural form may leave %n out ("eine Aufgabe"); every other placeholder must stay.
            if numerus:
                want_n, got_n = [p for p in want if p != "%n"], [p for p in got if p != "%n"]
            else:
                want_n, got_n = want, got
            if want_n != got_n:
                problems.append("placeholders %s vs %s in translation %r of %s" % (want, got, t[:60], where))
        if "&" in src.replace("&&", "") and not all("&" in t.replace("&&", "") for t in texts):
            problems.append("mnemonic (&) lost in %r of %s" % (texts[0][:60], where))
    for p in problems:
        print(p)
    print("%s: %d message(s), %d problem(s)" % (ts, count, len(problems)))
    return 1 if problems else 0


def main(argv):
    if len(argv) >= 3 and argv[0] == "extract":
        size = int(argv[argv.index("--size") + 1]) if "--size" in argv else 150
        extract(argv[1], argv[2], size)
        return 0
    if len(argv) >= 3 and argv[0] == "merge":
        merge(argv[1], argv[2:])
        return 0
    if len(argv) >= 2 and argv[0] == "check":
        return check(argv[1], "--allow-unfinished" in argv)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
