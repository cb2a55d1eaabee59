"""Reference data for lsdesk's label-config validation: what label-studio-sdk's LabelInterface says.

Run with the test venv's python:  gen_validation_cases.py OUT.json
Builds a corpus — for every control tag of control_tags._TAG_TO_CLASS a config plus valid and invalid
regions (every value rule broken once, wrong names and types, non-dict regions, scores, relations,
unicode labels), tasks against the config's variables, configs for LabelInterface.validate(), and the
json schema and sample task of every config — runs the SDK on each and records the verdict and the
exact error texts. tst_validation_parity requires lsdesk to agree.

Every input is stored as JSON text, so lsdesk reads exactly what json.loads() read here.

Strict parity is waived, explicitly and with a reason, only where the SDK does not produce a message of
its own: where Python raises inside the SDK and the text of that exception (a TypeError about an 'int'
object, ...) becomes the error. There lsdesk must fail at the same place with the same verdict and
prefix, in words of its own.
"""
import copy
import importlib.metadata
import json
import re
import sys

from label_studio_sdk.label_interface import LabelInterface
from label_studio_sdk.label_interface import control_tags
from label_studio_sdk.label_interface.object_tags import ObjectTag

LABELS = ["Good", "Bad", "Ünï 😀", "It's"]
LABEL_XML = "".join(f'<Label value="{v.replace(chr(39), "&apos;")}"/>' for v in LABELS)
CHOICE_XML = "".join(f'<Choice value="{v.replace(chr(39), "&apos;")}"/>' for v in LABELS)

# An SDK error text that is a Python exception's str() rather than a message of the SDK.
CRASH_PATTERNS = [
    (re.compile(r"^Unexpected error during validation: "), lambda m: ""),
    (re.compile(r"^(Region \d+: Error validating value for control '.*?': )"), lambda m: m.group(1)),
    (re.compile(r"^(Relation \d+: Error validating relation - )"), lambda m: m.group(1)),
]

corpus = {
    "sdk_version": importlib.metadata.version("label-studio-sdk"),
    "python_version": sys.version.split()[0],
    "configs": {},
    "region_cases": [],
    "task_cases": [],
    "config_cases": [],
    "schema_cases": [],
    "sample_cases": [],
}
_names = set()


def unique(name):
    base, n = name, 2
    while name in _names:
        name = f"{base}#{n}"
        n += 1
    _names.add(name)
    return name


def flatten(errors):
    out = []
    for e in errors:
        if isinstance(e, list):
            out.extend(flatten(e))
        else:
            out.append(e)
    return out


def classify(errors):
    """Per error: None for an SDK message, else the prefix lsdesk's replacement must keep."""
    marks = []
    for e in errors:
        mark = None
        for rx, prefix in CRASH_PATTERNS:
            m = rx.match(e)
            if m:
                mark = prefix(m)
                break
        marks.append(mark)
    return marks


def add_config(cid, xml):
    assert cid not in corpus["configs"] or corpus["configs"][cid] == xml, cid
    corpus["configs"][cid] = xml
    return cid


def dumps(value):
    return json.dumps(value, ensure_ascii=False)


def region_case(name, cid, obj, kind="prediction", regions=None, index=0, note=None):
    """kind: prediction / annotation (the object logic), region (validate_region), relation."""
    li = LabelInterface(corpus["configs"][cid])
    text = obj.text if isinstance(obj, Raw) else dumps(obj)
    value = json.loads(text)
    case = {"name": unique(name), "config": cid, "kind": kind, "input": text, "index": index}
    if note:
        case["note"] = note
    try:
        if kind == "prediction":
            errors = li.validate_prediction(value, return_errors=True)
            verdict = li.validate_prediction(value)
        elif kind == "annotation":
            errors = li._validate_object(value, return_errors=True)
            verdict = li.validate_annotation(value)
        elif kind == "region":
            errors = li.validate_region(value, return_errors=True, region_index=index)
            verdict = li.validate_region(value, region_index=index)
        elif kind == "relation":
            regs = json.loads(regions)
            case["regions"] = regions
            errors = li.validate_relation(value, regs, return_errors=True, relation_index=index)
            verdict = li.validate_relation(value, regs, relation_index=index)
        else:
            raise ValueError(kind)
    except Exception as e:  # noqa: BLE001 - recorded: the SDK raising is part of its behaviour
        case["sdk_raises"] = f"{type(e).__name__}: {e}"
        case["strict"] = False
        case["reason"] = "the SDK raises instead of returning errors"
        corpus["region_cases"].append(case)
        return case
    nested = any(isinstance(e, list) for e in errors)
    errors = flatten(errors)
    assert verdict == (not errors), (name, verdict, errors)
    case["errors"] = errors
    case["crash"] = classify(errors)
    if nested:
        case["note"] = (case.get("note", "") + " SDK returns relation errors as a nested list").strip()
    if any(m is not None for m in case["crash"]):
        case["strict"] = False
        case["reason"] = "SDK error text is a Python exception message (" + "; ".join(
            e for e, m in zip(errors, case["crash"]) if m is not None) + ")"
    else:
        case["strict"] = True
    corpus["region_cases"].append(case)
    return case


class Raw:
    """JSON given as text, for what json.dumps() never writes (a huge int, duplicate keys)."""

    def __init__(self, text):
        self.text = text


def R(frm, to, typ, value, **extra):
    r = {"from_name": frm, "to_name": to, "type": typ, "value": value}
    r.update(extra)
    return r


def pred(*regions, **extra):
    p = {"model_version": "v1", "score": 0.5, "result": list(regions)}
    p.update(extra)
    return p


# ---- configs per control tag ------------------------------------------------------------------------

def objects_xml(kind):
    """Two objects of a kind, so that a to_name outside the control's toName can be tested."""
    return {
        "text": '<Text name="txt" value="$text"/><Text name="txt2" value="$text2"/>',
        "image": '<Image name="img" value="$image"/><Image name="img2" value="$image2"/>',
        "hypertext": '<HyperText name="ht" value="$html"/><HyperText name="ht2" value="$html2"/>',
        "paragraphs": '<Paragraphs name="par" value="$dialogue"/><Paragraphs name="par2" value="$dialogue2"/>',
        "timeseries": '<TimeSeries name="ts" value="$ts" timeColumn="t"><Channel column="v"/></TimeSeries>'
                      '<TimeSeries name="ts2" value="$ts2"><Channel column="a"/><Channel column="b"/></TimeSeries>',
        "video": '<Video name="vid" value="$video"/><Video name="vid2" value="$video2"/>',
        "audio": '<Audio name="aud" value="$audio"/><Audio name="aud2" value="$audio2"/>',
        "list": '<List name="lst" value="$items"/><List name="lst2" value="$items2"/>',
    }[kind]


OBJ_NAME = {"text": "txt", "image": "img", "hypertext": "ht", "paragraphs": "par", "timeseries": "ts",
            "video": "vid", "audio": "aud", "list": "lst"}

RECT = {"x": 10, "y": 20, "width": 30, "height": 40}
VERTS = [{"x": 1, "y": 2}, {"x": 3.5, "y": 4, "id": "p2", "isBezier": False, "prevPointId": "p1"}]
VR_SEQ = [{"x": 10, "y": 10, "time": 0.5, "frame": 1, "width": 20, "height": 20}]
VV_SEQ = [{"frame": 1, "vertices": VERTS}]


def with_(base, **changes):
    v = copy.deepcopy(base)
    for k, x in changes.items():
        if x is DEL:
            v.pop(k, None)
        else:
            v[k] = x
    return v


DEL = object()

# tag -> (object kind, control XML attrs/children, label key, valid values, invalid values)
# Values are region "value" dicts. Label key None: the tag has no labels.
SPECS = {}


def spec(tag, kind, label_key, valid, invalid, children=True, attrs=""):
    SPECS[tag] = dict(kind=kind, label_key=label_key, valid=valid, invalid=invalid,
                      children=children, attrs=attrs)


def lab(base, key, labels=("Good",)):
    v = dict(base)
    v[key] = list(labels)
    return v


spec("Choices", "text", "choices",
     valid=[{"choices": ["Good"]}, {"choices": ["Good", "Bad"]}, {"choices": []}, {"choices": ["Ünï 😀"]},
            {"choices": ["It's"]}, {"chc": {"choices": ["Bad"]}}, {"choices": ["Good"], "extra": 1}],
     invalid=[{"choices": ["Meh"]}, {"choices": "Good"}, {"choices": [1]}, {"choices": None},
              {"choices": ["good"]}, {"labels": ["Good"]}, {"choices": [["Good"]]}, {"choices": 5},
              {"choices": {"Good": 1}}, {"choices": ["Good", "Meh"]}, {"chc": {"choices": ["Meh"]}}])
