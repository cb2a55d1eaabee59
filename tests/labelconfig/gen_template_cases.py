"""Reference data for the label-config parser: the Python SDK's view of every labeling template shipped
inside the installed `label-studio` package, plus hand-written edge cases.

Run with the test venv's python:  gen_template_cases.py OUT.json
For each config it records parse_config() (the server's parsed_label_config) and LabelInterface's
controls / objects / labels, or the error either raised. tst_template_parity compares lsdesk with it.
"""
import glob
import json
import os
import sys

import yaml
import label_studio
from label_studio_sdk._extensions.label_studio_tools.core.label_config import parse_config
from label_studio_sdk.label_interface import LabelInterface

EDGE_CASES = {
    "duplicate-names": '<View><Text name="t" value="$a"/><Text name="t" value="$b"/>'
                       '<Choices name="c" toName="t"><Choice value="x"/><Choice value="x"/></Choices></View>',
    "nested-views-in-choices": '<View><Text name="t" value="$t"/><Choices name="c" toName="t">'
                               '<View><View><Choice value="deep"/></View></View><Choice value="flat" alias="F"/>'
                               '</Choices></View>',
    "label-without-value": '<View><Text name="t" value="$t"/><Labels name="l" toName="t">'
                           '<Label background="red"/><Label value=""/><Label value="ok"/></Labels></View>',
    "filter-is-not-control": '<View><Text name="t" value="$t"/><Filter name="f" toName="l"/>'
                             '<Labels name="l" toName="t"><Label value="A"/></Labels></View>',
    "two-to-names": '<View><Image name="a" value="$a"/><Image name="b" value="$b"/>'
                    '<Choices name="c" toName="a,b,missing"><Choice value="x"/></Choices></View>',
    "dynamic-and-conditional": '<View><Text name="t" value="$t"/><Labels name="l" toName="t"><Label value="A"/></Labels>'
                               '<Choices name="c" toName="t" value="$opts" perRegion="true" whenLabelValue="A"/>'
                               '<Taxonomy name="tx" toName="t" apiUrl="http://x/y" perRegion="true" whenTagName="l"/>'
                               '</View>',
    "repeater-index-flag": '<View><Repeater on="$pages" indexFlag="{{idx}}"><Image name="page_{{idx}}" value="$pages[{{idx}}].url"/>'
                           '<RectangleLabels name="box_{{idx}}" toName="page_{{idx}}"><Label value="A"/></RectangleLabels>'
                           '</Repeater></View>',
    "value-list": '<View><Image name="imgs" valueList="$images"/><Choices name="c" toName="imgs"><Choice value="x"/></Choices></View>',
    "chat-and-reactcode": '<View><Chat name="chat" value="$messages"/><ReactCode name="rc" toName="rc" data="$d"/></View>',
    "comments-and-entities": '<?xml version="1.0"?>\n<!-- {"data": {"t": "hi"}} -->\n'
                             '<View>\n  <!-- a comment -->\n  <Text name="t" value="$t"/>\n'
                             '  <Choices name="c" toName="t" choice=\'multiple\'>\n    <Choice value="a &amp; b"/>\n'
                             '    <Choice value="&lt;tag&gt;" hint="&quot;q&quot;"/>\n  </Choices>\n</View>\n',
    "cdata-and-style": '<View><Style><![CDATA[ .a > .b { color: red } ]]></Style><Header value="Hello"/>'
                       '<Text name="t" value="$t"/><TextArea name="ta" toName="t" rows="3"/></View>',
    "unicode": '<View><Text name="текст" value="$текст"/><Labels name="метки" toName="текст">'
               '<Label value="😀 emoji"/><Label value="עברית"/></Labels></View>',
    "duplicate-control-names": '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice value="a"/>'
                               '</Choices><Labels name="c" toName="t"><Label value="b"/><Label value="a"/></Labels></View>',
    "label-after-nested-control": '<View><Text name="t" value="$t"/><Choices name="outer" toName="t"><Choice value="1"/>'
                                  '<Choices name="inner" toName="t"><Choice value="2"/></Choices><Choice value="3"/>'
                                  '</Choices></View>',
    "many-labels-with-repeats": '<View><Text name="t" value="$t"/><Labels name="l" toName="t">'
                                + "".join(f'<Label value="v{i % 23}" background="#{i:06x}"/>' for i in range(40))
                                + '</Labels></View>',
    "not-xml": '<View><Text name="t" value="$t"></View>',
    "object-without-value-in-parse-config": '<View><Image name="i" value=""/><Text name="t" value="$t"/>'
                                            '<Choices name="c" toName="t"><Choice value="x"/></Choices></View>',
}


def sdk_view(config):
    try:
        li = LabelInterface(config)
    except Exception as e:  # noqa: BLE001 - we record what the SDK does, whatever it is
        return {"error": f"{type(e).__name__}: {e}"}
    controls = []
    for c in li.controls:
        controls.append({"name": c.name, "tag": c.tag, "to_name": list(c.to_name or []),
                         "labels": list(c.labels or []), "objects": [o.name for o in (c.objects or [])],
                         "dynamic_value": bool(getattr(c, "dynamic_value", False))})
    objects = [{"name": o.name, "tag": o.tag, "value": o.value} for o in li.objects]
    return {"controls": controls, "objects": objects}


def reference(name, config):
    case = {"name": name, "config": config}
    try:
        case["parse_config"] = parse_config(config)
    except Exception as e:  # noqa: BLE001
        case["parse_config_error"] = f"{type(e).__name__}: {e}"
    case["label_interface"] = sdk_view(config)
    return case


def main():
    out = sys.argv[1]
    root = os.path.join(os.path.dirname(label_studio.__file__), "annotation_templates")
    cases = []
    for path in sorted(glob.glob(os.path.join(root, "**", "config.yml"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            meta = yaml.safe_load(f)
        config = meta.get("config") if isinstance(meta, dict) else None
        if not config:
            continue
        cases.append(reference("template:" + os.path.relpath(os.path.dirname(path), root), config))
    for name, config in EDGE_CASES.items():
        cases.append(reference("edge:" + name, config))
    with open(out, "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, indent=1)
    print(f"{len(cases)} cases ({sum(c['name'].startswith('template:') for c in cases)} templates) -> {out}")


if __name__ == "__main__":
    main()
