#!/bin/sh
# appstreamcli validate (or validate-tree) with every pedantic check, offline: fails on any
# issue at all, pedantic ones included, though appstreamcli itself fails only on errors and
# warnings. Usage: appstream.sh validate|validate-tree PATH
output=$(appstreamcli "$1" --pedantic --no-net --explain "$2" 2>&1)
status=$?
printf '%s\n' "$output"
[ "$status" -eq 0 ] && ! printf '%s\n' "$output" | grep -Eq '^[EWIP]: '