spec("Labels", "text", "labels",
     valid=[{"start": 0, "end": 5, "labels": ["Good"]}, {"start": 0, "end": 5, "labels": ["Good"], "text": "hello"},
            {"start": "0", "end": "5", "labels": ["Bad"]}, {"start": 1.5, "end": 2.5, "labels": []},
            {"start": True, "end": 3, "labels": ["It's"]}],
     invalid=[{"end": 5, "labels": ["Good"]}, {"start": 0, "labels": ["Good"]}, {"start": 0, "end": 5},
              {"start": 0, "end": 5, "labels": ["Meh"]}, {"start": None, "end": 5, "labels": ["Good"]},
              {"start": [1], "end": 5, "labels": ["Good"]}, {"start": 0, "end": 5, "labels": "Good"},
              {"start": 0, "end": 5, "labels": [None]}, {"start": 0, "end": {}, "labels": ["Good"]}])
BRUSH_VALID = [{"format": "rle", "rle": [1, 2, 3]}, {"rle": [0, 255]}, {"rle": ["5", True, 2.0]}]
BRUSH_INVALID = [{"format": "rle", "rle": []}, {"rle": [-1, 0, 1]}, {"rle": [0, 256, 1]}, {"rle": [1.5]},
                 {"rle": "abc"}, {"format": "rle"}, {"format": 5, "rle": [1]}, {"format": None, "rle": [1]},
                 {"rle": [None]}, {"rle": ["x"]}]
spec("Brush", "image", None, valid=BRUSH_VALID, invalid=BRUSH_INVALID, children=False)
spec("MagicWand", "image", None, valid=BRUSH_VALID[:2], invalid=BRUSH_INVALID[:4], children=False)
spec("BrushLabels", "image", "brushlabels",
     valid=[lab(v, "brushlabels") for v in BRUSH_VALID],
     invalid=[lab(v, "brushlabels") for v in BRUSH_INVALID[:5]]
     + [{"rle": [1]}, lab({"rle": [1]}, "brushlabels", ["Meh"])])
spec("Bitmask", "image", None, valid=[{"imageDataURL": "data:image/png;base64,AAA"},
                                      {"imageDataURL": "x", "format": None}],
     invalid=[{}, {"imageDataURL": 5}, {"imageDataURL": "x", "format": 5}], children=False)
spec("BitmaskLabels", "image", "bitmasklabels",
     valid=[{"imageDataURL": "x", "bitmasklabels": ["Good"]}],
     invalid=[{"imageDataURL": "x"}, {"imageDataURL": "x", "bitmasklabels": ["Meh"]}, {"bitmasklabels": ["Good"]}])
ELL = {"x": 10, "y": 10, "radiusX": 5, "radiusY": 5}
ELL_INVALID = [with_(ELL, x=101), with_(ELL, radiusX=51), with_(ELL, radiusY=50.5), with_(ELL, rotation=361),
               with_(ELL, x="abc"), with_(ELL, radiusY=DEL), with_(ELL, y=None), with_(ELL, x=float("inf"))]
ELL_VALID = [ELL, with_(ELL, rotation=360), with_(ELL, rotation=None), with_(ELL, x=-5), with_(ELL, x="50"),
             with_(ELL, x=True), with_(ELL, radiusX=50.0), with_(ELL, x=float("-inf"))]
spec("Ellipse", "image", None, valid=ELL_VALID, invalid=ELL_INVALID, children=False)
spec("EllipseLabels", "image", "ellipselabels", valid=[lab(v, "ellipselabels") for v in ELL_VALID[:4]],
     invalid=[lab(v, "ellipselabels") for v in ELL_INVALID[:4]] + [ELL, lab(ELL, "ellipselabels", ["Meh"])])
KP = {"x": 50, "y": 50}
KP_INVALID = [with_(KP, x=100.5), with_(KP, y=DEL), with_(KP, x=[1]), with_(KP, y="1e3"), with_(KP, x=float("nan"))]
spec("KeyPoint", "image", None, valid=[KP, with_(KP, x="1e2"), with_(KP, x=" 7 "), with_(KP, y=0.0)],
     invalid=KP_INVALID, children=False)
spec("KeyPointLabels", "image", "keypointlabels", valid=[lab(KP, "keypointlabels")],
     invalid=[lab(v, "keypointlabels") for v in KP_INVALID] + [KP])
VEC = {"vertices": VERTS}
VEC_INVALID = [{"vertices": "x"}, {"vertices": [{"x": 1}]}, {"vertices": [{"x": 1, "y": 2, "isBezier": "maybe"}]},
               {"vertices": [{"x": 1, "y": 2, "id": 5}]}, {"closed": "sometimes", "vertices": []}, {},
               {"vertices": [[1, 2]]}]
spec("Vector", "image", None, valid=[VEC, {"vertices": []}, {"closed": "yes", "vertices": VERTS},
                                     {"closed": None, "vertices": [{"x": "1", "y": 2, "isBezier": 1}]}],
     invalid=VEC_INVALID, children=False)
spec("VectorLabels", "image", "vectorlabels", valid=[lab(VEC, "vectorlabels")],
     invalid=[lab(v, "vectorlabels") for v in VEC_INVALID[:4]] + [VEC])
OCR = dict(RECT, ocrlabels=["Good"])
spec("OcrLabels", "image", "ocrlabels",
     valid=[OCR, with_(OCR, ocrtext="hello", pageIndex=2, rotation=5), with_(OCR, x=500, pageIndex="3")],
     invalid=[with_(OCR, pageIndex=1.5), with_(OCR, ocrtext=5), with_(OCR, ocrlabels=DEL), with_(OCR, width=DEL),
              with_(OCR, ocrlabels=["Meh"]), with_(OCR, rotation="r")])
POLY = {"points": [[1, 2], [3, 4], [5, 6]]}
POLY_INVALID = [{"points": [[1, 2, 3]]}, {"points": [[101, 0]]}, {"points": [[1]]}, {"points": "x"}, {},
                {"points": [[1, "a"]]}, {"points": [{"x": 1, "y": 2}]}]
spec("Polygon", "image", None, valid=[POLY, {"points": []}, {"points": [["1", 2.5], [-3, 100]]}],
     invalid=POLY_INVALID, children=False)
spec("PolygonLabels", "image", "polygonlabels", valid=[lab(POLY, "polygonlabels")],
     invalid=[lab(v, "polygonlabels") for v in POLY_INVALID[:4]] + [POLY])
RECT_INVALID = [with_(RECT, width=120), with_(RECT, x=-5, width=120.5), with_(RECT, height=DEL),
                with_(RECT, x=-5, height=DEL), with_(RECT, rotation=400), with_(RECT, x="abc"),
                with_(RECT, y=None), with_(RECT, x=[1]), with_(RECT, x="150"), with_(RECT, width=float("inf")),
                with_(RECT, x=float("nan"), height=DEL), {"x": 1}]
spec("Rectangle", "image", None,
     valid=[RECT, with_(RECT, rotation=0), with_(RECT, x=-5), with_(RECT, x=0, y=0, width=100, height=100),
            with_(RECT, rotation=None), with_(RECT, x="10.5"), with_(RECT, x=1e-7)],
     invalid=RECT_INVALID, children=False)
spec("RectangleLabels", "image", "rectanglelabels",
     valid=[lab(RECT, "rectanglelabels"), lab(RECT, "rectanglelabels", ["Good", "Bad"]),
            lab(RECT, "rectanglelabels", [])],
     invalid=[lab(v, "rectanglelabels") for v in RECT_INVALID[:6]]
     + [RECT, lab(RECT, "rectanglelabels", ["Meh"]), lab(with_(RECT, width=101), "rectanglelabels", ["Meh"])])
VR = {"framesCount": 10, "duration": 5, "sequence": VR_SEQ}
VR_INVALID = [with_(VR, framesCount=DEL), with_(VR, framesCount=1.5), with_(VR, duration="long"),
              with_(VR, sequence="x"), with_(VR, sequence=[with_(VR_SEQ[0], x=101)]),
              with_(VR, sequence=[with_(VR_SEQ[0], frame=1.5)]), with_(VR, sequence=[with_(VR_SEQ[0], time=DEL)])]
spec("VideoRectangle", "video", "labels", children=False,
     valid=[VR, with_(VR, sequence=[]), with_(VR, framesCount="10"), with_(VR, labels=None)],
     invalid=VR_INVALID + [with_(VR, labels=["Meh"])])
VV = {"sequence": VV_SEQ}
VV_INVALID = [{}, {"sequence": [{"vertices": VERTS}]}, {"sequence": [{"frame": 1}]},
              {"sequence": [{"frame": 1, "vertices": VERTS, "enabled": "maybe"}]},
              {"framesCount": "many", "sequence": VV_SEQ}, {"sequence": [{"frame": 1, "vertices": [{"x": 1}]}]}]
spec("VideoVector", "video", None, children=False,
     valid=[VV, {"framesCount": 3, "duration": 1.5, "sequence": VV_SEQ},
            {"sequence": [{"frame": 2, "time": None, "closed": True, "enabled": 0, "vertices": []}]}],
     invalid=VV_INVALID)
