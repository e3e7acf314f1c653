#!/usr/bin/env bash
# Cancel command for submit.sh: ends the given job ids (their process groups where possible).
for id in "$@"; do
  kill -- "-$id" 2> /dev/null || kill "$id" 2> /dev/null || true
done
