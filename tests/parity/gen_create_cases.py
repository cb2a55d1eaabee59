#!/usr/bin/env python3
"""Generate the create() parity corpus for tst_create_parity from the installed label-studio-sdk.

    <venv>/bin/python gen_create_cases.py OUT.json
    <venv>/bin/python gen_create_cases.py --print-name-tables   # C++ tables for configbuilder.cpp

Every case is a spec in the JSON form of docs/config-spec.md. The spec's exact text is translated into
the SDK call LabelInterface.create(tags, mapping, title, style, pretty) - with the labels / choices /
taxonomy helpers of label_studio_sdk.label_interface.create and real ControlTag / ObjectTag instances -
and run. Each case records, besides "id" and "spec" (the JSON text, byte for byte what the C++ side
parses):

  "expected": text        the SDK returned this; ConfigBuilder must return the same bytes
  "sdk_error": text       the SDK raised; ConfigBuilder must return an error
  "sdk_output" + "sdk_defect"
                          the SDK returned text that is no usable config (not well-formed XML, a Python
                          repr() written as a value, a namespace declaration); ConfigBuilder must return
                          an error - or, with "divergence_expected", exactly that text (a documented fix)
  "extension_expected"    (with "sdk_error") the SDK raised only because a number or boolean reached
                          the serializer; ConfigBuilder's documented extension writes its JSON text

Cases with "extension_expected" are kept apart ("extension_cases") and are not parity cases.
The output is deterministic: no randomness, no timestamps.
"""

import json
import os
import re
import sys
import xml.etree.ElementTree as ET

import pyexpat

from label_studio_sdk.label_interface import LabelInterface
from label_studio_sdk.label_interface import control_tags as CT
from label_studio_sdk.label_interface import object_tags as OT
from label_studio_sdk.label_interface.create import choices, labels, taxonomy

MIN_PARITY_CASES = 250

OBJECT_TAGS = list(OT._TAG_TO_CLASS)
CONTROL_TAGS = list(CT._TAG_TO_CLASS)

# Proper-cased spellings as Label Studio's docs write them; the SDK compares tag.lower().
TAG_SPELLING = {
    "audio": "Audio", "image": "Image", "table": "Table", "text": "Text", "video": "Video",
    "hypertext": "HyperText", "list": "List", "paragraphs": "Paragraphs", "timeseries": "TimeSeries",
    "chat": "Chat", "choices": "Choices", "labels": "Labels", "brush": "Brush", "brushlabels": "BrushLabels",
    "bitmask": "Bitmask", "bitmasklabels": "BitmaskLabels", "magicwand": "MagicWand", "ellipse": "Ellipse",
    "ellipselabels": "EllipseLabels", "keypoint": "KeyPoint", "keypointlabels": "KeyPointLabels",
    "vector": "Vector", "vectorlabels": "VectorLabels", "ocrlabels": "OcrLabels", "polygon": "Polygon",
    "polygonlabels": "PolygonLabels", "rectangle": "Rectangle", "rectanglelabels": "RectangleLabels",
    "videorectangle": "VideoRectangle", "videovector": "VideoVector", "videovectorlabels": "VideoVectorLabels",
    "number": "Number", "datetime": "DateTime", "hypertextlabels": "HyperTextLabels", "pairwise": "Pairwise",
    "paragraphlabels": "ParagraphLabels", "ranker": "Ranker", "rating": "Rating", "relations": "Relations",
    "taxonomy": "Taxonomy", "textarea": "TextArea", "timeserieslabels": "TimeSeriesLabels",
    "timelinelabels": "TimelineLabels", "chatmessage": "ChatMessage", "reactcode": "ReactCode",
}


def spelled(lower):
    # A tag added to the SDK after this file was written still gets a case, in its lower-case key.
    return TAG_SPELLING.get(lower, lower)


# --------------------------------------------------------------------------------------------------
# spec JSON -> SDK call (the semantics docs/config-spec.md documents)

def _no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate key in spec: %r" % keys)
    return dict(pairs)


def _attrs(a):
    if isinstance(a, dict):
        return dict(a)
    return {k: v for k, v in a}


def _child(c):
    if isinstance(c, dict):
        if "setAttrs" in c:
            return _attrs(c["setAttrs"])
        return (c["tag"], _attrs(c.get("attrs", {})), tuple(_child(x) for x in c.get("children", [])))
    return c  # str -> bare child tag; None / numbers -> skipped by the SDK


def _taxonomy_item(x):
    return tuple(_taxonomy_item(e) for e in x) if isinstance(x, list) else x


