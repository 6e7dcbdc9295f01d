#!/usr/bin/env python3
"""Writes the Dockerfile of every combination `stagecraft options --json` offers into a folder,
for an independent linter to read (tests/lint/lint.mjs).

Combinations: each stack x package manager x language version x usable base x non-root on/off
x cache mounts on/off, multi-stage; the naive single-stage variant with each stack's defaults
per base; the annotated export (--comments) of each stack's defaults per base, both variants;
and each toggle option flipped from its default, and each other value of an option whose
pattern lists words, one at a time (on the first base that allows it). A combination the
CLI refuses must be one `options --json` lists as unavailable; any other refusal is an error.

usage: combinations.py STAGECRAFT OUTDIR
"""
import itertools
import json
import os
import re
import subprocess
import sys


def other_values(option):
    """The values a lint run tries besides the default: a toggle flipped, and each other
    word of a pattern that only lists words (PHP's server "fpm|apache")."""
    if option["default"] in ("true", "false"):
        return ["false" if option["default"] == "true" else "true"]
    words = option.get("pattern", "").split("|")
    if len(words) > 1 and all(re.fullmatch(r"[a-z0-9][a-z0-9.-]*", word) for word in words):
        return [word for word in words if word != option["default"]]
    return []


def main():
    binary, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    offered = json.loads(subprocess.run([binary, "options", "--json"], capture_output=True, text=True, check=True).stdout)
    written = 0
    failures = []

    def generate(name, args):
        nonlocal written
        run = subprocess.run([binary, "generate"] + args, capture_output=True, text=True)
        if run.returncode != 0:
            return run.stderr.strip()
        with open(os.path.join(out, name + ".Dockerfile"), "w") as file:
            file.write(run.stdout)
        written += 1
        return None

    for stack in offered["stacks"]:
        unavailable = {(c["packageManager"], c["languageVersion"], c["base"]) for c in stack["unavailableCombinations"]}
        for manager, version, base, non_root, cache in itertools.product(
                stack["packageManagers"], stack["languageVersions"], stack["bases"], (True, False), (True, False)):
            args = ["--stack", stack["id"], "--package-manager", manager, "--language-version", version, "--base", base,
                    "--non-root" if non_root else "--no-non-root", "--cache-mounts" if cache else "--no-cache-mounts"]
            name = "-".join([stack["id"], manager, version, base, "user" if non_root else "root",
                             "cache" if cache else "nocache"])
            problem = generate(name, args)
            if problem and (manager, version, base) not in unavailable:
                failures.append(f"{name}: {problem}")
        for base in stack["bases"]:
            problem = generate(f"{stack['id']}-{base}-single", ["--stack", stack["id"], "--base", base, "--single-stage"])
            if problem:
                failures.append(f"{stack['id']}-{base}-single: {problem}")
        # The annotated export (--comments) of the stack's defaults on every base, both variants:
        # the explanations as comments must not change what a linter reads.
        defaults = stack["defaults"]
        for base in stack["bases"]:
            refused = (defaults["packageManager"], defaults["languageVersion"], base) in unavailable
            for single in ([], ["--single-stage"]):
                name = f"{stack['id']}-{base}-annotated" + ("-single" if single else "")
                problem = generate(name, ["--stack", stack["id"], "--base", base, "--comments"] + single)
                if problem and not (refused and not single):
                    failures.append(f"{name}: {problem}")
        for option in stack["options"]:
            for value in other_values(option):
                for single in ([], ["--single-stage"]):
                    name = f"{stack['id']}-{option['id']}-{value}" + ("-single" if single else "")
                    args = ["--stack", stack["id"], "--option", f"{option['id']}={value}"] + single
                    # A value the default base cannot honour (PHP's Apache on Alpine) is
                    # tried on the first base that can.
                    problem = generate(name, args)
                    for base in stack["bases"]:
                        if not problem or base == defaults["base"]:
                            continue
                        problem = generate(name, args + ["--base", base])
                    if problem:
                        failures.append(f"{name}: {problem}")
    for failure in failures:
        print("combinations.py: refused:", failure, file=sys.stderr)
    print(f"combinations.py: {written} Dockerfiles written to {out}")
    sys.exit(1 if failures or written == 0 else 0)


if __name__ == "__main__":
    main()
