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
out["layout"] = summary["A4"].value
out["headings"] = []
for row in summary.iter_rows(min_row=6):
    v = [c.value for c in row]
    if not isinstance(v[0], (int, float)):
        out["headings"].append({"row": row[0].row, "text": v[0]})
        continue
    out["summary"].append({
        "row": row[0].row, "severity": v[1], "indicator": v[2], "sheet": v[3], "cell": v[4], "th": v[5], "en": v[6],
        "rule": v[9], "fill": row[1].fill.fgColor.rgb if row[1].fill.fill_type == "solid" else None,
        "font": row[5].font.name,
        "link": row[4].hyperlink.location if row[4].hyperlink is not None else None,
    })
if "การเปลี่ยนแปลง" in wb.sheetnames:
    for row in wb["การเปลี่ยนแปลง"].iter_rows(min_row=2, values_only=True):
        out["changes"].append(list(row))
print(json.dumps(out, ensure_ascii=False))
