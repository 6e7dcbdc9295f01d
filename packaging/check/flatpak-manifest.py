#!/usr/bin/env python3
"""Checks the Flatpak manifest as far as this machine can without the KDE runtime or a
network: flatpak-builder parses it (and warns on any property it does not know), the fields
flatpak-builder needs are there, it uses the KDE 6 runtime (which ships KSyntaxHighlighting),
its id, command and installed files match this build, every git source is pinned to a commit,
and its last module builds this repository. It does not build it.

usage: flatpak-manifest.py MANIFEST APP_ID REPOSITORY_ROOT
"""
import json
import os
import subprocess
import sys
import tempfile


def check(manifest_path, app_id, root):
    problems = []
    # flatpak-builder leaves a .flatpak-builder state folder where it runs.
    with tempfile.TemporaryDirectory() as scratch:
        shown = subprocess.run(["flatpak-builder", "--show-manifest", os.path.abspath(manifest_path)],
                               capture_output=True, text=True, cwd=scratch)
    if shown.returncode != 0 or "WARNING" in shown.stderr:
        problems.append(f"flatpak-builder --show-manifest: exit {shown.returncode}: {shown.stderr.strip()}")
    manifest = json.load(open(manifest_path, encoding="utf-8"))
    for field in ("id", "runtime", "runtime-version", "sdk", "command", "modules"):
        if not manifest.get(field):
            problems.append(f"no '{field}'")
    if manifest.get("id") != app_id:
        problems.append(f"id is {manifest.get('id')!r}, the desktop file and metainfo are {app_id!r}")
    if manifest.get("runtime") != "org.kde.Platform" or manifest.get("sdk") != "org.kde.Sdk":
        problems.append("runtime and sdk must be org.kde.Platform and org.kde.Sdk (KSyntaxHighlighting)")
    if not str(manifest.get("runtime-version", "")).startswith("6."):
        problems.append(f"runtime-version {manifest.get('runtime-version')!r} is not a KDE 6 runtime")
    if manifest.get("command") != "stagecraft":
        problems.append(f"command is {manifest.get('command')!r}, the program is stagecraft")
    modules = manifest.get("modules") or []
    for module in modules:
        name = module.get("name") if isinstance(module, dict) else None
        if not name:
            problems.append(f"a module without a name: {module!r}")
            continue
        if not module.get("sources"):
            problems.append(f"module {name}: no sources")
        for source in module.get("sources", []):
            if source.get("type") == "git" and len(source.get("commit", "")) != 40:
                problems.append(f"module {name}: git source {source.get('url')} is not pinned to a commit")
            if source.get("type") in ("archive", "file") and not source.get("sha256"):
                problems.append(f"module {name}: {source.get('url')} has no sha256")
    last = modules[-1] if modules else {}
    dirs = [s for s in last.get("sources", []) if s.get("type") == "dir"]
    here = os.path.dirname(os.path.abspath(manifest_path))
    if not dirs or os.path.realpath(os.path.join(here, dirs[0]["path"])) != os.path.realpath(root):
        problems.append("the last module does not build this repository (a 'dir' source at its root)")
    if "-DBUILD_TESTING=OFF" not in last.get("config-opts", []):
        problems.append("the last module builds the tests (-DBUILD_TESTING=OFF missing)")
    for problem in problems:
        print(f"{manifest_path}: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(check(*sys.argv[1:]))
