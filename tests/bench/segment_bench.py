#!/usr/bin/env python3
"""Segmentation benchmark: `clientele-cli segment` vs a pandas RFM script vs sqlite3 GROUP BY.

Generates the demo shop (default 100,000 customers, 1,000,000 orders), imports it, then times on
the same data:
  1. clientele-cli segment, first run (36 month ends of history + the as-of state: RFM, quintile
     scores, both segment models, tiers with reasons, lifecycle stages, all written to SQLite);
  2. clientele-cli segment again (only the as-of month: the everyday run);
  3. pandas_rfm.py: plain RFM with quintile scores on the orders CSV (no writing back);
  4. sqlite3: the same per-customer GROUP BY (recency, frequency, monetary) on the database.
Prints times and ratios side by side: wall-clock and CPU (user + system) seconds, the best of
--repeat runs each, with the machine's load average (on a shared machine the CPU times compare
better than the wall times). pandas comes from Debian's python3-pandas (/usr/bin/python3).
--db SHOP --csv-dir DIR reuse a shop made before (its orders.csv for pandas) instead of generating.
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
    """(wall seconds, CPU seconds of the child: user + system)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, **kw)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def best(cmd, repeat, **kw):
    runs = [timed(cmd, **kw) for _ in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


def load():
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


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
    ap.add_argument("--db", help="an existing shop (skips generating and importing)")
    ap.add_argument("--csv-dir", help="the CSV folder the --db shop was imported from")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each, best taken")
    args = ap.parse_args()
    env = dict(os.environ, CLIENTELE_TODAY="2026-10-31")
    work = tempfile.mkdtemp(prefix="clientele-segbench-")
    if args.db:
        db = os.path.join(work, "shop.sqlite")
        shutil.copy(args.db, db)
        csv_dir = args.csv_dir
    else:
        csv_dir = os.path.join(work, "csv")
        db = os.path.join(work, "shop.sqlite")
        subprocess.run([args.cli, "demo", "--customers", str(args.customers), "--orders", str(args.orders), "--seed",
                        "1", "--end-date", "2026-10-31", "--csv", csv_dir], check=True, stdout=subprocess.DEVNULL)
        for kind in ("customers", "orders"):
            subprocess.run([args.cli, "--db", db, "import", kind, os.path.join(csv_dir, kind + ".csv")], check=True,
                           stdout=subprocess.DEVNULL, env=env)
    print(f"{args.customers:,} customers, {args.orders:,} orders; load average before: {load()}")

    segment = [args.cli, "--db", db, "segment", "--as-of", "2026-10-31"]
    full = timed(segment + ["--history"], env=env)
    daily = best(segment, args.repeat, env=env)
    py = pandas_python()
    pandas_time = None
    if py:
        pandas_time = best([py, os.path.join(HERE, "pandas_rfm.py"), os.path.join(csv_dir, "orders.csv"), "2026-10-31"],
                           args.repeat)
    sql = ("SELECT customer_id, julianday('2026-10-31') - julianday(MAX(order_date)), COUNT(*), SUM(amount_fen) "
           "FROM orders WHERE order_date <= '2026-10-31' GROUP BY customer_id;")
    sqlite_time = best(["sqlite3", db, sql], args.repeat)
    import json
    fits = []
    for _ in range(args.repeat):
        fit = subprocess.run([args.cli, "--db", db, "--json", "clv", "fit"], check=True, capture_output=True, text=True,
                             env=env)
        fits.append(json.loads(fit.stdout))
    fit_ms = min(f["fit_ms"] for f in fits)

    print(f"{'':52s} {'wall':>8s} {'CPU':>8s}")
    print(f"{'clientele-cli segment, 36 months of history':52s} {full[0]:7.2f}s {full[1]:7.2f}s")
    print(f"{'clientele-cli segment, as-of month (everyday run)':52s} {daily[0]:7.2f}s {daily[1]:7.2f}s")
    if pandas_time:
        print(f"{'pandas plain RFM (read CSV, group, quintiles)':52s} {pandas_time[0]:7.2f}s {pandas_time[1]:7.2f}s")
        print(f"{'ratio segment (as-of) / pandas  (target <= 1)':52s} {daily[0] / pandas_time[0]:7.2f}x "
              f"{daily[1] / pandas_time[1]:7.2f}x")
    else:
        print("pandas not found (apt-get install python3-pandas): skipped")
    print(f"{'sqlite3 GROUP BY (R, F, M only)':52s} {sqlite_time[0]:7.2f}s {sqlite_time[1]:7.2f}s")
    print(f"{'ratio segment (as-of) / sqlite3 GROUP BY':52s} {daily[0] / sqlite_time[0]:7.2f}x "
          f"{daily[1] / sqlite_time[1]:7.2f}x")
    print(f"{'BG/NBD + Gamma-Gamma fit (summaries + both fits)':52s} {fit_ms / 1000:7.2f}s"
          f"   ({fits[0]['groups']:,} groups; target < 1 s)")
    print(f"load average after: {load()}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