def _instance(inst, join_to_name=False):
    attr = _attrs(inst.get("attr", {}))
    if inst["class"] == "control":
        cls = getattr(CT, CT._TAG_TO_CLASS.get(inst["tag"].lower(), ""), CT.ControlTag)
        kw = {"tag": inst["tag"], "attr": attr}
        if "name" in inst:
            kw["name"] = inst["name"]
        if inst.get("labels") is not None:
            kw["labels"] = inst["labels"]
        to_name = inst.get("toName")
        if join_to_name and to_name is not None:
            # ConfigBuilder's documented fix: the SDK writes the list's repr; we write "a,b".
            obj = cls(**kw)
            name = obj.name or inst["_key"]
            children = "Choice" if obj.tag in ["Choices", "Taxonomy"] else "Label"
            labels_ = getattr(obj, "labels", None)
            kids = tuple((children, {"value": v}, {}) for v in labels_) if labels_ else ()
            return (obj.tag, {**attr, "name": name, "toName": ",".join(to_name)}, kids)
        if to_name is not None:
            kw["to_name"] = to_name
        return cls(**kw)
    cls = getattr(OT, OT._TAG_TO_CLASS.get(inst["tag"].lower(), ""), OT.ObjectTag)
    kw = {"tag": inst["tag"], "attr": attr}
    if "name" in inst:
        kw["name"] = inst["name"]
    if inst.get("value") is not None:
        kw["value"] = inst["value"]
    return cls(**kw)


def _entry(e, join_to_name=False):
    if "tag" in e:
        form = e.get("form") or ("triple" if "children" in e else "pair" if "attrs" in e else "string")
        if form == "string":
            return e["tag"]
        if form == "pair":
            return (e["tag"], _attrs(e.get("attrs", {})))
        return (e["tag"], _attrs(e.get("attrs", {})), tuple(_child(c) for c in e.get("children", [])))
    attrs = _attrs(e.get("attrs", {}))
    if "choices" in e:
        return choices(e["choices"], **attrs)
    if "labels" in e:
        if "labelTag" in e:
            return labels(e["labels"], tag_type=e["labelTag"], **attrs)
        return labels(e["labels"], **attrs)
    if "taxonomy" in e:
        items = e["taxonomy"]
        if isinstance(items, list):
            items = [_taxonomy_item(x) for x in items]
        return taxonomy(items, **attrs)
    inst = dict(e["instance"], _key=e["name"])
    return _instance(inst, join_to_name)


def sdk_args(spec_text, join_to_name=False):
    """Fresh Python arguments for every call: create() mutates the dicts it is given."""
    spec = json.loads(spec_text, object_pairs_hook=_no_duplicates)
    tags = {}
    for e in spec["tags"]:
        tags[e["name"]] = _entry(e, join_to_name)
    kwargs = {}
    for k in ("mapping", "title", "style", "pretty"):
        if k in spec:
            kwargs[k] = spec[k]
    return tags, kwargs


# --------------------------------------------------------------------------------------------------
# running the SDK

_original_escape_attrib = ET._escape_attrib
_repr_written = []


def _watching_escape_attrib(text):
    # ElementTree's "&" in text is list/tuple/dict membership for those, so they pass through and
    # get formatted with %s: Python's repr lands in the config.
    if isinstance(text, (list, tuple, dict)):
        _repr_written.append(text)
    return _original_escape_attrib(text)


def _extension_escape_attrib(text):
    # ConfigBuilder's extension: numbers and booleans as their JSON text.
    if isinstance(text, (bool, int, float)):
        text = json.dumps(text)
    return _watching_escape_attrib(text)


def _namespace_well_formed(text):
    parser = pyexpat.ParserCreate(namespace_separator=" ")
    try:
        parser.Parse(text.encode("utf-8"), True)
    except Exception as e:  # ExpatError, UnicodeEncodeError (lone surrogates)
        return "%s: %s" % (type(e).__name__, e)
    return None


_NAMESPACE_DECL = re.compile(r'\sxmlns(:[^=\s]*)?="')


def run_create(spec_text, extension=False, join_to_name=False):
    """Returns (output, error, defect)."""
    del _repr_written[:]
    ET._escape_attrib = _extension_escape_attrib if extension else _watching_escape_attrib
    try:
        tags, kwargs = sdk_args(spec_text, join_to_name)
        out = LabelInterface.create(tags, **kwargs)
    except Exception as e:
        return None, "%s: %s" % (type(e).__name__, e), None
    finally:
        ET._escape_attrib = _original_escape_attrib
    defect = None
    if _repr_written:
        defect = "python-repr: %r written as an attribute value" % (_repr_written[0],)
    elif _NAMESPACE_DECL.search(out):
        defect = "namespace-declaration: an xmlns attribute (the pretty path reorders it)"
    else:
        bad = _namespace_well_formed(out)
        if bad:
            defect = "not-well-formed: " + bad
    return out, None, defect


# --------------------------------------------------------------------------------------------------
# the cases

def T(name, tag, attrs=None, form=None, children=None):
    e = {"name": name, "tag": tag}
    if form:
        e["form"] = form
    if attrs is not None:
        e["attrs"] = attrs
    if children is not None:
        e["children"] = children
    return e


def S(*tags, **options):
    spec = {"tags": list(tags)}
    spec.update(options)
    return spec


