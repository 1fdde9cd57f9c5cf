#!/usr/bin/env python3
"""Plain RFM in pandas, the yardstick for `clientele-cli segment`: read the orders CSV, per
customer recency / frequency / monetary as of a date, quintile scores 1-5. Prints the row count."""
import sys

import pandas as pd

orders_csv, as_of = sys.argv[1], pd.Timestamp(sys.argv[2])
orders = pd.read_csv(orders_csv, encoding="utf-8-sig", usecols=[1, 2, 3], names=["member", "at", "amount"],
                     header=0)
orders["at"] = pd.to_datetime(orders["at"])
orders = orders[orders["at"] <= as_of + pd.Timedelta(days=1)]
rfm = orders.groupby("member").agg(last=("at", "max"), frequency=("amount", "size"), monetary=("amount", "sum"))
rfm["recency"] = (as_of - rfm["last"]).dt.days
rfm["r"] = pd.qcut(rfm["recency"].rank(method="first", ascending=False), 5, labels=[1, 2, 3, 4, 5])
rfm["f"] = pd.qcut(rfm["frequency"].rank(method="first"), 5, labels=[1, 2, 3, 4, 5])
rfm["m"] = pd.qcut(rfm["monetary"].rank(method="first"), 5, labels=[1, 2, 3, 4, 5])
print(len(rfm))
