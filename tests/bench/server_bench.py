#!/usr/bin/env python3
"""Server benchmark: the shop on PostgreSQL beside the same shop in a SQLite file.

Run under a throwaway cluster (it sets CLIENTELE_TEST_PG_URL):
  tests/pg/with-postgres.sh python3 tests/bench/server_bench.py \
      --cli build/release/app/cli/clientele-cli --list-bench build/release/tests/bench/clientele-list-bench

  1. The customer list: clientele-list-bench makes a file of --customers N (default 100,000), which
     `clientele-cli migrate` copies onto the server (timed too); then the desktop's customer model
     opens each (count + first page) and answers every keystroke of its searches. Medians and the
     worst keystroke, server beside file, with ratios.
  2. The import: the demo's customers and orders as CSV (--import-customers/--import-orders),
     `clientele-cli import` into an empty server database beside `psql \\copy` of the same two files
     into plain tables (no keys, no indexes), and beside the CLI's import into a file; the import
     itself and the recalculation after it apart (the CLI's --json timings); then the everyday
     `segment` run on each (best of 3), and on the server the day's start and two 10-line imports of
     the next day (import_bench.daily_imports: target < 1 s each).
Prints numbers, asserts nothing. The machine's load average is printed: on a shared machine the
ratios compare better than the absolute times.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse

from import_bench import daily_imports  # the everyday 10-line imports, run here on the server


def admin_url():
    url = os.environ.get("CLIENTELE_TEST_PG_URL")
    if not url:
        sys.exit("CLIENTELE_TEST_PG_URL is not set: run under tests/pg/with-postgres.sh")
    return url


def database_url(name):
    parts = urllib.parse.urlsplit(admin_url())
    return urllib.parse.urlunsplit(parts._replace(path="/" + name))


def psql(url, *args, **kw):
    binary = os.path.join(os.environ.get("CLIENTELE_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"), "psql")
    if not os.path.exists(binary):
        binary = "psql"
    return subprocess.run([binary, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url.split("?")[0], *args], check=True,
                          capture_output=True, text=True, **kw)


def create_database(name):
    psql(admin_url(), "-c", f"DROP DATABASE IF EXISTS {name}")
    psql(admin_url(), "-c", f"CREATE DATABASE {name}")
    return database_url(name)


def timed(cmd, env=None):
    start = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{out.stderr}")
    return elapsed, out.stdout


def list_figures(output):
    opened = re.search(r"^open (\d+) customers .*: median ([\d.]+) ms", output, re.M)
    typed = re.search(r"search per keystroke over \d+ customers: median ([\d.]+) ms, worst ([\d.]+) ms \(\"(.*)\"\)",
                      output)
    if not opened or not typed:
        sys.exit("unexpected list bench output:\n" + output)
    return int(opened.group(1)), float(opened.group(2)), float(typed.group(1)), float(typed.group(2)), typed.group(3)


def ratio(a, b):
    return f"{a / b:5.1f}x" if b > 0 else "  n/a"


def list_bench(args, work):
    path = os.path.join(work, "list.sqlite")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    _, file_out = timed([args.list_bench, "--customers", str(args.customers), "--db", path, "--runs", str(args.runs)],
                        env)
    url = create_database("list_bench")
    moved, _ = timed([args.cli, "migrate", "--from", path, "--to", url])
    _, server_out = timed([args.list_bench, "--db", url, "--runs", str(args.runs)], env)
    f = list_figures(file_out)
    s = list_figures(server_out)
    print(f"customer list, {f[0]} customers (migrate of the file onto the server: {moved:.1f} s)")
    print(f"  open (count + first page)    file {f[1]:8.1f} ms   server {s[1]:8.1f} ms   {ratio(s[1], f[1])}")
    print(f"  keystroke, median            file {f[2]:8.1f} ms   server {s[2]:8.1f} ms   {ratio(s[2], f[2])}")
    print(f"  keystroke, worst             file {f[3]:8.1f} ms (\"{f[4]}\")   server {s[3]:8.1f} ms (\"{s[4]}\")")
    if args.verbose:
        print(file_out)
        print(server_out)


def copy_sql(csv_path, table):
    with open(csv_path, encoding="utf-8-sig") as f:
        header = f.readline().rstrip("\n").split(",")
    columns = ", ".join(f"c{i} TEXT" for i in range(len(header)))
    return f"CREATE TABLE {table} ({columns});\n\\copy {table} FROM '{csv_path}' WITH (FORMAT csv, HEADER true)\n"


def import_bench(args, work):
    csv_dir = os.path.join(work, "csv")
    os.makedirs(csv_dir, exist_ok=True)
    subprocess.run([args.cli, "demo", "--customers", str(args.import_customers), "--orders", str(args.import_orders),
                    "--seed", "7", "--end-date", "2026-10-31", "--csv", csv_dir], check=True, capture_output=True)
    customers = os.path.join(csv_dir, "customers.csv")
    orders = os.path.join(csv_dir, "orders.csv")
    env = dict(os.environ, CLIENTELE_TODAY="2026-10-31")

    def imported(db):
        """Both files into `db`: (wall seconds, import_ms, recalculate_ms) summed over the two."""
        wall, import_ms, recalculate_ms = 0.0, 0, 0
        for kind, path in (("customers", customers), ("orders", orders)):
            seconds, out = timed([args.cli, "--db", db, "--json", "import", kind, path], env)
            timings = json.loads(out).get("timings", {})
            wall += seconds
            import_ms += timings.get("import_ms", 0)
            recalculate_ms += timings.get("recalculate_ms", 0)
        return wall, import_ms / 1000.0, recalculate_ms / 1000.0

    def everyday_segment(db):
        return min(timed([args.cli, "--db", db, "segment", "--as-of", "2026-10-31"], env)[0] for _ in range(3))

    url = create_database("import_bench")
    server, server_import, server_recalc = imported(url)
    server_segment = everyday_segment(url)
    file_db = os.path.join(work, "import.sqlite")
    in_file, file_import, file_recalc = imported(file_db)
    file_segment = everyday_segment(file_db)
    plain = create_database("copy_bench")
    script = os.path.join(work, "copy.sql")
    with open(script, "w", encoding="utf-8") as f:
        f.write(copy_sql(customers, "customers_csv") + copy_sql(orders, "orders_csv"))
    start = time.perf_counter()
    psql(plain, "-f", script)
    copied = time.perf_counter() - start
    print(f"import of {args.import_customers} customers and {args.import_orders} orders")
    print(f"  clientele-cli import → server {server:8.1f} s   (import {server_import:.1f} s, recalculation "
          f"{server_recalc:.1f} s)")
    print(f"  psql \\copy → plain tables    {copied:8.1f} s   (server import itself {ratio(server_import, copied)}, "
          f"end to end {ratio(server, copied)})")
    print(f"  clientele-cli import → file   {in_file:8.1f} s   (import {file_import:.1f} s, recalculation "
          f"{file_recalc:.1f} s; server end to end {ratio(server, in_file)} of it)")
    print(f"segment, everyday run (best of 3): server {server_segment:.2f} s, file {file_segment:.2f} s "
          f"(server {ratio(server_segment, file_segment)} of the file)")
    print("the everyday import on the server (the file's: import_bench.py):")
    daily_imports(args.cli, url, orders, work, copies=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--list-bench", required=True)
    parser.add_argument("--customers", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--import-customers", type=int, default=100000)
    parser.add_argument("--import-orders", type=int, default=1000000)
    parser.add_argument("--skip-list", action="store_true")
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as work:
        if not args.skip_list:
            list_bench(args, work)
        if not args.skip_import:
            import_bench(args, work)
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
