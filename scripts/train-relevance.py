#!/usr/bin/env python3
"""Fits the extractor's learned relevance model (issue 12) and measures it.

    make train-relevance            # what this does, with the rows written first:
    .build/release/tally evaluate-extraction Evaluation/real-* --relevance-features rows.csv
    python3 scripts/train-relevance.py rows.csv --cross-validate \
        --write Sources/TallyExtract/Events/EventRelevance+Weights.swift
    python3 scripts/train-relevance.py rows.csv --hold-out 87 92

The rows are every record the rules form on the keyed sets (the model off), with its inputs,
and every row of the keys. A record's label is 0 when leaving it out is what makes its article
exactly right: the largest subset of the article's records whose deaths by side, incidents and
outposts, month by month, equal the key's (as `tally evaluate-extraction` scores), when there is
one (an article of more than ten records is not searched); every other record's label is 1. The model is a logistic regression with an L2 penalty,
fitted by Newton's method from zero weights: the same rows always give the same weights.

--cross-validate scores it on six folds of whole sets, each fitted on the other five.
--hold-out FIRST LAST fits on every set but real-checkFIRST..LAST and scores those.
Scores are articles exactly right and articles with invented deaths, with and without the model.
Needs numpy (python3 -m pip install numpy).
"""
import argparse
import collections
import csv
import itertools
import re

import numpy as np

# Chosen on the six folds of whole sets (penalties 0.1 to 3 and thresholds 0.4 to 0.7 were tried;
# 0.3 and one in two scored best, with little between them).
L2 = 0.3
THRESHOLD = 0.5
FOLDS = 6


def read(path):
    header = open(path).readline().strip().split(",")
    names = header[header.index("probability") + 1:]
    articles = collections.OrderedDict()
    for row in csv.DictReader(open(path)):
        article = articles.setdefault(
            (row["set"], row["article"]), {"expected": [], "extracted": []})
        record = (row["month"], row["category"], row["type"], int(row["count"]),
                  tuple(int(row[side]) for side in ("militants", "security", "civilians", "unknown")))
        if row["kind"] == "expected":
            article["expected"].append(record)
        else:
            article["extracted"].append([record, 1, np.array([float(row[n]) for n in names])])
    return names, articles


def summary(records):
    months = {}
    for month, category, kind, count, deaths in records:
        figures = months.setdefault(month, [0] * 6)
        for side in range(4):
            figures[side] += deaths[side]
        if category == "incident":
            figures[4] += count
        elif kind == "outpost_opened":
            figures[5] += count
    return {month: figures for month, figures in months.items() if any(figures)}


def label(articles):
    for article in articles.values():
        records = article["extracted"]
        wanted = summary(article["expected"])
        if wanted == summary([r[0] for r in records]) or len(records) > 10:
            continue
        for size in range(len(records) - 1, -1, -1):
            chosen = next((set(c) for c in itertools.combinations(range(len(records)), size)
                           if summary([records[i][0] for i in c]) == wanted), None)
            if chosen is not None:
                for index, record in enumerate(records):
                    record[1] = 1 if index in chosen else 0
                break


def fit(articles, keys):
    rows = [r for key in keys for r in articles[key]["extracted"]]
    x = np.hstack([np.ones((len(rows), 1)), np.array([r[2] for r in rows])])
    y = np.array([r[1] for r in rows])
    weights = np.zeros(x.shape[1])
    penalty = L2 * np.diag(np.r_[0, np.ones(len(weights) - 1)])
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ weights))
        step = np.linalg.solve((x * (p * (1 - p))[:, None]).T @ x + penalty,
                               x.T @ (p - y) + penalty @ weights)
        weights -= step
        if np.abs(step).max() < 1e-10:
            break
    return weights


def score(articles, keys, weights=None):
    right = invented = 0
    for key in keys:
        article = articles[key]
        kept = [r[0] for r in article["extracted"]
                if weights is None
                or 1 / (1 + np.exp(-(weights[0] + r[2] @ weights[1:]))) >= THRESHOLD]
        right += summary(article["expected"]) == summary(kept)
        deaths = lambda records: sum(sum(record[4]) for record in records)
        invented += deaths(kept) > deaths(article["expected"])
    return right, invented


def report(title, articles, keys, weights):
    (rules, rules_invented), (model, model_invented) = (
        score(articles, keys), score(articles, keys, weights))
    print(f"{title}: {len(keys)} articles with records; exactly right {rules} by the rules alone, "
          f"{model} with the model; invented deaths {rules_invented} and {model_invented}")


def swift(names, weights):
    lines = ["// Written by scripts/train-relevance.py (make train-relevance): do not edit.", "",
             "extension EventRelevance {",
             f"    static let threshold = {THRESHOLD}",
             f"    static let bias = {weights[0]:.6f}",
             "    static let weights: [Double] = ["]
    lines += [f"        {weight:.6f},  // {name}" for name, weight in zip(names, weights[1:])]
    lines += ["    ]", "}", ""]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rows")
    parser.add_argument("--cross-validate", action="store_true")
    parser.add_argument("--hold-out", nargs=2, type=int, metavar=("FIRST", "LAST"))
    parser.add_argument("--write", metavar="FILE.swift")
    arguments = parser.parse_args()
    names, articles = read(arguments.rows)
    label(articles)
    keys = list(articles)
    print(f"{len(keys)} articles with records, "
          f"{sum(len(a['extracted']) for a in articles.values())} records, "
          f"{sum(r[1] == 0 for a in articles.values() for r in a['extracted'])} labelled 0")
    if arguments.cross_validate:
        sets = sorted({key[0] for key in keys})
        fold = {name: index % FOLDS for index, name in enumerate(sets)}
        totals = np.zeros(4, dtype=int)
        for number in range(FOLDS):
            held = [key for key in keys if fold[key[0]] == number]
            weights = fit(articles, [key for key in keys if fold[key[0]] != number])
            totals += np.array(score(articles, held) + score(articles, held, weights))
        print(f"cross-validated on {FOLDS} folds of whole sets: exactly right {totals[0]} by the "
              f"rules alone, {totals[2]} with the model; invented deaths {totals[1]} and {totals[3]}")
    if arguments.hold_out:
        first, last = arguments.hold_out
        held = lambda key: (m := re.match(r"real-check(\d+)$", key[0])) and \
            first <= int(m.group(1)) <= last
        weights = fit(articles, [key for key in keys if not held(key)])
        report(f"held out real-check{first}..{last}", articles,
               [key for key in keys if held(key)], weights)
    if arguments.write:
        weights = fit(articles, keys)
        report("fitted on every set", articles, keys, weights)
        open(arguments.write, "w").write(swift(names, weights))
        print(f"wrote {arguments.write}")


if __name__ == "__main__":
    main()
