"""Opens a workbook in LibreOffice (through UNO, headless) and prints, as JSON, every row of every sheet whose
cells need more height than the row is given: LibreOffice works out each row's optimal height from its
wrapped texts in the fonts it has, and a row shorter than that prints with its last lines cut off. Also prints
each sheet's print-title rows as LibreOffice understood them.

usage: /usr/bin/python3 libreoffice_clipped.py WORKBOOK PROFILE_DIR"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

workbook, profile = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
pipe = "sor301hub%d" % os.getpid()
office = subprocess.Popen(["/usr/bin/soffice", "-env:UserInstallation=file://" + profile, "--headless",
                           "--invisible", "--norestore", "--accept=pipe,name=%s;urp;" % pipe],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    context = None
    for _ in range(600):
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.1)
    if context is None:
        raise SystemExit("LibreOffice did not answer")
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    hidden = PropertyValue()
    hidden.Name, hidden.Value = "Hidden", True
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(workbook), "_blank", 0, (hidden,))
    out = {"clipped": [], "titleRows": {}}
    sheets = doc.Sheets
    for i in range(sheets.Count):
        sheet = sheets.getByIndex(i)
        titles = sheet.getTitleRows()
        out["titleRows"][sheet.Name] = [titles.StartRow, titles.EndRow] if sheet.getPrintTitleRows() else None
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        last = cursor.RangeAddress.EndRow
        rows = sheet.Rows
        for r in range(last + 1):
            row = rows.getByIndex(r)
            given = row.Height  # 1/100 mm
            row.OptimalHeight = True
            needed = row.Height
            row.Height = given
            # A point (35/100 mm) of slack: rounding between points and 1/100 mm.
            if needed > given + 35:
                text = sheet.getCellByPosition(0, r).getString()
                out["clipped"].append({"sheet": sheet.Name, "row": r + 1, "given": given, "needed": needed,
                                       "text": text[:80]})
    doc.close(True)
    print(json.dumps(out, ensure_ascii=False))
finally:
    office.terminate()
    try:
        office.wait(30)
    except subprocess.TimeoutExpired:
        office.kill()
