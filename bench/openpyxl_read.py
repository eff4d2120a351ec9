"""openpyxl in read_only mode over the benchmark's files, every cell of every sheet, timed inside Python
so that starting the interpreter does not count. Prints seconds=<float>."""
import sys
import time
import warnings

import openpyxl

warnings.simplefilter("ignore")
start = time.perf_counter()
cells = 0
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for ws in wb.worksheets:
        ws.reset_dimensions()  # read_only trusts <dimension>; without this it may see one row
        for row in ws.iter_rows(values_only=True):
            cells += len(row)
    wb.close()
print("seconds=%.6f" % (time.perf_counter() - start))