SPECIAL_VALUES = {
    "amp": "Q&A & more",
    "lt-gt": "<b>bold</b> a<b",
    "dquote": 'say "hi"',
    "apos": "it's Bob's",
    "both-quotes": "\"'\"'",
    "newline": "line1\nline2",
    "tab": "a\tb",
    "cr": "a\rb",
    "crlf": "a\r\nb",
    "mixed-ws": " \t\n\r lead and trail \n",
    "entities-literal": "&amp; &lt; &#10; &quot;",
    "emoji": "smile \U0001F600 thumbs \U0001F44D\U0001F3FD",
    "emoji-zwj": "\U0001F468\u200D\U0001F469\u200D\U0001F467 family",
    "rtl-hebrew": "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd",
    "rtl-arabic": "\u0645\u0631\u062d\u0628\u0627 \u200f\u0628\u0627\u0644\u0639\u0627\u0644\u0645",
    "bidi-controls": "\u202eabc\u202c \u2066x\u2069",
    "combining": "e\u0301 a\u0308 n\u0303 \u0915\u094d\u0937",
    "cjk": "\u65e5\u672c\u8a9e\u306e\u30e9\u30d9\u30eb \ud55c\uad6d\uc5b4",
    "astral-math": "\U0001D518\U0001D52B\U0001D526",
    "nel-ls-ps": "a\u0085b\u2028c\u2029d",
    "bom-nonchar": "\ufeffx\ufdd0y\ufffd",
    "bom-twice": "\ufeff\ufeffx\ufeff",
    "bom-only": "\ufeff",
    "del-c1": "a\x7fb\x80c\x9f",
    "backslashes": "C:\\path\\n\\t",
    "dollar-braces": "$var ${x} {{y}}",
    "empty": "",
    "spaces-only": "   ",
    "long": "x" * 500 + "&" + "y" * 500,
}

INVALID_CHARS = {
    "nul": "a\x00b",
    "soh": "a\x01b",
    "bs": "a\x08b",
    "vt": "a\x0bb",
    "ff": "a\x0cb",
    "us": "a\x1fb",
    "fffe": "a\ufffeb",
    "ffff": "a\uffffb",
}


