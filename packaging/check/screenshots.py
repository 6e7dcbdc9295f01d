#!/usr/bin/env python3
"""Every screenshot the metainfo names is a file in this repository: its URL is the
repository's raw-file address on main followed by a path that exists here.

usage: screenshots.py METAINFO REPOSITORY_ROOT
"""
import os
import sys
import xml.etree.ElementTree as ET

RAW_PREFIX = "https://raw.githubusercontent.com/stagecraft/stagecraft/main/"


def main(metainfo, root):
    images = [image.text.strip() for image in ET.parse(metainfo).getroot().iter("image")]
    problems = []
    if not images:
        problems.append("no <image> in <screenshots>")
    for url in images:
        if not url.startswith(RAW_PREFIX):
            problems.append(f"{url}: not under {RAW_PREFIX}")
        elif not os.path.isfile(os.path.join(root, url[len(RAW_PREFIX):])):
            problems.append(f"{url}: {url[len(RAW_PREFIX):]} is not in the repository")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
