#!/usr/bin/env python3
"""Order-line import benchmark: a retail invoice-line file of --lines rows (default 1,000,000).

Generates a file shaped like a till's item export (InvoiceNo, StockCode, Description, Quantity,
InvoiceDate, UnitPrice, CustomerID as 17850.0; sorted by invoice, 1-8 lines each, about 10 % guest
invoices and 2 % C-cancellations, 3,000 products, prices with up to three decimals), then times
`clientele-cli import orders FILE --create-customers` into a fresh database and prints the time,
the CLI's peak memory and the counts it reported, beside `sqlite3 .import` of the same file.

Usage: lines_bench.py --cli build/ci/app/cli/clientele-cli [--lines N] [--keep]
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time


def run(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr.read().decode(errors='replace')}")
    run.cpu = usage.ru_utime + usage.ru_stime  # the CPU time, for machines shared with other work
    return elapsed, usage.ru_maxrss / 1024.0, out


def generate(path, lines, seed=1):
    rng = random.Random(seed)
    products = [(f"{20000 + i}{'ABCDEFG'[i % 7] if i % 5 == 0 else ''}", f"PRODUCT {i:04d} " + rng.choice(
        ["MUG", "LANTERN", "T-LIGHT HOLDER", "BAG", "CANDLE", "FRAME", "SIGN"]),
                 rng.choice([0.125, 0.42, 0.85, 1.25, 1.65, 2.1, 2.55, 2.95, 3.39, 4.25, 4.95, 7.95, 12.75]))
                for i in range(3000)]
    written = 0
    invoice = 536000
    day = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n")
        while written < lines:
            invoice += 1
            if invoice % 400 == 0:
                day += 1
            guest = rng.random() < 0.10
            cancel = not guest and rng.random() < 0.02
            customer = "" if guest else f"{12000 + rng.randrange(4300)}.0"
            number = f"C{invoice}" if cancel else str(invoice)
            month, dom = 1 + (day // 28) % 12, 1 + day % 28
            year = 2010 + day // 336
            when = f"{month}/{dom}/{year} {8 + invoice % 10}:{invoice % 60:02d}"
            for _ in range(min(rng.randint(1, 8), lines - written)):
                code, name, price = rng.choice(products)
                qty = -rng.randint(1, 3) if cancel else rng.randint(1, 24)
                f.write(f"{number},{code},{name},{qty},{when},{price},{customer},United Kingdom\n")
                written += 1
    return written


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="clientele-lines-bench-")
    path = os.path.join(work, "lines.csv")
    start = time.perf_counter()
    n = generate(path, args.lines)
    print(f"generated {n:,} lines ({os.path.getsize(path) / 2**20:.1f} MiB) in {time.perf_counter() - start:.1f} s")

    db = os.path.join(work, "clientele.sqlite")
    env_cli = [args.cli, "--db", db, "--json", "import", "orders", path, "--create-customers"]
    t, mem, out = run(env_cli)
    report = json.loads(out)
    print(f"clientele-cli import orders: {t:.1f} s ({run.cpu:.1f} s CPU), peak {mem:.0f} MiB; "
          f"{report['inserted']:,} orders from {report['lines_imported']:,} lines, "
          f"{report['refunds']:,} refunds, {report['guest_lines']:,} guest lines, {report['error_rows']:,} errors")
    t2, mem2, out2 = run(env_cli)
    report2 = json.loads(out2)
    print(f"the same file again: {t2:.1f} s ({run.cpu:.1f} s CPU), peak {mem2:.0f} MiB; {report2['inserted']} orders added, "
          f"{report2['unchanged']:,} lines unchanged")
    if shutil.which("sqlite3"):
        plain = os.path.join(work, "plain.sqlite")
        start = time.perf_counter()
        subprocess.run(["sqlite3", plain], input=f".mode csv\n.import --skip 1 '{path}' lines\n", text=True,
                       check=True)
        t3 = time.perf_counter() - start
        print(f"sqlite3 .import into a plain table: {t3:.1f} s (ratio {t / t3:.1f}x)")
    if args.keep:
        print(f"kept {work}")
    else:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