spec("VideoVectorLabels", "video", "labels",
     valid=[lab(VV, "labels"), lab(VV, "labels", ["Ünï 😀", "Bad"])],
     invalid=[lab(v, "labels") for v in VV_INVALID[:4]] + [VV, lab(VV, "labels", ["Meh"])])
spec("Number", "text", "number", children=False,
     valid=[{"number": 5}, {"number": 5.5}, {"number": "5"}, {"number": -1e300}, {"number": True},
            {"number": float("nan")}],
     invalid=[{"number": "abc"}, {"number": None}, {"number": [5]}, {}, {"num": 5}, {"number": "1,5"}])
spec("DateTime", "text", "datetime", children=False,
     valid=[{"datetime": "2024-05-07"}, {"datetime": ""}, {"datetime": "not a date"}],
     invalid=[{"datetime": 5}, {}, {"datetime": ["2024-05-07"]}, {"datetime": None}])
HT = {"start": "/div[1]", "end": "/div[2]", "startOffset": 0, "endOffset": 5, "hypertextlabels": ["Good"]}
spec("HyperTextLabels", "hypertext", "hypertextlabels",
     valid=[HT, with_(HT, startOffset=DEL, endOffset=DEL), with_(HT, startOffset=None), with_(HT, endOffset="5")],
     invalid=[with_(HT, startOffset=-1), with_(HT, endOffset=1.5), with_(HT, hypertextlabels=["Meh"]),
              with_(HT, start=DEL), with_(HT, hypertextlabels=DEL), with_(HT, startOffset="x")])
PL = {"start": "0", "end": "2", "startOffset": 1, "endOffset": 3, "paragraphlabels": ["Bad"]}
spec("ParagraphLabels", "paragraphs", "paragraphlabels",
     valid=[PL, with_(PL, start=0, end=1), with_(PL, paragraphlabels=["Good", "It's"])],
     invalid=[with_(PL, startOffset=-3), with_(PL, paragraphlabels=["Meh"]), with_(PL, end=DEL),
              with_(PL, paragraphlabels="Bad")])
spec("Pairwise", "text", "selected", children=False,
     valid=[{"selected": "left"}, {"selected": "right"}, {"selected": "middle"}],
     invalid=[{"selected": 5}, {}, {"selected": ["left"]}, {"selected": None}])
spec("Ranker", "list", None, children=False,
     valid=[{"ranker": {"rank": ["a", "b"]}}, {"ranker": {"rank": [], "bucket 2": ["c"]}}, {"ranker": {}}],
     invalid=[{"ranker": ["a", "b"]}, {"ranker": {"rank": "a"}}, {"ranker": {"rank": ["a", 5]}}, {},
              {"rank": {"ranker": ["a"]}}, {"ranker": None}])
spec("Rating", "text", "rating", children=False,
     valid=[{"rating": 3}, {"rating": 0}, {"rating": 5}, {"rating": "3"}, {"rating": True}, {"rating": 4.0}],
     invalid=[{"rating": 6}, {"rating": -1}, {"rating": 3.5}, {"rating": "abc"}, {"rating": None}, {},
              {"rating": [3]}, {"rating": "3.0"}, {"rating": float("inf")}, {"rating": float("nan")},
              {"rating": 10 ** 30}])
TAX_CHILDREN = ('<Choice value="A"><Choice value="B"/><Choice value="Ünï 😀"/></Choice>'
                '<Choice value="C"/>')
spec("Taxonomy", "text", "taxonomy",
     valid=[{"taxonomy": [["A"], ["A", "B"]]}, {"taxonomy": []}, {"taxonomy": [["A", "Ünï 😀"], ["C"]]},
            {"taxonomy": [[]]}],
     invalid=[{"taxonomy": [["Z"]]}, {"taxonomy": ["A"]}, {"taxonomy": "A"}, {"taxonomy": [[1]]},
              {"taxonomy": [[["A"]]]}, {}, {"taxonomy": None}, {"taxonomy": [["A"], "B"]}])
spec("TextArea", "text", "text", children=False,
     valid=[{"text": ["hello"]}, {"text": []}, {"text": ["a", "Ünï 😀\n\"quoted\""]}],
     invalid=[{"text": "hello"}, {"text": [1]}, {}, {"text": None}, {"text": [None]}, {"txt": ["a"]}])
TSL = {"start": 1, "end": 2, "instant": False, "timeserieslabels": ["Good"]}
spec("TimeSeriesLabels", "timeseries", "timeserieslabels",
     valid=[TSL, with_(TSL, instant="true"), with_(TSL, start="2020-01-01", end="2020-01-02", instant=1)],
     invalid=[with_(TSL, instant="maybe"), with_(TSL, instant=DEL), with_(TSL, timeserieslabels=["Meh"]),
              with_(TSL, start=DEL), with_(TSL, instant=2)])
TL = {"ranges": [{"start": 1, "end": 5}], "timelinelabels": ["Good"]}
spec("TimelineLabels", "video", "timelinelabels",
     valid=[TL, with_(TL, ranges=[{"start": 1.5, "end": "5", "enabled": False}, {"start": 0, "end": 1}])],
     invalid=[with_(TL, ranges=[]), with_(TL, ranges=DEL), with_(TL, ranges=[{"start": "x", "end": 1}]),
              with_(TL, ranges=[{"end": 1}]), with_(TL, timelinelabels=["Meh"]), with_(TL, timelinelabels=DEL),
              with_(TL, ranges=[{"start": 1, "end": 2, "enabled": "maybe"}])])


def control_config(tag, s):
    kind = s["kind"]
    obj = OBJ_NAME[kind]
    children = ""
    if s["children"]:
        children = TAX_CHILDREN if tag == "Taxonomy" else (CHOICE_XML if tag == "Choices" else LABEL_XML)
    name = {"Choices": "chc"}.get(tag, tag.lower()[:4] + "1")
    to = f"{obj}" if tag != "Pairwise" else f"{obj},{obj}2"
    ctrl = f'<{tag} name="{name}" toName="{to}"{s["attrs"]}>{children}</{tag}>'
    return name, obj, f"<View>{objects_xml(kind)}{ctrl}</View>"


GENERIC_REGION_VARIANTS = [
    ("missing-from_name", lambda r: with_(r, from_name=DEL)),
    ("missing-to_name", lambda r: with_(r, to_name=DEL)),
    ("missing-type", lambda r: with_(r, type=DEL)),
    ("missing-value", lambda r: with_(r, value=DEL)),
    ("missing-all", lambda r: {"id": "x"}),
    ("unknown-from_name", lambda r: with_(r, from_name="nope")),
    ("int-from_name", lambda r: with_(r, from_name=5)),
    ("list-from_name", lambda r: with_(r, from_name=["x"])),
    ("null-from_name-single-control", lambda r: with_(r, from_name=None)),
    ("unknown-to_name", lambda r: with_(r, to_name="nope")),
    ("null-to_name", lambda r: with_(r, to_name=None)),
    ("to_name-not-of-control", lambda r: with_(r, to_name=r["to_name"] + "2")),
    ("wrong-type", lambda r: with_(r, type="wrongtype")),
    ("uppercase-type", lambda r: with_(r, type=r["type"].upper())),
    ("type-and-to_name-wrong", lambda r: with_(r, type="x", to_name=r["to_name"] + "2")),
    ("int-type", lambda r: with_(r, type=5)),
    ("value-int", lambda r: with_(r, value=5)),
    ("value-str", lambda r: with_(r, value="abc")),
    ("value-list", lambda r: with_(r, value=[])),
    ("value-null", lambda r: with_(r, value=None)),
    ("value-true", lambda r: with_(r, value=True)),
    ("value-empty", lambda r: with_(r, value={})),
]


def build_tag_cases():
    tags_done = set()
    for tag, s in SPECS.items():
        name, obj, xml = control_config(tag, s)
        cid = add_config(f"tag-{tag}", xml)
        typ = tag.lower()
        to = obj
        for i, v in enumerate(s["valid"]):
            region_case(f"{tag}/valid-{i}", cid, pred(R(name, to, typ, v, id=f"r{i}")))
        for i, v in enumerate(s["invalid"]):
            region_case(f"{tag}/invalid-{i}", cid, pred(R(name, to, typ, v)))
        base = R(name, to, typ, s["valid"][0])
        for vname, f in GENERIC_REGION_VARIANTS:
            region_case(f"{tag}/{vname}", cid, pred(f(base)))
        # A value nested under the control's name, and the value under the label key as a string.
        region_case(f"{tag}/nested-under-name", cid, pred(R(name, to, typ, {name: s["valid"][0]})))
        if s["label_key"]:
            region_case(f"{tag}/value-is-label-key-str", cid, pred(R(name, to, typ, "x" + s["label_key"] + "x")))
            region_case(f"{tag}/value-is-list-with-label-key", cid, pred(R(name, to, typ, [s["label_key"]])))
        # direct validate_region with an index
        region_case(f"{tag}/direct-valid", cid, base, kind="region", index=3)
        region_case(f"{tag}/direct-invalid", cid, R(name, to, typ, s["invalid"][0]), kind="region", index=7)
        tags_done.add(typ)
    return tags_done