def build_specs():
    """[(group, name, spec dict, spec text options)] in a fixed order."""
    out = []

    def add(group, name, spec, ascii_only=False):
        out.append((group, name, spec, ascii_only))

    # -- every object tag: string form, pair form with attributes, explicit value
    for ot in OBJECT_TAGS:
        tag = spelled(ot)
        add("object", ot + "-string", S(T("obj", tag)))
        add("object", ot + "-attrs", S(T("obj", tag, {"valueType": "url", "granularity": "word"})))
        add("object", ot + "-value", S(T("obj", tag, {"value": "$data_" + ot, "name": "o_" + ot})))

    # -- every control tag: after an object in string form; before it with attributes
    for ct in CONTROL_TAGS:
        tag = spelled(ct)
        add("control", ct + "-after-object", S(T("txt", "Text"), T("ctl", tag)))
        add("control", ct + "-before-object",
            S(T("ctl", tag, {"required": "true", "perRegion": "true"}), T("img", "Image", {"zoom": "true"})))

    # -- labels() with tag_type variants
    for lt in ["Labels", "RectangleLabels", "PolygonLabels", "KeyPointLabels", "BrushLabels", "EllipseLabels",
               "HyperTextLabels", "ParagraphLabels", "TimeSeriesLabels", "VideoVectorLabels", "OcrLabels",
               "BitmaskLabels", "TimelineLabels", "VectorLabels", "labels", "LABELS", "Custom", "View"]:
        add("labels", "tag-type-" + lt,
            S(T("img", "Image"), {"name": "lbl", "labels": ["Person", "Org"], "labelTag": lt,
                                   "attrs": {"strokeWidth": "3"}}))
    add("labels", "default-tag-type", S(T("txt", "Text"), {"name": "ner", "labels": ["PER", "LOC", "ORG"]}))
    add("labels", "empty-list", S(T("txt", "Text"), {"name": "ner", "labels": []}))
    add("labels", "string-iterated", S(T("txt", "Text"), {"name": "ner", "labels": "ab\U0001F600"}))
    add("labels", "attrs-before-name",
        S(T("txt", "Text"), {"name": "ner", "labels": ["A"], "attrs": {"toName": "txt", "name": "n2"}}))
    add("labels", "many", S(T("txt", "Text"), {"name": "ner", "labels": ["L%03d" % i for i in range(200)]}))

    # -- choices()
    add("choices", "basic", S(T("txt", "Text"), {"name": "chc", "choices": ["yes", "no"]}))
    add("choices", "empty", S(T("txt", "Text"), {"name": "chc", "choices": []}))
    add("choices", "string-iterated", S(T("txt", "Text"), {"name": "chc", "choices": "abc"}))
    add("choices", "multiple", S(T("txt", "Text"), {"name": "chc", "choices": ["a", "b"],
                                                     "attrs": {"choice": "multiple", "showInline": "true"}}))
    add("choices", "attrs-as-pairs", S(T("txt", "Text"), {"name": "chc", "choices": ["a"],
                                                           "attrs": [["z", "1"], ["a", "2"], ["m", "3"]]}))
    add("choices", "unicode-labels", S(T("txt", "Text"), {"name": "chc", "choices": list(SPECIAL_VALUES.values())[:20]}))
    add("choices", "duplicate-labels", S(T("txt", "Text"), {"name": "chc", "choices": ["x", "x", "x"]}))
    add("choices", "on-image", S(T("img", "Image"), {"name": "chc", "choices": ["cat", "dog"]}))
    add("choices", "explicit-toname", S(T("a", "Text"), T("b", "Text"),
                                        {"name": "chc", "choices": ["1"], "attrs": {"toName": "b"}}))
    add("choices", "null-label", S(T("txt", "Text"), {"name": "chc", "choices": ["a", None]}))
    add("choices", "nested-list-label", S(T("txt", "Text"), {"name": "chc", "choices": ["a", ["b"]]}))

    # -- taxonomy()
    add("taxonomy", "flat", S(T("txt", "Text"), {"name": "tax", "taxonomy": ["1", "2", "3"]}))
    add("taxonomy", "two-levels", S(T("txt", "Text"), {"name": "tax", "taxonomy": ["1", ["2", "2a", "2b"], ["3"]]}))
    add("taxonomy", "tv3-three-levels", S(T("txt", "Text"), {"name": "tax", "taxonomy": ["1", "2", ["3", "4", ["5", "6"]]]}))
    add("taxonomy", "deep-parent", S(T("txt", "Text"), {"name": "tax", "taxonomy": [[["a"], "b"]]}))
    add("taxonomy", "empty-group", S(T("txt", "Text"), {"name": "tax", "taxonomy": ["1", []]}))
    add("taxonomy", "empty", S(T("txt", "Text"), {"name": "tax", "taxonomy": []}))
    add("taxonomy", "string-iterated", S(T("txt", "Text"), {"name": "tax", "taxonomy": "xyz"}))
    add("taxonomy", "attrs", S(T("txt", "Text"), {"name": "tax", "taxonomy": [["Animals", "Cat", "Dog"], ["Plants"]],
                                                   "attrs": {"leafsOnly": "true", "showFullPath": "true",
                                                             "pathSeparator": " > "}}))
    add("taxonomy", "unicode", S(T("txt", "Text"), {"name": "tax", "taxonomy": [["\u0416\u0438\u0432\u043e\u0442\u043d\u044b\u0435 & co", "\U0001F431 <cat>", "\u05db\u05dc\u05d1"]]}))
    deep = {"tag": "Choice", "attrs": {"value": "L1"}, "children": [
        {"tag": "Choice", "attrs": {"value": "L2"}, "children": [
            {"tag": "Choice", "attrs": {"value": "L3"}, "children": [
                {"tag": "Choice", "attrs": {"value": "L4 \"deep\" & <last>"}}]}]}]}
    add("taxonomy", "raw-four-levels", S(T("txt", "Text"), T("tax", "Taxonomy", {}, children=[deep, {"tag": "Choice", "attrs": {"value": "other"}}])))
    add("taxonomy", "raw-three-levels-pretty-indent",
        S(T("tax", "Taxonomy", {"toName": "txt"}, children=[{"tag": "Choice", "attrs": {"value": "a"}, "children": [
            {"tag": "Choice", "attrs": {"value": "b"}, "children": ["Choice"]}]}]), T("txt", "Text")))

    # -- mapping
    add("mapping", "second-object", S(T("a", "Text"), T("b", "Image"), {"name": "chc", "choices": ["x"]},
                                      mapping={"chc": "b"}))
    add("mapping", "miss", S(T("a", "Text"), {"name": "chc", "choices": ["x"]}, mapping={"other": "b"}))
    add("mapping", "empty", S(T("a", "Text"), T("chc", "Choices"), mapping={}))
    add("mapping", "null", S(T("a", "Text"), T("chc", "Choices"), mapping=None))
    add("mapping", "unknown-target", S(T("a", "Text"), T("chc", "Rating"), mapping={"chc": "nowhere"}))
    add("mapping", "null-target", S(T("a", "Text"), T("chc", "Rating"), mapping={"chc": None}))
    add("mapping", "no-object-at-all", S(T("chc", "Choices"), T("r", "Rating"), mapping={"chc": "x", "r": "y"}))
    add("mapping", "by-attr-name", S(T("a", "Text"), T("b", "Text"),
                                     T("key", "Labels", {"name": "renamed"}), mapping={"key": "a", "renamed": "b"}))
    add("mapping", "explicit-toname-wins", S(T("a", "Text"), T("c", "Number", {"toName": "a"}), mapping={"c": "zzz"}))
    add("mapping", "special-chars", S(T("a", "Text"), T("c", "Number"), mapping={"c": "a&b <\"'>"}))
    add("mapping", "many-controls", S(T("t1", "Text"), T("t2", "HyperText"), T("i", "Image"),
                                      T("c1", "Choices"), T("c2", "Labels"), T("c3", "RectangleLabels"),
                                      mapping={"c2": "t2", "c3": "i"}))

    # -- title (dict; a string is the SDK's TypeError)
    add("title", "on-object", S(T("txt", "Text"), T("chc", "Choices"), title={"txt": "Read the text"}))
    add("title", "on-control", S(T("txt", "Text"), T("chc", "Choices"), title={"chc": "Pick one"}))
    add("title", "on-both", S(T("txt", "Text"), T("chc", "Choices"), title={"chc": "B", "txt": "A"}))
    add("title", "missing-name", S(T("txt", "Text"), title={"nope": "x"}))
    add("title", "empty-dict", S(T("txt", "Text"), title={}))
    add("title", "special-chars", S(T("txt", "Text"), title={"txt": "Q&A: <\"quoted\"> it's\n\ttabbed \U0001F600 \u05e9\u05dc\u05d5\u05dd"}))
    add("title", "empty-text", S(T("txt", "Text"), title={"txt": ""}))
    add("title", "null-text", S(T("txt", "Text"), title={"txt": None}))
    add("title", "string", S(T("txt", "Text"), title="My title"))
    add("title", "empty-string", S(T("txt", "Text"), title=""))
    add("title", "by-attr-name", S(T("key", "Text", {"name": "shown"}), title={"key": "no", "shown": "yes"}))
    add("title", "duplicate-names", S(T("a", "Text", {"name": "same"}), T("b", "Image", {"name": "same"}),
                                      title={"same": "twice"}))
    add("title", "null", S(T("txt", "Text"), title=None))

    # -- style
    add("style", "one", S(T("txt", "Text"), T("chc", "Choices"), style={"txt": "padding: 10px"}))
    add("style", "several", S(T("txt", "Text"), T("chc", "Choices"), style={"chc": "display: flex", "txt": "color: red"}))
    add("style", "special-chars", S(T("txt", "Text"), style={"txt": "font-family: \"Noto\", 'Sans'; content: '<&>'\n"}))
    add("style", "missing-name", S(T("txt", "Text"), style={"x": "a"}))
    add("style", "empty-dict", S(T("txt", "Text"), style={}))
    add("style", "with-title", S(T("txt", "Text"), T("chc", "Choices"),
                                 title={"chc": "Header"}, style={"chc": "margin: 0"}))
    add("style", "null-css", S(T("txt", "Text"), style={"txt": None}))
    add("style", "all-options", S(T("t", "Text"), T("i", "Image"), {"name": "c", "choices": ["1", "2"]},
                                  {"name": "l", "labels": ["A"], "labelTag": "RectangleLabels"},
                                  mapping={"l": "i"}, title={"t": "T", "l": "L"}, style={"i": "w", "c": "x"}))

    # -- escaping: every special value in an object attribute, a control attribute, a label
    for vname, value in SPECIAL_VALUES.items():
        add("escape", vname, S(T("txt", "Text", {"placeholder": value}),
                               {"name": "chc", "choices": [value, "plain"], "attrs": {"hint": value}}))
    add("escape", "ascii-escaped-spec", S(T("txt", "Text", {"v": "\u00e9\U0001F600\u05e9"})), ascii_only=True)

    # -- characters XML does not allow
    for cname, value in INVALID_CHARS.items():
        add("invalid-char", cname, S(T("txt", "Text", {"bad": value})))
    add("invalid-char", "in-label", S(T("txt", "Text"), {"name": "c", "choices": ["ok", "bad\x02"]}))

    # -- names
    for nname, tag in [("cyrillic", "\u0422\u0435\u0433"), ("cjk", "\u540d\u524d"), ("latin1", "\u00c9l\u00e9ment"),
                       ("punct", "a-b.c_d"), ("underscore", "_x"), ("xml-prefix", "xml:Text"),
                       ("kelvin-keypoint", "\u212AeyPoint"), ("dotted-i-image", "\u0130mage"),
                       ("lower-text", "text"), ("upper-text", "TEXT")]:
        add("name-ok", nname, S(T("img", "Image"), T("t", tag)))
    for aname, attr in [("cyrillic", "\u0434\u0430\u043d\u043d\u044b\u0435"), ("xml-lang", "xml:lang"),
                        ("xml-space", "xml:space"), ("xmlfoo", "xmlfoo"), ("dash", "data-x")]:
        add("name-ok", "attr-" + aname, S(T("t", "Text", {attr: "v"})))
    for nname, tag in [("space", "na me"), ("digit", "1abc"), ("dash", "-x"), ("empty", ""), ("colon", "a:b"),
                       ("xmlns-prefix", "xmlns:a"), ("xml-digit", "xml:1"), ("emoji", "\U0001F600"),
                       ("lt", "a<b"), ("brace", "{urn:x}Text"), ("quote", "a\"b")]:
        add("name-bad", "tag-" + nname, S(T("t", tag)))
    for aname, attr in [("space", "na me"), ("digit", "1a"), ("empty", ""), ("colon", "a:b"), ("xmlns", "xmlns"),
                        ("xmlns-prefix", "xmlns:q"), ("eq", "a=b"), ("emoji", "\U0001F600"), ("trailing-colon", "xml:")]:
        add("name-bad", "attr-" + aname, S(T("t", "Text", {attr: "v"})))
    add("name-bad", "child-tag", S(T("t", "Taxonomy", {"toName": "x"}, children=["bad tag"])))
    add("name-bad", "labels-tag-type", S(T("t", "Text"), {"name": "l", "labels": ["a"], "labelTag": "Bad Labels"}))

    # -- value / name / toName defaults
    add("defaults", "value-explicit", S(T("t", "Text", {"value": "$other"})))
    add("defaults", "value-empty", S(T("t", "Text", {"value": "", "x": "1"})))
    add("defaults", "value-null", S(T("t", "Text", {"a": "1", "value": None, "b": "2"})))
    add("defaults", "value-zero", S(T("t", "Text", {"value": 0})))
    add("defaults", "value-zero-float", S(T("t", "Image", {"value": 0.0})))
    add("defaults", "value-false", S(T("t", "Audio", {"value": False})))
    add("defaults", "value-empty-list", S(T("t", "Video", {"value": []})))
    add("defaults", "value-empty-object", S(T("t", "Table", {"value": {}})))
    add("defaults", "value-on-control-kept", S(T("t", "Text"), T("c", "Choices", {"value": ""})))
    add("defaults", "value-list", S(T("t", "Text", {"value": ["$a"]})))
    add("defaults", "name-override-value-uses-key", S(T("key", "Text", {"name": "other"}), T("c", "Choices")))
    add("defaults", "name-empty", S(T("key", "Text", {"name": ""}), T("c", "Choices")))
    add("defaults", "name-null", S(T("key", "Text", {"name": None})))
    add("defaults", "name-null-control", S(T("t", "Text"), T("c", "Choices", {"name": None})))
    add("defaults", "name-first-position", S(T("t", "Text", {"name": "t", "z": "1"})))
    add("defaults", "toname-null-in-place", S(T("t", "Text"), T("c", "Choices", {"a": "1", "toName": None, "b": "2"})))
    add("defaults", "toname-empty-kept", S(T("t", "Text"), T("c", "Choices", {"toName": ""})))
    add("defaults", "toname-multi", S(T("a", "Text"), T("b", "Text"), T("c", "Pairwise", {"toName": "a,b"})))
    add("defaults", "toname-list", S(T("t", "Text"), T("c", "Choices", {"toName": ["t"]})))
    add("defaults", "first-object-wins", S(T("c", "Choices"), T("a", "Image"), T("b", "Text")))
    add("defaults", "object-after-controls", S(T("c1", "Choices"), T("c2", "TextArea"), T("a", "Audio")))
    add("defaults", "first-object-renamed", S(T("x", "Header"), T("a", "Text", {"name": "real"}), T("c", "Choices")))
    add("defaults", "non-table-tags", S(T("h", "Header", {"value": "Hello"}), T("v", "View"), T("s", "Style")))

    # -- no object tag
    add("no-object", "control-alone", S(T("c", "Choices")))
    add("no-object", "helper-alone", S({"name": "c", "choices": ["a"]}))
    add("no-object", "control-explicit-toname", S(T("c", "Choices", {"toName": "elsewhere"})))
    add("no-object", "empty-tags", S())
    add("no-object", "only-objects", S(T("a", "Text"), T("b", "Image"), T("c", "Audio")))
    add("no-object", "non-table-only", S(T("h", "Header"), T("f", "Filter")))

    # -- (tag, attrs, children) forms
    add("raw", "bare-children", S(T("t", "Text"), T("c", "Choices", {}, children=["Choice", "Choice"])))
    add("raw", "setattrs-new", S(T("t", "Text"), T("c", "Choices", {"a": "1"}, children=[{"setAttrs": {"z": "9"}}])))
    add("raw", "setattrs-in-place", S(T("t", "Text"), T("c", "Choices", {"a": "1", "b": "2"},
                                                        children=[{"setAttrs": {"a": "changed"}}])))
    add("raw", "setattrs-name-after-toname", S(T("t", "Text", {}, children=[{"setAttrs": {"name": "late"}}]),
                                               T("c", "Choices")))
    add("raw", "ignored-children", S(T("t", "Text"), T("c", "Choices", {}, children=[None, 3, True, "Choice", 1.5])))
    add("raw", "empty-children", S(T("t", "Text", {}, children=[])))
    add("raw", "child-without-attrs", S(T("t", "Text"), T("c", "Choices", {}, children=[{"tag": "Choice"}])))
    add("raw", "explicit-forms", S(T("a", "Text", form="string"), T("b", "Image", {"x": "1"}, form="pair"),
                                   T("c", "Choices", {}, form="triple")))
    add("raw", "attrs-pairs", S(T("t", "Text", [["b", "2"], ["a", "1"], ["value", "$v"]])))
    add("raw", "view-layout", S(T("layout", "View", {"style": "display:flex"}, children=[
        {"tag": "Header", "attrs": {"value": "Left"}}, {"tag": "View", "children": [{"tag": "Text", "attrs": {"name": "inner", "value": "$inner"}}]}]),
        T("c", "Choices", {"toName": "inner"}, children=[{"tag": "Choice", "attrs": {"value": "ok"}}])))
    add("raw", "labels-with-attrs", S(T("t", "Text"), T("l", "Labels", {}, children=[
        {"tag": "Label", "attrs": {"value": "PER", "background": "#ff0000", "hotkey": "p", "alias": "P"}},
        {"tag": "Label", "attrs": {"value": "ORG", "background": "rgba(0, 0, 255, 0.5)"}}])))
    add("raw", "children-special-values", S(T("t", "Text"), T("c", "Choices", {}, children=[
        {"tag": "Choice", "attrs": {"value": v}} for v in list(SPECIAL_VALUES.values())[:12]])))

    # -- LabelStudioTag instances
    add("instance", "tv4-named", S({"name": "choices", "instance": {"class": "control", "tag": "Choices", "name": "sentiment_class",
                                                                    "labels": ["Positive", "Negative", "Neutral"]}},
                                   {"name": "input", "instance": {"class": "object", "tag": "Text", "name": "message", "value": "my_text"}}))
    add("instance", "tv4-unnamed", S({"name": "choices", "instance": {"class": "control", "tag": "Choices",
                                                                      "labels": ["Positive", "Negative", "Neutral"]}},
                                     {"name": "input", "instance": {"class": "object", "tag": "Text"}}))
    add("instance", "tv5-reactcode", S({"name": "doc", "instance": {"class": "control", "tag": "ReactCode", "name": "doc", "toName": ["doc"],
                                                                    "attr": {"name": "doc", "toName": "doc", "data": "$document",
                                                                             "outputs": "{\"result\":{\"type\":\"string\"}}"}}}))
    add("instance", "toname-two", S({"name": "t", "instance": {"class": "object", "tag": "Text", "name": "t", "value": "t"}},
                                    {"name": "c", "instance": {"class": "control", "tag": "Pairwise", "name": "c", "toName": ["a", "b"]}}))
    add("instance", "lowercase-choices-label-children",
        S(T("t", "Text"), {"name": "c", "instance": {"class": "control", "tag": "choices", "labels": ["a", "b"]}}))
    add("instance", "taxonomy-choice-children",
        S(T("t", "Text"), {"name": "c", "instance": {"class": "control", "tag": "Taxonomy", "labels": ["a", "b"]}}))
    add("instance", "labels-string", S(T("t", "Text"), {"name": "c", "instance": {"class": "control", "tag": "Labels", "labels": "xy"}}))
    add("instance", "labels-empty", S(T("t", "Text"), {"name": "c", "instance": {"class": "control", "tag": "Labels", "labels": []}}))
    add("instance", "name-empty", S(T("t", "Text"), {"name": "c", "instance": {"class": "control", "tag": "Rating", "name": ""}}))
    add("instance", "object-value-empty", S({"name": "t", "instance": {"class": "object", "tag": "Image", "value": ""}}))
    add("instance", "object-parsed-value", S({"name": "t", "instance": {"class": "object", "tag": "Text", "name": "t", "value": "$text",
                                                                        "attr": {"name": "t", "value": "$text"}}}))
    add("instance", "object-attr-order", S({"name": "t", "instance": {"class": "object", "tag": "HyperText",
                                                                      "attr": {"z": "1", "value": "$h", "a": "2"}}}))
    add("instance", "generic-tags", S({"name": "p", "instance": {"class": "object", "tag": "Pdf", "value": "pdf"}},
                                      {"name": "c", "instance": {"class": "control", "tag": "Custom", "toName": ["p"]}}))
    add("instance", "control-attr-order", S(T("t", "Text"), {"name": "c", "instance": {"class": "control", "tag": "Choices",
                                                                                        "attr": {"choice": "single", "toName": "stale"},
                                                                                        "labels": ["1"]}}))

    # -- bigger configs
    add("big", "fifty-tags", S(*[T("t%02d" % i, spelled(OBJECT_TAGS[i % len(OBJECT_TAGS)])) for i in range(25)],
                               *[T("c%02d" % i, spelled(CONTROL_TAGS[i % len(CONTROL_TAGS)]), {"toName": "t%02d" % i})
                                 for i in range(25)]))
    add("big", "nested-views", S(T("v", "View", {"style": "a"}, children=[
        {"tag": "View", "children": [{"tag": "View", "children": [{"tag": "View", "children": [{"tag": "Text", "attrs": {"name": "x", "value": "$x"}}]}]}]}])))

    # -- numbers and booleans: the SDK's TypeError, ConfigBuilder's extension (extension_cases)
    add("extension", "number-attr", S(T("t", "Text"), T("r", "Rating", {"maxRating": 10, "size": 1.5})))
    add("extension", "bool-attr", S(T("t", "Text"), T("c", "Choices", {"showInline": True, "required": False})))
    add("extension", "number-value", S(T("t", "Text", {"value": 5})))
    add("extension", "number-labels", S(T("t", "Text"), {"name": "c", "choices": [1, 2.5, -3, True]}))
    add("extension", "number-taxonomy", S(T("t", "Text"), {"name": "c", "taxonomy": [1, [2, 3]]}))
    add("extension", "toname-false", S(T("t", "Text"), T("c", "Choices", {"toName": False})))
    add("extension", "number-name", S(T("t", "Text", {"name": 7}), T("c", "Choices")))
    add("extension", "number-title", S(T("t", "Text"), title={"t": 42}))
    add("extension", "number-style", S(T("t", "Text"), style={"t": 0}))
    add("extension", "number-mapping", S(T("t", "Text"), T("c", "Choices"), mapping={"c": 1e21}))
    add("extension", "negative-zero", S(T("t", "Text", {"x": -0.0, "y": 0})))
    return out


