#!/usr/bin/env python3
"""Import benchmark: clientele-cli import vs. sqlite3 .import on the same generated files.

Generates a demo shop as CSV (default 100,000 customers and 1,000,000 orders), then times
  1. clientele-cli import customers + orders into a fresh database (validation, normalization,
     duplicate detection, idempotent order keys, indexes, one transaction per file), and
  2. sqlite3 .import of the same two files into plain tables without indexes,
and prints both times, the ratio, and clientele-cli's peak memory (ru_maxrss of the child); then
  3. the everyday case: 10 order lines of today imported into that shop, twice (the day's first
     import, which makes the day's checked copy, and a later one), with the `timings` the CLI
     reports (backup_ms, import_ms, recalculate_ms) and the machine's load average.

Usage: import_bench.py --cli build/release/app/cli/clientele-cli [--customers N] [--orders N]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time


def run(cmd, **kw):
    """Runs cmd, returns (seconds, peak RSS of that child in MiB, CPU seconds, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    out = proc.stdout.read().decode(errors="replace")
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{err}")
    return elapsed, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime, out


def daily_imports(cli, db, orders_csv, work, copies=True):
    """Ten lines of the next day (2026-11-01; the shop was generated and imported as of 2026-10-31)
    for existing members: first the day's start (what the desktop does when it opens the shop: the
    day's full recalculation), then two imports of 10 lines (the first and a later one that day),
    each with wall-clock and CPU seconds of the CLI (the machine is shared: CPU compares better).
    copies=False leaves out the file's checked copies (a server: server_bench.py)."""
    import json
    with open(orders_csv, encoding="utf-8-sig") as f:
        header = f.readline().rstrip("\n")
        sample = [f.readline().rstrip("\n").split(",") for _ in range(10)]
    env = dict(os.environ, CLIENTELE_TODAY="2026-11-01")
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if copies:
        # The evening before: the checked copy the app makes on quitting (or a `backup` cron job).
        start = time.perf_counter()
        subprocess.run([cli, "--db", db, "backup", "--reason", "on-quit"], check=True, capture_output=True,
                       env=dict(os.environ, CLIENTELE_TODAY="2026-10-31"))
        print(f"the evening before: checked copy of the file {time.perf_counter() - start:6.2f} s wall")
        # The day's start: the desktop, opening the shop on a new day, makes the day's checked copy and
        # then the full recalculation, both on its worker thread (the window stays usable).
        start = time.perf_counter()
        subprocess.run([cli, "--db", db, "backup", "--reason", "day-start"], check=True, capture_output=True, env=env)
        print(f"the day's start, its checked copy (in the background): {time.perf_counter() - start:6.2f} s wall")
    start = time.perf_counter()
    cpu = os.times()
    subprocess.run([cli, "--db", db, "--json", "segment"], check=True, capture_output=True, env=env)
    after = os.times()
    print(f"the day's start, full recalculation as of 2026-11-01 (in the background): "
          f"{time.perf_counter() - start:6.2f} s wall, "
          f"{after.children_user + after.children_system - cpu.children_user - cpu.children_system:5.2f} s CPU")
    for n, label in enumerate(("first import of the day", "a later import that day")):
        path = os.path.join(work, f"today-{n}.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write(header + "\n")
            for i, row in enumerate(sample):
                row = list(row)
                row[0] = f"BENCH{n}-{i:04d}"
                row[2] = f"2026-11-01 1{i % 10}:00:00"
                f.write(",".join(row) + "\n")
        start = time.perf_counter()
        cpu = os.times()
        out = subprocess.run([cli, "--db", db, "--json", "import", "orders", path], check=True, capture_output=True,
                             text=True, env=env)
        wall = time.perf_counter() - start
        after = os.times()
        cpu_s = after.children_user + after.children_system - cpu.children_user - cpu.children_system
        t = json.loads(out.stdout).get("timings", {})
        work_done = json.loads(out.stdout).get("segmentation", {}).get("work", "?")
        print(f"10-line import, {label}: {wall:6.2f} s end to end, {cpu_s:5.2f} s CPU (target < 1 s); "
              f"backup {t.get('backup_ms', '?')} ms, import {t.get('import_ms', '?')} ms, "
              f"recalculate {t.get('recalculate_ms', '?')} ms ({work_done} run)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--customers", type=int, default=100_000)
    ap.add_argument("--orders", type=int, default=1_000_000)
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    ap.add_argument("--daily-only", metavar="SHOP",
                    help="only the everyday case, on a copy of SHOP (a shop this script made with --keep) "
                         "and its orders.csv (--orders-csv)")
    ap.add_argument("--orders-csv", help="the orders.csv SHOP was made from (with --daily-only)")
    args = ap.parse_args()
    if args.daily_only:
        work = tempfile.mkdtemp(prefix="clientele-bench-")
        db = os.path.join(work, "clientele.sqlite")
        shutil.copyfile(args.daily_only, db)
        os.environ["CLIENTELE_TODAY"] = "2026-10-31"
        daily_imports(args.cli, db, args.orders_csv, work)
        shutil.rmtree(work)
        return
    if not shutil.which("sqlite3"):
        sys.exit("sqlite3 is needed (apt-get install sqlite3)")

    os.environ["CLIENTELE_TODAY"] = "2026-10-31"  # the generated shop's last day
    work = tempfile.mkdtemp(prefix="clientele-bench-")
    csv_dir = os.path.join(work, "csv")
    gen, *_ = run([args.cli, "demo", "--customers", str(args.customers), "--orders", str(args.orders),
                  "--seed", "1", "--end-date", "2026-10-31", "--csv", csv_dir])
    customers = os.path.join(csv_dir, "customers.csv")
    orders = os.path.join(csv_dir, "orders.csv")
    size = (os.path.getsize(customers) + os.path.getsize(orders)) / 2**20
    print(f"generated {args.customers:,} customers and {args.orders:,} orders ({size:.1f} MiB) in {gen:.1f} s")

    db = os.path.join(work, "clientele.sqlite")
    import json
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    results = {}
    for kind, path in (("customers", customers), ("orders", orders)):
        wall, peak, cpu, out = run([args.cli, "--db", db, "--json", "import", kind, path])
        t = json.loads(out).get("timings", {})
        results[kind] = (wall, peak, cpu, t)

    plain = os.path.join(work, "plain.sqlite")
    # Plain tables, every column text, created by .import from each file's header line.
    script = (".mode csv\n"
              f".import '{customers}' customers\n"
              f".import '{orders}' orders\n")
    start = time.perf_counter()
    cpu0 = os.times()
    subprocess.run(["sqlite3", plain], input=script.encode(), check=True, stderr=subprocess.DEVNULL)
    t_sqlite = time.perf_counter() - start
    cpu1 = os.times()
    c_sqlite = cpu1.children_user + cpu1.children_system - cpu0.children_user - cpu0.children_system

    for kind, (wall, peak, cpu, t) in results.items():
        print(f"clientele-cli import {kind:9}: {wall:7.2f} s wall, {cpu:6.2f} s CPU, peak {peak:.0f} MiB; "
              f"backup {t.get('backup_ms', 0) / 1000:.2f} s, import {t.get('import_ms', 0) / 1000:.2f} s, "
              f"recalculation {t.get('recalculate_ms', 0) / 1000:.2f} s")
    ours = sum(r[0] for r in results.values())
    ours_cpu = sum(r[2] for r in results.values())
    itself = sum(r[3].get("import_ms", 0) for r in results.values()) / 1000
    print(f"sqlite3 .import (plain tables):  {t_sqlite:7.2f} s wall, {c_sqlite:6.2f} s CPU")
    print(f"ratio, the import itself:        {itself / t_sqlite:7.2f}x wall   (target <= 3x)")
    print(f"ratio, end to end:               {ours / t_sqlite:7.2f}x wall, {ours_cpu / max(c_sqlite, 1e-3):.2f}x CPU "
          f"(target <= 6x)")
    print(f"peak memory clientele-cli:       {max(r[1] for r in results.values()):7.0f} MiB (target < 300 MiB)")
    daily_imports(args.cli, db, orders, work)
    if args.keep:
        print(f"files kept in {work}")
    else:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