def extra_tag_configs():
    """Tags and variants the SPECS table does not cover by itself."""
    done = set()
    # Choices: multiple choice, dynamic choices (no labels), single-quoted XML (regex quirk only
    # matters for validate()), a label with quotes and a backslash.
    cid = add_config("choices-multiple", '<View><Text name="txt" value="$text"/>'
                     f'<Choices name="chc" toName="txt" choice="multiple">{CHOICE_XML}</Choices></View>')
    region_case("Choices-multiple/two", cid, pred(R("chc", "txt", "choices", {"choices": ["Good", "Bad"]})))
    region_case("Choices-multiple/meh", cid, pred(R("chc", "txt", "choices", {"choices": ["Meh"]})))
    cid = add_config("choices-dynamic", '<View><Text name="txt" value="$text"/>'
                     '<Choices name="chc" toName="txt" value="$options"/></View>')
    region_case("Choices-dynamic/any-label", cid, pred(R("chc", "txt", "choices", {"choices": ["Anything"]})))
    region_case("Choices-dynamic/unhashable-label", cid, pred(R("chc", "txt", "choices", {"choices": [["x"]]})))
    region_case("Choices-dynamic/int-label", cid, pred(R("chc", "txt", "choices", {"choices": 5})))
    cid = add_config("choices-quotes", '<View><Text name="txt" value="$text"/><Choices name="chc" toName="txt">'
                     '<Choice value="a &quot;b&quot; \'c\' \\d"/><Choice value="tab&#9;nl&#10;"/>'
                     '<Choice value="&lt;x&gt; &amp; ﻿zero-width​"/></Choices></View>')
    region_case("Choices-quotes/meh", cid, pred(R("chc", "txt", "choices", {"choices": ["Meh \\ 'q' \"dq\""]})))
    region_case("Choices-quotes/ok", cid, pred(R("chc", "txt", "choices", {"choices": ["tab\tnl\n"]})))
    region_case("Choices-quotes/control-chars", cid,
                pred(R("chc", "txt", "choices", {"choices": ["\x00\x07\x1b\x7f\x85\xa0\u2028\U0001F600\U000E0001"]})))
    # Labels split format (geometry + labels results sharing an id) and merged labels-on-geometry.
    cid = add_config("split-rect", '<View><Image name="img" value="$image"/><Rectangle name="rect" toName="img"/>'
                     f'<Labels name="lbl" toName="img">{LABEL_XML}</Labels>'
                     '<Polygon name="poly" toName="img"/><VideoVector name="vv" toName="img"/></View>')
    geo = R("rect", "img", "rectangle", RECT, id="a")
    region_case("split/rect+labels", cid, pred(geo, R("lbl", "img", "labels", dict(RECT, labels=["Good"]), id="a")))
    region_case("split/labels-bad-geometry", cid,
                pred(geo, R("lbl", "img", "labels", dict(RECT, width=200, labels=["Good"]), id="a")))
    region_case("split/labels-first", cid, pred(R("lbl", "img", "labels", dict(RECT, labels=["Good"]), id="a"), geo))
    region_case("split/labels-meh", cid, pred(geo, R("lbl", "img", "labels", dict(RECT, labels=["Meh"]), id="a")))
    region_case("split/no-id", cid, pred(with_(geo, id=DEL), R("lbl", "img", "labels", dict(RECT, labels=["Good"]))))
    region_case("split/other-id", cid, pred(geo, R("lbl", "img", "labels", dict(RECT, labels=["Good"]), id="b")))
    region_case("split/int-id-vs-float", cid,
                pred(with_(geo, id=1), R("lbl", "img", "labels", dict(RECT, labels=["Good"]), id=1.0)))
    region_case("split/polygon", cid, pred(R("poly", "img", "polygon", POLY, id="p"),
                                           R("lbl", "img", "labels", dict(POLY, labels=["Bad"]), id="p")))
    region_case("split/sibling-type-int", cid,
                pred(R("lbl", "img", "labels", dict(RECT, labels=["Good"]), id="a"), with_(geo, type=5)))
    region_case("split/sibling-not-dict", cid, pred(geo, 7, R("lbl", "img", "labels", dict(RECT, labels=["Good"]), id="a")))
    region_case("merged/rectanglelabels", cid,
                pred(R("lbl", "img", "rectanglelabels", dict(RECT, rectanglelabels=["Good"]))))
    region_case("merged/rectanglelabels-labels-key", cid,
                pred(R("lbl", "img", "rectanglelabels", dict(RECT, labels=["Good"]))))
    region_case("merged/rectanglelabels-meh", cid,
                pred(R("lbl", "img", "rectanglelabels", dict(RECT, rectanglelabels=["Meh"]))))
    region_case("merged/rectanglelabels-empty", cid,
                pred(R("lbl", "img", "rectanglelabels", dict(RECT, rectanglelabels=[]))))
    region_case("merged/rectanglelabels-bad-geometry", cid,
                pred(R("lbl", "img", "rectanglelabels", dict(RECT, x=500, rectanglelabels=["Good"]))))
    region_case("merged/rectanglelabels-unhashable", cid,
                pred(R("lbl", "img", "rectanglelabels", dict(RECT, rectanglelabels=[["Good"]]))))
    region_case("merged/videovectorlabels", cid,
                pred(R("lbl", "img", "videovectorlabels", {"sequence": VV_SEQ, "videovectorlabels": ["Good"]})))
    region_case("merged/videovectorlabels-no-labels", cid,
                pred(R("lbl", "img", "videovectorlabels", {"sequence": VV_SEQ})))
    region_case("merged/unknown-geometry", cid,
                pred(R("lbl", "img", "ellipselabels", dict(ELL, ellipselabels=["Good"]))))
    region_case("merged/value-not-dict", cid, pred(R("lbl", "img", "polygonlabels", ["x"])))
    # VideoRectangle with labels in the config: "labels" becomes mandatory.
    cid = add_config("videorectangle-labels", '<View><Video name="vid" value="$video"/>'
                     f'<VideoRectangle name="vr" toName="vid">{LABEL_XML}</VideoRectangle></View>')
    region_case("VideoRectangle-labels/with", cid, pred(R("vr", "vid", "videorectangle", dict(VR, labels=["Good"]))))
    region_case("VideoRectangle-labels/without", cid, pred(R("vr", "vid", "videorectangle", VR)))
    region_case("VideoRectangle-labels/meh", cid, pred(R("vr", "vid", "videorectangle", dict(VR, labels=["Meh"]))))
    # Rating with maxRating, and a broken maxRating.
    cid = add_config("rating-10", '<View><Text name="txt" value="$text"/>'
                     '<Rating name="rating" toName="txt" maxRating="10" required="true"/></View>')
    region_case("Rating-10/ten", cid, pred(R("rating", "txt", "rating", {"rating": 10})))
    region_case("Rating-10/eleven", cid, pred(R("rating", "txt", "rating", {"rating": 11})))
    cid = add_config("rating-broken", '<View><Text name="txt" value="$text"/>'
                     '<Rating name="rating" toName="txt" maxRating="ten"/></View>')
    region_case("Rating-broken/three", cid, pred(R("rating", "txt", "rating", {"rating": 3})))
    region_case("Rating-broken/null", cid, pred(R("rating", "txt", "rating", {"rating": None})))
    # Relations: a region typed "relations" cannot be validated by the SDK.
    cid = add_config("relations", '<View><Text name="txt" value="$text"/>'
                     f'<Labels name="lbl" toName="txt">{LABEL_XML}</Labels>'
                     '<Relations name="rel" toName="txt"><Relation value="likes"/><Relation value="hates"/></Relations></View>')
    region_case("Relations/region", cid, pred(R("rel", "txt", "relations", {"labels": ["likes"]})))
    done.add("relations")
    # Chat + ChatMessage, a Chat alone (synthesised control), ReactCode with and without value.
    cid = add_config("chat", '<View><Chat name="chat" value="$messages"/>'
                     '<ChatMessage name="msg" toName="chat"/></View>')
    CM = {"chatmessage": {"role": "user", "content": "hi"}}
    for i, v in enumerate([CM, {"chatmessage": {"role": "user", "content": "hi", "createdAt": 17, "x": 1}}]):
        region_case(f"ChatMessage/valid-{i}", cid, pred(R("msg", "chat", "chatmessage", v)))
    for i, v in enumerate([{"chatmessage": {"role": "user", "content": 5}}, {"chatmessage": {"content": "x"}},
                           {"chatmessage": {"role": "u", "content": "x", "createdAt": 1.5}}, {"chatmessage": "hi"},
                           {}, 5, {"msg": {"chatmessage": "x"}}]):
        region_case(f"ChatMessage/invalid-{i}", cid, pred(R("msg", "chat", "chatmessage", v)))
    region_case("ChatMessage/to-self", cid, pred(R("msg", "msg", "chatmessage", CM)))
    done.add("chatmessage")
    cid = add_config("chat-alone", '<View><Chat name="chat" value="$messages"/></View>')
    region_case("Chat-alone/synthesised-control", cid, pred(R("chat", "chat", "chatmessage", CM)))
    region_case("Chat-alone/bad", cid, pred(R("chat", "chat", "chatmessage", {"chatmessage": {}})))
    cid = add_config("reactcode", '<View><ReactCode name="rc" toName="rc" value="$d" '
                     'outputs="score:number(0, 10), tags:multichoices(a, b), note"/></View>')
    for i, v in enumerate([{"reactcode": {"score": 5}}, {"reactcode": {}}, {"rc": {"reactcode": {"a": [1]}}}]):
        region_case(f"ReactCode/valid-{i}", cid, pred(R("rc", "rc", "reactcode", v)))
    for i, v in enumerate([{"reactcode": [1]}, {}, {"reactcode": None}, {"reactcode": "x"}, "reactcode"]):
        region_case(f"ReactCode/invalid-{i}", cid, pred(R("rc", "rc", "reactcode", v)))
    done.add("reactcode")
    # A control tag the SDK has no class for, and Filter (never a control).
    cid = add_config("unknown-control", '<View><Text name="txt" value="$text"/><Foo name="foo" toName="txt"/>'
                     '<Filter name="flt" toName="txt"/></View>')
    region_case("Unknown/anything", cid, pred(R("foo", "txt", "foo", 5)))
    region_case("Unknown/filter", cid, pred(R("flt", "txt", "filter", {})))
    # Pairwise: to_name is the control itself in the SDK's own label(), which validation rejects.
    cid = add_config("pairwise", '<View><Text name="t1" value="$a"/><Text name="t2" value="$b"/>'
                     '<Pairwise name="pw" toName="t1,t2"/></View>')
    region_case("Pairwise/to-self", cid, pred(R("pw", "pw", "pairwise", {"selected": "left"})))
    region_case("Pairwise/to-right", cid, pred(R("pw", "t2", "pairwise", {"selected": "right"})))
    return done