DOC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "config-spec.md")
_DOC_EXAMPLE = re.compile(r"```json spec\n(.*?)```\n```xml\n(.*?)```", re.S)


def doc_examples():
    """The ```json spec / ```xml pairs of docs/config-spec.md: (spec text, output the doc shows)."""
    with open(DOC, encoding="utf-8") as f:
        text = f.read()
    out = []
    for spec, xml in _DOC_EXAMPLE.findall(text):
        pretty = json.loads(spec).get("pretty", True)
        out.append((spec, xml if pretty else xml[:-1]))
    if not out:
        raise SystemExit("%s: no examples found" % DOC)
    return out


def main(argv):
    if len(argv) == 2 and argv[1] == "--print-name-tables":
        print(name_tables_cpp())
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2

    cases, extension_cases, ids = [], [], set()
    covered = set()
    for index, (group, name, spec, ascii_only) in enumerate(build_specs()):
        for pretty in (True, False):
            s = dict(spec)
            s["pretty"] = pretty
            text = json.dumps(s, ensure_ascii=ascii_only)
            case_id = "%04d-%s-%s-%s" % (len(cases) + len(extension_cases), group, name,
                                         "pretty" if pretty else "compact")
            assert case_id not in ids, case_id
            ids.add(case_id)
            case = {"id": case_id, "spec": text}
            out, err, defect = run_create(text)
            if err is None and defect is None:
                case["expected"] = out
                for tag in re.findall(r"<([^\s/>]+)", out):
                    covered.add(tag.lower())
            elif err is None:
                case["sdk_output"] = ascii(out)
                case["sdk_defect"] = defect
                if defect.startswith("python-repr") and '"instance"' in text:
                    fixed, ferr, fdefect = run_create(text, join_to_name=True)
                    if ferr is None and fdefect is None:
                        case["divergence_expected"] = fixed
            else:
                case["sdk_error"] = err
                ext, eerr, edefect = run_create(text, extension=True)
                if eerr is None and edefect is None:
                    case["extension_expected"] = ext
                    extension_cases.append(case)
                    continue
            if group == "extension":
                raise SystemExit("extension case %s is not an extension case: %r" % (case_id, case))
            cases.append(case)

    # The documentation's examples are cases too, and must show what the SDK really returns.
    for n, (text, shown) in enumerate(doc_examples()):
        out, err, defect = run_create(text)
        if err or defect or out != shown:
            raise SystemExit("docs/config-spec.md example %d: the SDK returns %r (%s), the doc shows %r"
                             % (n + 1, out, err or defect, shown))
        cases.append({"id": "%04d-doc-example-%d" % (len(cases) + len(extension_cases), n + 1),
                      "spec": text, "expected": out})

    parity = sum(1 for c in cases if "expected" in c)
    missing = [t for t in OBJECT_TAGS + CONTROL_TAGS if t not in covered]
    if missing:
        raise SystemExit("no successful parity case contains: %s" % ", ".join(missing))
    if parity < MIN_PARITY_CASES:
        raise SystemExit("only %d byte-parity cases (< %d)" % (parity, MIN_PARITY_CASES))

    import importlib.metadata
    corpus = {
        "generator": "tests/parity/gen_create_cases.py",
        "python": sys.version.split()[0],
        "label_studio_sdk": importlib.metadata.version("label-studio-sdk"),
        "expat": pyexpat.EXPAT_VERSION,
        "object_tags": OBJECT_TAGS,
        "control_tags": CONTROL_TAGS,
        "name_tables": name_tables(),
        "cases": cases,
        "extension_cases": extension_cases,
    }
    with open(argv[1], "w", encoding="ascii") as f:
        json.dump(corpus, f, ensure_ascii=True, indent=1)
        f.write("\n")
    counts = {}
    for c in cases:
        kind = ("expected" if "expected" in c else "sdk_error" if "sdk_error" in c
                else "divergence" if "divergence_expected" in c else "sdk_defect")
        counts[kind] = counts.get(kind, 0) + 1
    print("%s: %d cases (%s), %d extension cases" % (
        argv[1], len(cases), ", ".join("%s %d" % kv for kv in sorted(counts.items())), len(extension_cases)))
    return 0


