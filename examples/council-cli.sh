#!/usr/bin/env bash
# A council officer's quarterly run of the `equality-plans` command on the
# council's own plan, with the council's own framework and rules, written
# only in JSON:
#
#   examples/frameworks/eastmere-equality-framework.json
#     the council's three equality objectives (the themes the roll-up is
#     labelled by), the column names of its spreadsheet ("Council Priority",
#     "Responsible Officer", "Target Date", "RAG", "Update") and its
#     four-colour RAG rules (blue for complete, then green, amber, red);
#   examples/frameworks/eastmere-scrutiny-rules.json
#     the scrutiny panel's stricter rules on the same four colours (red from
#     the first day late, amber within 30 days of the target date), given with
#     --rules, which replaces the framework's own rules.
#
# Usage (from anywhere):
#
#   examples/council-cli.sh [AS_OF] [OUT_DIR]
#
#   AS_OF    the date to judge progress at, YYYY-MM-DD (default 2025-06-30,
#            the end of the first quarter of the council's 2025/26 year)
#   OUT_DIR  where the markdown and CSV reports are written
#            (default examples/out)
#
# It runs the command from this repository's source. With the package
# installed, run it as the package's command instead:
#
#   EQUALITY_PLANS='npx equality-plans' examples/council-cli.sh 2025-09-30
#
# Each step is the line a council officer would type; they are printed
# before they run. A bad framework or rules file is named with the JSON path
# of its first problem, and the script stops (exit status 2).
set -euo pipefail

cd "$(dirname "$0")/.."
as_of="${1:-2025-06-30}"
out="${2:-examples/out}"
plan=examples/data/eastmere-equality-action-plan.csv
framework=examples/frameworks/eastmere-equality-framework.json
scrutiny=examples/frameworks/eastmere-scrutiny-rules.json
read -r -a ep <<< "${EQUALITY_PLANS:-npx --no-install tsx src/cli/index.ts}"
mkdir -p "$out"
exec 3>&1 # the terminal, for the step headings when a step's output goes to a file

step() {
  printf '\n== %s\n$ equality-plans %s\n\n' "$1" "${*:2}" >&3
  "${ep[@]}" "${@:2}"
}

# 1. What is late, rolled up by the council's own themes, under its own four-colour rules.
step 'by council priority, the framework rules' report "$plan" --framework "$framework" --as-of "$as_of" --by theme

# 2. The same, by responsible officer, as markdown and CSV for the quarterly pack.
step 'by responsible officer, markdown' report "$plan" --framework "$framework" --as-of "$as_of" --by lead --output markdown > "$out/eastmere-$as_of.md"
echo "(written to $out/eastmere-$as_of.md)"
step 'every action, CSV' report "$plan" --framework "$framework" --as-of "$as_of" --output csv > "$out/eastmere-$as_of.csv"
echo "(written to $out/eastmere-$as_of.csv)"

# 3. The scrutiny panel's stricter rules in place of the framework's own.
step 'by council priority, the scrutiny rules' report "$plan" --framework "$framework" --rules "$scrutiny" --as-of "$as_of" --by theme