LAX_FLOATS = ["1_0", "+_1", "1__0", " 5\u00a0", "\u0665", "0x10", "1e2", "inf", "-inf", "nan", "Infinity", "-0",
              ".5", "5.", "1e", "", " ", True, False, float("inf"), 10 ** 30, "9" * 30, "\x1c5", "5\u2003",
              "1_000.5_0", "1.5e-3_0"]
LAX_INTS = ["3.000", "3.", "3.5", "1_0.0", "+_1", 9.2e18, 9.3e18, -9.223372036854775808e18, "9223372036854775808",
            True, "1e3", " 7 ", "0x1", "-0", "+7", "3.0_0", 2.0 ** 62, "١", "7\u3000", None]
LAX_BOOLS = ["yes", "YES", "y", "on", "2", 2, 1.0, 0.5, " true", "t", "f", "n", "no", "off", "0", "1", "True",
             "tRuE", "", -0.0, None]


def build_lax_cases():
    """pydantic's lax coercions decide verdicts: numeric strings, bools as numbers, floats as ints."""
    for i, x in enumerate(LAX_FLOATS):
        region_case(f"lax/float-{i}", "tag-Rectangle", pred(R("rect1", "img", "rectangle", with_(RECT, x=x))))
        region_case(f"lax/span-{i}", "tag-Labels",
                    pred(R("labe1", "txt", "labels", {"start": x, "end": 1, "labels": ["Good"]})))
    for i, x in enumerate(LAX_INTS):
        region_case(f"lax/int-{i}", "tag-VideoRectangle",
                    pred(R("vide1", "vid", "videorectangle", with_(VR, sequence=[with_(VR_SEQ[0], frame=x)]))))
        region_case(f"lax/rating-{i}", "tag-Rating", pred(R("rati1", "txt", "rating", {"rating": x})))
    for i, x in enumerate(LAX_BOOLS):
        region_case(f"lax/bool-{i}", "tag-VideoVector",
                    pred(R("vide1", "vid", "videovector", {"sequence": [dict(VV_SEQ[0], closed=x)]})))


def build_object_cases():
    cid = add_config("simple", '<View><Text name="to_name" value="$var"/>'
                     '<Choices name="from_name" toName="to_name"><Choice value="yes"/><Choice value="no"/></Choices></View>')
    good = R("from_name", "to_name", "choices", {"choices": ["yes"]})
    bad = R("from_name", "to_name", "choices", {"choices": ["Meh"]})
    # TV11
    region_case("TV11/region-valid", cid, good, kind="region")
    region_case("TV11/region-wrong-from", cid, with_(good, from_name="wrong_name"), kind="region")
    region_case("TV11/region-wrong-class", cid, with_(good, value={"choices": "WRONG_CLASS"}), kind="region")
    region_case("TV11/region-missing-choices", cid, with_(good, value={}), kind="region")
    region_case("TV11/prediction", cid, {"model_version": "0.10", "score": "0.10", "result": [good]})
    # result / score / object shape
    objs = {
        "no-result": {"score": 0.5}, "result-str": {"result": "x"}, "result-dict": {"result": {}},
        "result-null": {"result": None}, "result-empty": {"result": []},
        "not-dict-list": [], "not-dict-list-with-result": ["result"], "not-dict-str": "abc",
        "not-dict-str-with-result": "my result", "not-dict-int": 5, "not-dict-null": None,
        "region-int": {"result": [5]}, "region-str": {"result": ["abc"]}, "region-null": {"result": [None]},
        "region-list": {"result": [[1, "a"]]}, "region-float": {"result": [1.5]}, "region-bool": {"result": [True]},
        "mixed": {"result": [good, bad, 3, with_(good, from_name="x"), good]},
        "abort-on-int-type": {"result": [bad, with_(good, type=5), bad]},
        "abort-on-null-type": {"result": [with_(good, type=None), bad]},
    }
    for n, o in objs.items():
        region_case(f"object/{n}", cid, o)
    for n, score in {"0.5": 0.5, "str-0.5": "0.5", "1.5": 1.5, "-0.1": -0.1, "abc": "abc", "null": None,
                     "true": True, "list": [1], "int-1": 1, "int-2": 2, "str-ws": "  0.7 ", "underscore": "0_5",
                     "nan": "nan", "inf": float("inf"), "1e400": "1e400", "huge-int": 10 ** 400,
                     "dict": {"a": 1}, "1e-7": 1e-7, "neg-zero": -0.0, "1.0000001": 1.0000001,
                     "big": 1e22, "arabic-digit": "٠.٥"}.items():
        region_case(f"score/{n}", cid, {"score": score, "result": [good]})
    region_case("annotation/valid", cid, {"completed_by": 1, "result": [good]}, kind="annotation")
    region_case("annotation/invalid", cid, {"completed_by": 1, "result": [bad, 5]}, kind="annotation")
    region_case("annotation/not-dict", cid, 7, kind="annotation")
    region_case("annotation/score-ignored-type", cid, {"score": "x", "result": []}, kind="annotation")
    # unicode and odd names in messages
    region_case("names/unicode-from", cid, pred(with_(good, from_name="ünï 😀 'q'")))
    region_case("names/quotes-to", cid, pred(with_(good, to_name='a "b" \'c\'')))
    region_case("names/float-from", cid, pred(with_(good, from_name=1.0)))
    region_case("names/dict-to", cid, pred(with_(good, to_name={"a": [1, None, True]})))
    region_case("values/repr-mix", cid, pred(with_(good, value={"choices": ["Meh"], "n": [1, 1.0, 1e16, 1e-5, -0.0,
                                                                                          None, True, False, 10 ** 20,
                                                                                          float("nan"), float("-inf")],
                                                               "s": "\\'\"\t", "d": {}})))
    region_case("values/str-value-got", cid, pred(with_(good, value="no-choices-here")))
    region_case("raw/duplicate-keys", cid, Raw('{"result": 5, "score": 0.1, "result": [{"from_name": "from_name", '
                                               '"to_name": "to_name", "type": "choices", "value": {"choices": ["no"], '
                                               '"choices": ["Meh"]}}]}'))
    region_case("raw/lone-surrogate", cid, Raw('{"result": [{"from_name": "from_name", "to_name": "to_name", '
                                               '"type": "choices", "value": {"choices": ["\\ud800", "x\\udfff"]}}]}'))
    region_case("raw/huge-numbers", cid, Raw('{"result": [{"from_name": "from_name", "to_name": "to_name", '
                                             '"type": "choices", "value": {"n": [1e400, -1e400, 1E-400, 1' + '0' * 60 +
                                             ', -0, 0.10000000000000001, 5e-324, 1.0e+16]}}]}'))
    region_case("raw/whitespace", cid, Raw(' \n\t{ "result" :[ ] , "score" : 1 }\r\n '))
    # relations
    cid2 = add_config("relations-ner", '<View><Text name="txt" value="$text"/>'
                      f'<Labels name="lbl" toName="txt">{LABEL_XML}</Labels>'
                      '<Relations name="rel" toName="txt"><Relation value="likes"/></Relations></View>')
    a = R("lbl", "txt", "labels", {"start": 0, "end": 3, "labels": ["Good"]}, id="a")
    b = R("lbl", "txt", "labels", {"start": 4, "end": 6, "labels": ["Bad"]}, id="b")
    broken = R("lbl", "txt", "labels", {"start": 4, "end": 6, "labels": ["Meh"]}, id="c")
    rel = {"type": "relation", "from_id": "a", "to_id": "b", "direction": "right"}
    rels = {
        "ok": [a, b, rel], "ok-bi-labels": [a, b, with_(rel, direction="bi", labels=["likes"])],
        "ok-first": [rel, a, b], "direction-up": [a, b, with_(rel, direction="up")],
        "direction-missing": [a, b, with_(rel, direction=DEL)], "direction-null": [a, b, with_(rel, direction=None)],
        "direction-list": [a, b, with_(rel, direction=["left"])],
        "from-missing": [a, b, with_(rel, from_id=DEL)], "to-unknown": [a, b, with_(rel, to_id="zzz")],
        "to-invalid-region": [a, broken, with_(rel, to_id="c")], "both-missing": [a, b, {"type": "relation"}],
        "int-ids": [with_(a, id=1), with_(b, id=2), with_(rel, from_id=1.0, to_id=True)],
        "id-str-vs-int": [with_(a, id="1"), b, with_(rel, from_id=1)],
        "region-without-id": [with_(a, id=DEL), b, rel],
        "unhashable-region-id": [with_(a, id=["a"]), b, rel],
        "unhashable-from-id": [a, b, with_(rel, from_id=["a"])],
        "unhashable-to-id": [a, b, with_(rel, to_id={"x": 1})],
        "two-relations": [a, b, with_(rel, direction="x"), with_(rel, from_id="q")],
        "relation-and-bad-region": [bad, a, b, with_(rel, direction="left")],
    }
    for n, result in rels.items():
        region_case(f"relations/{n}", cid2, {"result": result})
    regions = dumps([a, b])
    for n, r in {"ok": rel, "missing-type": with_(rel, type=DEL), "wrong-type": with_(rel, type="rel"),
                 "empty": {}, "all-wrong": {"type": 5, "direction": 1, "from_id": None, "to_id": 2.5},
                 "unhashable": with_(rel, from_id=[1])}.items():
        region_case(f"relation-direct/{n}", cid2, r, kind="relation", regions=regions, index=4)


