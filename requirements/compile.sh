#!/bin/sh
# Regenerate requirements/lock.txt and requirements/lock-slurm.txt from the .in files.
# One universal lock (environment markers) covers every supported Python, 3.11-3.13.
set -eu
cd "$(dirname "$0")/.."
for pair in "lock.txt test.in" "lock-slurm.txt slurm.in"; do
  set -- $pair
  uv pip compile -q --universal --generate-hashes --python-version 3.11 --fork-strategy fewest \
    --index-url https://pypi.org/simple --no-config --custom-compile-command "sh requirements/compile.sh" \
    -c requirements/constraints.txt -o "requirements/$1" "requirements/$2"
done
