#!/bin/sh
# Runs a validator and fails when it exits non-zero or says anything at all: validators that
# print hints (desktop-file-validate) still exit 0 for them.
output=$("$@" 2>&1)
status=$?
[ -n "$output" ] && printf '%s\n' "$output"
[ "$status" -eq 0 ] && [ -z "$output" ]