def build_task_cases():
    def task_case(name, cid, task, expected_note=None):
        li = LabelInterface(corpus["configs"][cid])
        text = task.text if isinstance(task, Raw) else dumps(task)
        case = {"name": unique(name), "config": cid, "input": text}
        try:
            case["valid"] = bool(li.validate_task(json.loads(text)))
            case["strict"] = True
        except Exception as e:  # noqa: BLE001
            case["sdk_raises"] = f"{type(e).__name__}: {e}"
            case["strict"] = False
            value = json.loads(text)
            if isinstance(value, dict) and ("annotations" in value or "predictions" in value):
                # validate_task calls validate_annotation() / validate_prediction() without their
                # argument. lsdesk validates them; the expected verdict is computed from the SDK's parts.
                data_ok = li.validate_task({"data": value.get("data", {})})
                parts_ok = all(li.validate_annotation(a) for a in value.get("annotations") or []) and all(
                    li.validate_prediction(p) for p in value.get("predictions") or [])
                case["valid"] = bool(data_ok and parts_ok)
                case["reason"] = ("SDK crashes: validate_task() calls validate_annotation()/validate_prediction() "
                                  "without the object; expected verdict built from validate_task(data) and "
                                  "validate_annotation/validate_prediction of each item")
            elif any(o.value is None for o in li.objects):
                # Chat/ReactCode twins without a value: ObjectTag.value_is_variable raises on None.
                # Such an object reads no task field, so lsdesk skips it.
                data = value.get("data") if isinstance(value, dict) else None
                case["valid"] = all(isinstance(data, dict) and data.get(o.value_name) is not None
                                    for o in li.objects if o.value is not None and o.value_is_variable)
                case["reason"] = ("SDK crashes: value_is_variable of an object twin whose value is None; "
                                  "lsdesk skips objects that read no task field")
            else:
                case["valid"] = False
                case["reason"] = "SDK crashes on a task of this shape; lsdesk reports it invalid"
        corpus["task_cases"].append(case)

    cid = "simple"
    task_case("TV11/task-valid", cid, {"data": {"var": "value"}})
    task_case("TV11/task-invalid", cid, {"data": {"wrong_var": "value"}})
    task_case("task/null-value", cid, {"data": {"var": None}})
    task_case("task/empty-string", cid, {"data": {"var": ""}})
    task_case("task/zero", cid, {"data": {"var": 0}})
    task_case("task/no-data", cid, {"var": "x"})
    task_case("task/data-list", cid, {"data": ["var"]})
    task_case("task/not-dict", cid, ["data"])
    task_case("task/with-annotations", cid, {"data": {"var": "x"}, "annotations": [
        {"result": [R("from_name", "to_name", "choices", {"choices": ["yes"]})]}]})
    task_case("task/with-bad-prediction", cid, {"data": {"var": "x"}, "predictions": [{"result": [5]}]})
    for tag in SPECS:
        cid = f"tag-{tag}"
        li = LabelInterface(corpus["configs"][cid])
        full = {o.value_name: "x" for o in li.objects if o.value_is_variable}
        task_case(f"task/{tag}-full", cid, {"data": full})
        first = sorted(full)[0]
        task_case(f"task/{tag}-missing-{first}", cid, {"data": with_(full, **{first: DEL})})
    cid = add_config("task-vars", '<View><Text name="a" value="$a"/><Image name="b" valueList="$b"/>'
                     '<Text name="c" value="literal text"/><Text name="d" value="$x, $y"/><Header value="$title"/>'
                     '<HyperText name="e" value="$nested.key"/></View>')
    task_case("task-vars/all", cid, {"data": {"a": 1, "b": [], "nested.key": "x"}})
    task_case("task-vars/missing-nested", cid, {"data": {"a": 1, "b": [], "nested": {"key": "x"}}})
    task_case("task-vars/no-objects-needed", "unknown-control", {"data": {"text": "x"}})
    task_case("task-vars/chat", "chat", {"data": {"messages": []}})
    task_case("task-vars/reactcode", "reactcode", {"data": {"d": {}}})
    cid = add_config("reactcode-no-value", '<View><ReactCode name="rc" toName="rc" data="$d"/></View>')
    task_case("task-vars/reactcode-no-value", cid, {"data": {"d": 1}})