# --------------------------------------------------------------------------------------------------
# XML name characters as expat (behind minidom, which the SDK's pretty path uses) accepts them

def _element_name(text):
    parser = pyexpat.ParserCreate(namespace_separator=" ")
    got = []
    parser.StartElementHandler = lambda name, attrs: got.append(name)
    try:
        parser.Parse(text.encode("utf-8"), True)
    except Exception:
        return None
    return got[0] if got else None


def _ranges(pred):
    out, start, prev = [], None, None
    for c in range(0x10000):
        ok = not 0xD800 <= c <= 0xDFFF and pred(chr(c))
        if ok and start is None:
            start = c
        if not ok and start is not None:
            out.append([start, prev])
            start = None
        prev = c
    if start is not None:
        out.append([start, prev])
    return out


_NAME_TABLES = None


def name_tables():
    """BMP ranges; expat accepts no name character outside the BMP (the test checks a sample)."""
    global _NAME_TABLES
    if _NAME_TABLES is None:
        start = _ranges(lambda ch: _element_name("<" + ch + "/>") == ch)
        name = _ranges(lambda ch: _element_name("<a" + ch + "/>") == "a" + ch)
        astral = [c for c in range(0x10000, 0x110000, 0x3F1)
                  if _element_name("<" + chr(c) + "/>") or _element_name("<a" + chr(c) + "/>")]
        _NAME_TABLES = {"start": start, "name": name, "astral_accepted": astral}
    return _NAME_TABLES


def name_tables_cpp():
    t = name_tables()
    lines = []
    for var, ranges in (("kNameStartChars", t["start"]), ("kNameChars", t["name"])):
        lines.append("const CharRange %s[] = {" % var)
        row = []
        for a, b in ranges:
            row.append("{ 0x%04X, 0x%04X }," % (a, b))
            if len(row) == 5:
                lines.append("    " + " ".join(row))
                row = []
        if row:
            lines.append("    " + " ".join(row))
        lines.append("};")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
