#!/usr/bin/env python3
"""Segmentation benchmark: `clientele-cli segment` vs a pandas RFM script vs sqlite3 GROUP BY.

Generates the demo shop (default 100,000 customers, 1,000,000 orders), imports it, then times on
the same data:
  1. clientele-cli segment, first run (36 month ends of history + the as-of state: RFM, quintile
     scores, both segment models, tiers with reasons, lifecycle stages, all written to SQLite);
  2. clientele-cli segment again (only the as-of month: the everyday run);
  3. pandas_rfm.py: plain RFM with quintile scores on the orders CSV (no writing back);
  4. sqlite3: the same per-customer GROUP BY (recency, frequency, monetary) on the database.
Prints times and ratios. pandas comes from Debian's python3-pandas (/usr/bin/python3).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd, **kw):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, **kw)
    return time.perf_counter() - start


def pandas_python():
    for candidate in (sys.executable, "/usr/bin/python3"):
        if subprocess.run([candidate, "-c", "import pandas"], capture_output=True).returncode == 0:
            return candidate
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--customers", type=int, default=100_000)
    ap.add_argument("--orders", type=int, default=1_000_000)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="clientele-segbench-")
    csv_dir = os.path.join(work, "csv")
    db = os.path.join(work, "shop.sqlite")
    subprocess.run([args.cli, "demo", "--customers", str(args.customers), "--orders", str(args.orders), "--seed", "1",
                    "--end-date", "2026-10-31", "--csv", csv_dir], check=True, stdout=subprocess.DEVNULL)
    for kind in ("customers", "orders"):
        subprocess.run([args.cli, "--db", db, "import", kind, os.path.join(csv_dir, kind + ".csv")], check=True,
                       stdout=subprocess.DEVNULL)
    print(f"{args.customers:,} customers, {args.orders:,} orders")

    full = timed([args.cli, "--db", db, "segment", "--as-of", "2026-10-31"])
    daily = timed([args.cli, "--db", db, "segment", "--as-of", "2026-10-31"])
    py = pandas_python()
    pandas_time = None
    if py:
        pandas_time = timed([py, os.path.join(HERE, "pandas_rfm.py"), os.path.join(csv_dir, "orders.csv"), "2026-10-31"])
    sql = ("SELECT customer_id, julianday('2026-10-31') - julianday(MAX(order_date)), COUNT(*), SUM(amount_fen) "
           "FROM orders WHERE order_date <= '2026-10-31' GROUP BY customer_id;")
    sqlite_time = timed(["sqlite3", db, sql])
    fit = subprocess.run([args.cli, "--db", db, "--json", "clv", "fit"], check=True, capture_output=True, text=True)
    import json
    fit_ms = json.loads(fit.stdout)["fit_ms"]

    print(f"clientele-cli segment, with 36 months of history: {full:6.2f} s")
    print(f"clientele-cli segment, as-of month only:          {daily:6.2f} s")
    if pandas_time:
        print(f"pandas plain RFM (read CSV, group, quintiles):    {pandas_time:6.2f} s")
        print(f"ratio segment (as-of) / pandas:                    {daily / pandas_time:6.2f}x  (target < 1)")
    else:
        print("pandas not found (apt-get install python3-pandas): skipped")
    print(f"sqlite3 GROUP BY (R, F, M only):                  {sqlite_time:6.2f} s")
    print(f"ratio segment (as-of) / sqlite3 GROUP BY:          {daily / sqlite_time:6.2f}x")
    print(f"BG/NBD + Gamma-Gamma fit on {args.customers:,} customers:  {fit_ms / 1000:6.2f} s  (target well under 1 s)")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
