"""Reads a feedback workbook the way a second program would, and prints what a user would see as JSON:
the sheets, every commented cell with its fill, the summary sheet's rows with their links, the changes."""
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "marks": {}, "summary": [], "changes": []}
for ws in wb.worksheets:
    if ws.title in ("ผลการตรวจสอบ", "การเปลี่ยนแปลง"):
        continue
    for row in ws.iter_rows():
        for c in row:
            if c.comment is not None:
                solid = c.fill is not None and c.fill.fill_type == "solid"
                out["marks"][ws.title + "!" + c.coordinate] = {
                    "fill": c.fill.fgColor.rgb if solid else None,
                    "comment": c.comment.text,
                    "author": c.comment.author,
                }
summary = wb["ผลการตรวจสอบ"]
out["verdict"] = [summary["A2"].value, summary["A3"].value]
for row in summary.iter_rows(min_row=6):
    v = [c.value for c in row]
    out["summary"].append({
        "severity": v[1], "sheet": v[2], "cell": v[3], "rule": v[4], "th": v[5], "en": v[6],
        "link": row[3].hyperlink.location if row[3].hyperlink is not None else None,
    })
if "การเปลี่ยนแปลง" in wb.sheetnames:
    for row in wb["การเปลี่ยนแปลง"].iter_rows(min_row=2, values_only=True):
        out["changes"].append(list(row))
print(json.dumps(out, ensure_ascii=False))