CONFIG_CASES = {
    "valid-simple": '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice value="a"/></Choices></View>',
    "non-unique": '<View><Text name="to_name" value="$t"/><Text name="to_name" value="$u"/>'
                  '<Choices name="from_name" toName="to_name"><Choice value="a"/></Choices></View>',
    "toname-missing": '<View><Text name="to_name" value="$t"/>'
                      '<Choices name="from_name" toName="another_to_name"><Choice value="a"/></Choices></View>',
    "toname-one-of-two-missing": '<View><Text name="b" value="$t"/><Text name="a" value="$u"/>'
                                 '<Labels name="l" toName="a,zz"><Label value="x"/></Labels></View>',
    "toname-single-quoted-name": "<View><Text name='t' value='$t'/><Choices name=\"c\" toName=\"t\"><Choice value=\"a\"/></Choices></View>",
    "toname-unicode-sort": '<View><Text name="é" value="$t"/><Text name="z" value="$u"/><Text name="😀" value="$v"/>'
                           '<Text name="ﬀ" value="$w"/><Text name="A" value="$x"/><Choices name="c" toName="q"><Choice value="a"/></Choices></View>',
    "name-in-comment": '<View><!-- name="t" --><Text name="t" value="$t"/></View>',
    "name-in-attribute": '<View><Header value=\'name="h"\'/><Text name="h" value="$t"/></View>',
    "whenTagName-not-counted": '<View><Text name="t" value="$t"/><Labels name="l" toName="t" whenTagName="x"><Label value="a"/></Labels></View>',
    "choices-no-name": '<View><Text name="t" value="$t"/><Choices toName="t"><Choice value="a"/></Choices></View>',
    "choices-no-toname": '<View><Text name="t" value="$t"/><Choices name="c"><Choice value="a"/></Choices></View>',
    "choices-no-children": '<View><Text name="t" value="$t"/><Choices name="c" toName="t"/></View>',
    "choices-view-children": '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><View><Choice value="a"/></View></Choices></View>',
    "choices-value-attr": '<View><Text name="t" value="$t"/><Choices name="c" toName="t" value="$opts"/></View>',
    "choices-numeric-name": '<View><Text name="t" value="$t"/><Choices name="1" toName="t"><Choice value="a"/></Choices></View>',
    "choices-bool-toname": '<View><Text name="true" value="$t"/><Choices name="c" toName="true"><Choice value="a"/></Choices></View>',
    "two-choices-one-empty": '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice value="a"/></Choices>'
                             '<Choices name="d" toName="t"/></View>',
    "two-choices-single-choice": '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice value="a"/></Choices>'
                                 '<Choices name="d" toName="t"><Choice value="b"/></Choices></View>',
    "choice-without-value": '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice alias="a"/></Choices></View>',
    "choice-numeric-text": '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice value="a">12</Choice></Choices></View>',
    "labels-no-children": '<View><Text name="t" value="$t"/><Labels name="l" toName="t"/></View>',
    "labels-no-name": '<View><Text name="t" value="$t"/><Labels toName="t"><Label value="a"/></Labels></View>',
    "two-labels-one-bad": '<View><Text name="t" value="$t"/><Labels name="l" toName="t"><Label value="a"/></Labels>'
                          '<Labels name="m"><Label value="b"/></Labels></View>',
    "label-without-value": '<View><Text name="t" value="$t"/><Labels name="l" toName="t"><Label/><Label value="b"/></Labels></View>',
    "image-no-value": '<View><Image name="i"/></View>',
    "image-no-name": '<View><Image value="$i"/></View>',
    "image-valuelist": '<View><Image name="i" valueList="$images"/></View>',
    "image-value-and-valuelist": '<View><Image name="i" value="$i" valueList="$images"/></View>',
    "two-images-one-bad": '<View><Image name="i" value="$i"/><Image name="j"/></View>',
    "text-numeric-value": '<View><Text name="t" value="5"/></View>',
    "hypertext-no-name": '<View><HyperText value="$h"/></View>',
    "textarea-no-toname": '<View><Text name="t" value="$t"/><TextArea name="ta"/></View>',
    "textarea-numeric-name": '<View><Text name="t" value="$t"/><TextArea name="2" toName="t"/></View>',
    "number-no-name": '<View><Text name="t" value="$t"/><Number toName="t"/></View>',
    "nested-view-choices-bad": '<View><View><Text name="t" value="$t"/><Choices name="c"/></View></View>',
    "nested-views-list": '<View><View><Text name="t" value="$t"/></View><View><Choices name="c" toName="t"/></View></View>',
    "view-text-content": '<View>123<Text name="t" value="$t"/></View>',
    "root-not-view": '<Root><Choices name="c"/></Root>',
    "video-speeds-ok": '<View><Video name="v" value="$v" defaultPlaybackSpeed="1" minPlaybackSpeed="0.5"/></View>',
    "video-speed-too-high": '<View><Video name="v" value="$v" defaultPlaybackSpeed="12"/></View>',
    "video-speed-not-number": '<View><Video name="v" value="$v" minPlaybackSpeed="fast"/></View>',
    "video-min-above-default": '<View><Video name="v" value="$v" defaultPlaybackSpeed="2" minPlaybackSpeed="3"/></View>',
    "video-all-wrong": '<View><Video name="v" value="$v" defaultPlaybackSpeed="0" minPlaybackSpeed="nan"/>'
                       '<Video name="w" value="$w" defaultplaybackspeed="1e400" minPlaybackSpeed="  "/></View>',
    "video-speed-lowercase": '<View><Video name="v" value="$v" defaultplaybackspeed="0.01"/></View>',
    "video-speed-underscore": '<View><Video name="v" value="$v" defaultPlaybackSpeed="1_0"/></View>',
    "video-speed-inf": '<View><Video name="v" value="$v" minPlaybackSpeed="-inf"/></View>',
    "not-xml": '<View><Text name="t" value="$t"></View>',
    "comment-task": '<!-- {"data": {"t": "hi"}} --><View><Text name="t" value="$t"/></View>',
    "pairwise-one-toname": '<View><Text name="t" value="$t"/><Pairwise name="p" toName="t"/></View>',
    "unique-unicode-prefix": '<View><Text name="t" value="$t"/><Foo éname="t" xname="t"/><Bar\nname="u"/></View>',
    "toname-counts-xname": '<View><Text xname="q" name="t" value="$t"/><Choices name="c" toName="q"><Choice value="a"/></Choices></View>',
    "name-float": '<View><Text name="t" value="$t"/><Choices name="1.5" toName="t"><Choice value="a"/></Choices></View>',
    "name-underscore-int": '<View><Text name="t" value="$t"/><Labels name="1_0" toName="t"><Label value="a"/></Labels></View>',
    "name-nan-stays-str": '<View><Text name="nan" value="$t"/><Choices name="c" toName="nan"><Choice value="a"/></Choices></View>',
    "name-entity": '<View><Text name="a&amp;b" value="$t"/><Choices name="c" toName="a&amp;b"><Choice value="a"/></Choices></View>',
    "name-with-spaces-int": '<View><Text name="t" value="$t"/><TextArea name=" 7 " toName="t"/></View>',
    "choice-cdata-text": '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice value="a"><![CDATA[ 3 ]]></Choice></Choices></View>',
    "choice-text-after-comment": '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice value="a"><!-- x -->5</Choice></Choices></View>',
    "choices-nested-choices": '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><View><Choices name="d" toName="t"><Choice value="x"/></Choices></View></Choices></View>',
    "labels-with-view": '<View><Text name="t" value="$t"/><Labels name="l" toName="t"><View><Label value="a"/></View></Labels></View>',
    "three-views-one-bad": '<View><View><Image name="i" value="$i"/></View><View/><View><Image name="j"/></View></View>',
    "label-outside-control": '<View><Text name="t" value="$t"/><Label value="x"/><Label/></View>',
    "view-label-true": '<View><Text name="t" value="$t"/><Choice value="true"/><Choice/></View>',
    "number-numeric-toname": '<View><Text name="5" value="$t"/><Number name="n" toName="5"/></View>',
    "image-value-number": '<View><Image name="i" value="12"/></View>',
    "image-valuelist-number": '<View><Image name="i" valueList="12"/></View>',
    "text-list-one-bad": '<View><Text name="a" value="$a"/><Text name="b"/><Text value="$c"/></View>',
    "hypertext-valuelist-bool": '<View><HyperText name="h" valueList="true"/></View>',
    "textarea-list": '<View><Text name="t" value="$t"/><TextArea name="a" toName="t"/><TextArea toName="t"/></View>',
}


def build_config_cases():
    for name, xml in CONFIG_CASES.items():
        case = {"name": unique(f"config/{name}"), "config": xml}
        try:
            li = LabelInterface(xml)
        except Exception as e:  # noqa: BLE001
            case.update(sdk_raises=f"{type(e).__name__}: {e}", valid=False, strict=False,
                        reason="the SDK cannot parse the config (lsdesk reports its own XML error)")
            corpus["config_cases"].append(case)
            continue
        try:
            li.validate()
            case.update(valid=True, errors=[], strict=True)
        except Exception as e:  # noqa: BLE001
            if type(e).__name__ == "LabelStudioValidationErrorSentryIgnored":
                case.update(valid=False, errors=str(e).split("\n"), strict=True)
                if "OrderedDict(" in str(e) and sys.version_info[:2] != (3, 11):
                    # lsdesk prints CPython 3.11's OrderedDict([(k, v)]) repr; 3.12 changed it.
                    case.update(strict=False, reason="OrderedDict repr differs from CPython 3.11's")
            else:
                case.update(sdk_raises=f"{type(e).__name__}: {e}", valid=False, strict=False,
                            reason="validate() crashes inside the SDK")
        corpus["config_cases"].append(case)
        if "not-xml" not in name:
            add_config(f"cfg-{name}", xml)


def random_columns(li, secure):
    """TimeSeries value columns hold numpy random numbers: the test compares their shape only."""
    out = {}
    for o in li.objects:
        if type(o).__name__ == "TimeSeriesTag" and not (secure or o.value_type == "url"):
            out[o.value_name] = o.attr.get("timeColumn", "time")
    return out


