#!/usr/bin/env python3
"""Workbook import benchmark: the same customers as CSV and as .xlsx through clientele-cli.

Generates the demo shop's customers (default 100,000) as CSV with `clientele-cli demo --csv`, writes
the same rows as an .xlsx (Python's zipfile, streamed: inline strings, birthdays and join dates as
Excel date serials with a date style, everything else text), then imports each into a fresh
database with `/usr/bin/time -v clientele-cli import customers FILE` and prints both times, the
ratio and the peak memory (maximum resident set size) of each run.

Usage: xlsx_import_bench.py --cli build/release/app/cli/clientele-cli [--customers N] [--keep]
"""
import argparse
import csv
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from xml.sax.saxutils import escape

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      f'xmlns:r="{REL}"')
DATE_COLUMNS = {"生日", "入会日期"}
EPOCH = datetime.date(1899, 12, 30)


def column_name(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def write_xlsx(csv_path, xlsx_path):
    with open(csv_path, encoding="utf-8-sig", newline="") as f, \
            zipfile.ZipFile(xlsx_path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS}><sheets>'
                   '<sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                   f'<Relationship Id="rId2" Type="{REL}/styles" Target="styles.xml"/></Relationships>')
        z.writestr("xl/styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {NS}>'
                   '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>'.encode())
            reader = csv.reader(f)
            header = next(reader)
            dates = {i for i, h in enumerate(header) if h in DATE_COLUMNS}
            for r, row in enumerate(_chain(header, reader), start=1):
                cells = []
                for c, value in enumerate(row):
                    if not value:
                        continue
                    ref = f"{column_name(c)}{r}"
                    if r > 1 and c in dates and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                        serial = (datetime.date.fromisoformat(value) - EPOCH).days
                        cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
                    else:
                        cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
                sheet.write(f'<row r="{r}">{"".join(cells)}</row>'.encode())
            sheet.write(b"</sheetData></worksheet>")


def _chain(header, reader):
    yield header
    yield from reader


def timed(cmd):
    """Runs cmd under /usr/bin/time -v; returns (seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr}")
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1))
    return elapsed, peak / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--customers", type=int, default=100_000)
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()
    if not os.path.exists("/usr/bin/time"):
        sys.exit("/usr/bin/time is needed (apt-get install time)")
    work = tempfile.mkdtemp(prefix="clientele-xlsx-bench-")
    env_today = {"CLIENTELE_TODAY": "2026-11-30"}
    os.environ.update(env_today)
    subprocess.run([args.cli, "demo", "--customers", str(args.customers), "--orders", str(args.customers),
                    "--seed", "1", "--end-date", "2026-10-31", "--csv", work], check=True, stdout=subprocess.DEVNULL)
    customers_csv = os.path.join(work, "customers.csv")
    customers_xlsx = os.path.join(work, "customers.xlsx")
    start = time.perf_counter()
    write_xlsx(customers_csv, customers_xlsx)
    print(f"{args.customers:,} customers: CSV {os.path.getsize(customers_csv) / 2**20:.1f} MiB, "
          f"xlsx {os.path.getsize(customers_xlsx) / 2**20:.1f} MiB (written in {time.perf_counter() - start:.1f} s)")

    t_csv, m_csv = timed([args.cli, "--db", os.path.join(work, "csv.sqlite"), "import", "customers", customers_csv])
    t_xlsx, m_xlsx = timed([args.cli, "--db", os.path.join(work, "xlsx.sqlite"), "import", "customers", customers_xlsx])
    print(f"clientele-cli import customers (CSV):  {t_csv:7.2f} s  peak {m_csv:6.0f} MiB")
    print(f"clientele-cli import customers (xlsx): {t_xlsx:7.2f} s  peak {m_xlsx:6.0f} MiB")
    print(f"ratio xlsx / CSV:                      {t_xlsx / t_csv:7.2f}x")
    if args.keep:
        print(f"files kept in {work}")
    else:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
