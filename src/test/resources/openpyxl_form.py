"""Reads the consolidated SOR-301 workbook as a second program would and prints, as JSON, what a reviewer
checks: sheet order, merged ranges, print setup and footer, and the cell texts of each sheet."""
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "merged": {}, "print": {}, "cells": {}}
for ws in wb.worksheets:
    out["merged"][ws.title] = sorted(str(r) for r in ws.merged_cells.ranges)
    out["print"][ws.title] = {
        "orientation": ws.page_setup.orientation,
        "paper": ws.page_setup.paperSize,
        "fitToWidth": ws.page_setup.fitToWidth,
        "fitToHeight": ws.page_setup.fitToHeight,
        "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
        "titleRows": ws.print_title_rows,
        "footer": ws.oddFooter.center.text,
        "footerFont": ws.oddFooter.center.font,
    }
    out["cells"][ws.title] = [[("" if c is None else str(c)) for c in row] for row in ws.iter_rows(values_only=True)]
print(json.dumps(out, ensure_ascii=False))