def build_schema_and_sample_cases():
    for cid, xml in list(corpus["configs"].items()):
        li = LabelInterface(xml)
        case = {"name": unique(f"schema/{cid}"), "config": cid}
        try:
            case["json"] = json.dumps(li.to_json_schema())
            case["strict"] = True
        except Exception as e:  # noqa: BLE001
            case.update(sdk_raises=f"{type(e).__name__}: {e}", strict=False,
                        reason="to_json_schema() raises in the SDK; lsdesk reports why")
        corpus["schema_cases"].append(case)
        for mode, secure in (("upload", False), ("upload", True), ("editor_preview", False)):
            case = {"name": unique(f"sample/{cid}/{mode}{'-secure' if secure else ''}"), "config": cid,
                    "mode": mode, "secure": secure}
            try:
                case["json"] = json.dumps(li.generate_sample_task(mode=mode, secure_mode=secure))
                case["random"] = random_columns(li, secure)
                case["strict"] = True
            except Exception as e:  # noqa: BLE001
                case.update(sdk_raises=f"{type(e).__name__}: {e}", strict=False,
                            reason="generate_sample_task() raises in the SDK; lsdesk reports why")
            corpus["sample_cases"].append(case)


SCHEMA_CONFIGS = {
    # TV12
    "tv12-choices": '<View><Text name="doc" value="$doc"/><Choices name="sentiment" toName="doc">'
                    '<Choice value="Positive"/><Choice value="Negative"/><Choice value="Neutral"/></Choices></View>',
    "tv12-choices-multiple": '<View><Text name="doc" value="$doc"/><Choices name="sentiment" toName="doc" choice="multiple">'
                             '<Choice value="Positive"/><Choice value="Negative"/><Choice value="Neutral"/></Choices></View>',
    "tv12-rating-taxonomy": '<View><Text name="txt" value="$t"/><Rating name="rating" toName="txt" maxRating="10" required="true"/>'
                            '<Taxonomy name="taxonomy" toName="txt" required="TRUE"><Choice value="A"><Choice value="B"/></Choice></Taxonomy>'
                            '<Number name="num" toName="txt" min="0" max="100"/><TextArea name="reasoning" toName="document"/>'
                            '<Text name="document" value="$d"/></View>',
    "number-bounds": '<View><Text name="txt" value="$t"/><Number name="a" toName="txt" min="x" max=" 1e3 "/>'
                     '<Number name="b" toName="txt" min="-inf" max="nan"/><Number name="c" toName="txt" min="1_5"/></View>',
    "reactcode-outputs": '<View><ReactCode name="a" toName="a" value="$a" outputs=\'{"result": {"type": "string"}, "n": 1.0}\'/>'
                         '<ReactCode name="b" toName="b" value="$b" outputs=\'{"type": "object", "properties": {"x": {"type": "integer"}}}\'/>'
                         '<ReactCode name="c" toName="c" value="$c" outputs=\'{"type": "array", "items": {"type": "number"}}\'/>'
                         '<ReactCode name="d" toName="d" value="$d" outputs="f1, f2;f3|f4&#9;f5&#10;f6"/>'
                         '<ReactCode name="e" toName="e" value="$e" outputs="r:rating(), s:rating(7), m:multichoices(x, , y), '
                         'c:choices( p , q ), n:number(, 5), n2:number(1.5), u:unknown(a), bare(x), :choices(a), f1, f1:number(2,3)"/>'
                         '<ReactCode name="f" toName="f" value="$f" outputs="{not json, x"/>'
                         '<ReactCode name="g" toName="g" value="$g" outputs="  "/><ReactCode name="h" toName="h" value="$h"/></View>',
    "reactcode-bad-number": '<View><ReactCode name="a" toName="a" value="$a" outputs="n:number(low, 5)"/></View>',
    "reactcode-bad-rating": '<View><ReactCode name="a" toName="a" value="$a" outputs="n:rating(5.5)"/></View>',
    "ranker": '<View><List name="lst" value="$items"/><Ranker name="rank" toName="lst"/></View>',
    "dup-controls": '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice value="a"/></Choices>'
                    '<Labels name="c" toName="t"><Label value="b"/></Labels></View>',
    "rating-big": '<View><Text name="t" value="$t"/><Rating name="r" toName="t" maxRating=" +0012345678901234567890 "/></View>',
}

SAMPLE_CONFIGS = {
    "objects-all": '<View><Text name="a" value="$text"/><Text name="u" value="$url" valueType="url"/>'
                   '<Image name="b" value="$image"/><Audio name="c" value="$audio"/><Video name="d" value="$video"/>'
                   '<HyperText name="e" value="$html"/><HyperText name="e2" value="video"/><List name="f" value="$items"/>'
                   '<Table name="g" value="$table"/><Chat name="h" value="$chat"/>'
                   '<Paragraphs name="i" value="$dialogue" nameKey="speaker" textKey=""/>'
                   '<Paragraphs name="i2" value="$d2" namekey="k" textKey="k"/></View>',
    "generic-objects": '<View><Pdf name="p" value="$pdf"/><Header name="h" value="$title"/>'
                       '<Website name="w" value="website"/><TextRaw name="r" value="$r"/><Foo name="f" value="$f"/>'
                       '<AudioPlus name="ap" value="$ap"/></View>',
    "generic-labels-object": '<View><FooLabels name="x" value="$x"/></View>',
    "generic-choices-object": '<View><Choices name="x" value="$x" allowNested="true"/></View>',
    "timeseries": '<View><TimeSeries name="ts" value="$ts" timeColumn="when" sep=";"><Channel column="a"/>'
                  '<!-- c --><Channel column="b c"/><channel column="x"/></TimeSeries>'
                  '<TimeSeries name="ts2" value="$ts2" timeFormat="abc"><Channel column="z"/></TimeSeries></View>',
    "timeseries-timeformat": '<View><TimeSeries name="ts" value="$ts" timeFormat="%Y-%m-%d"><Channel column="a"/></TimeSeries></View>',
    "timeseries-no-column": '<View><TimeSeries name="ts" value="$ts"><Channel/></TimeSeries></View>',
    "paragraphs-url": '<View><Paragraphs name="p" value="$p" valueType="url" nameKey="a b&amp;c"/></View>',
    "same-value-name": '<View><Text name="a" value="$x"/><Image name="b" value="$x"/><Text name="c" value="$y"/></View>',
    "text-valuelist": '<View><Image name="a" valueList="$imgs"/><Text name="t" value="$t" valuetype="url"/></View>',
}


def main():
    out = sys.argv[1]
    tags = build_tag_cases() | extra_tag_configs()
    build_object_cases()
    build_lax_cases()
    build_task_cases()
    build_config_cases()
    for name, xml in SCHEMA_CONFIGS.items():
        add_config(f"schema-{name}", xml)
    for name, xml in SAMPLE_CONFIGS.items():
        add_config(f"sample-{name}", xml)
    build_schema_and_sample_cases()
    # TV12, as the reference documents it (key order aside).
    li = LabelInterface(corpus["configs"]["schema-tv12-choices"])
    assert li.to_json_schema() == {"type": "object", "properties": {"sentiment": {
        "type": "string", "description": "Choices for doc", "enum": ["Positive", "Negative", "Neutral"]}},
        "required": []}
    li = LabelInterface(corpus["configs"]["schema-tv12-rating-taxonomy"])
    schema = li.to_json_schema()
    assert schema["properties"]["rating"] == {"type": "integer", "description": "Rating for txt (0 to 10)",
                                              "minimum": 0, "maximum": 10}
    assert schema["required"] == ["rating", "taxonomy"]
    assert schema["properties"]["num"] == {"type": "number", "description": "Number for txt",
                                           "minimum": 0.0, "maximum": 100.0}
    assert schema["properties"]["reasoning"] == {"oneOf": [{"type": "string"}, {"type": "array", "items": {
        "type": "string"}}], "description": "Text or list of texts for document"}
    # TV15: SIMPLE_CONF's sample task
    li = LabelInterface(corpus["configs"]["simple"])
    assert li.generate_sample_task() == {"var": "To have faith is to trust yourself to the water"}

    missing = {t for t in control_tags._TAG_TO_CLASS} - tags
    assert not missing, f"control tags without region cases: {sorted(missing)}"
    n = len(corpus["region_cases"])
    assert n >= 400, n
    with open(out, "w", encoding="utf-8") as f:
        json.dump(corpus, f, ensure_ascii=False, indent=1)
    strict = sum(1 for c in corpus["region_cases"] if c["strict"])
    excluded = {}
    for section in ("region_cases", "task_cases", "config_cases", "schema_cases", "sample_cases"):
        for c in corpus[section]:
            if not c.get("strict", True):
                key = re.sub(r"\(.*", "", c.get("reason", ""))
                excluded[(section, key)] = excluded.get((section, key), 0) + 1
    for (section, reason), count in sorted(excluded.items()):
        print(f"  non-strict {section}: {count} x {reason}")
    print(f"{n} region cases ({strict} strict), {len(corpus['task_cases'])} task cases, "
          f"{len(corpus['config_cases'])} config cases, {len(corpus['schema_cases'])} schemas, "
          f"{len(corpus['sample_cases'])} sample tasks -> {out}")


if __name__ == "__main__":
    main()
