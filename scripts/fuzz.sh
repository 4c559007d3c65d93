#!/usr/bin/env bash
# A dedicated libFuzzer campaign (outside CI): builds preset fuzz (clang, ASan, UBSan), runs each
# target until it has executed --runs inputs or --seconds have passed, then merges the inputs
# that reached new coverage into the committed corpus (tests/fuzz/corpus/<target>/), which the
# normal build's fuzz-regression tests replay. Prints one line per campaign for
# docs/reliability.md; a finding's input is kept under build/fuzz/campaigns/<campaign>/.
#
#   scripts/fuzz.sh [--runs N] [--seconds S] [--no-merge] [--tokenizers "qwen3 llama2"] [target ...]
#
# tokenizer_text runs once per real tokenizer in ../shared/tokenizers (Llama-3, Qwen3, Llama-2),
# seeded with catalog titles from ../shared/data/amazon_books, and once on the repository's
# byte-level fixture (--tokenizers picks among fixture, llama3, qwen3, llama2); a missing shared
# folder is skipped with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=1000000
seconds=1800
merge=1
tokenizers="fixture llama3 qwen3 llama2"
targets=()
while (($#)); do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --no-merge) merge=0; shift ;;
    --tokenizers) tokenizers=$2; shift 2 ;;
    -h | --help) sed -n 2,13p "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if ((${#targets[@]} == 0)); then
  targets=(safetensors_header model_config tokenizer_json tokenizer_text dataset_layouts
    run_config peft_adapter_config experiment_store)
fi

export CCACHE_BASEDIR=$root CCACHE_NOHASHDIR=1
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzzers >/dev/null

shared=$root/../shared
campaigns=$root/build/fuzz/campaigns
mkdir -p "$campaigns"

# Seeds beyond the committed corpus: a few hundred real titles, one file each.
title_seeds() {
  local dir=$campaigns/title_seeds
  local catalog=$shared/data/amazon_books/id2name4Rec.json
  if [[ ! -f $catalog ]]; then
    echo "fuzz.sh: $catalog is missing: tokenizer_text runs on its committed corpus only" >&2
    return
  fi
  if [[ ! -d $dir ]]; then
    mkdir -p "$dir"
    python3 - "$catalog" "$dir" <<'EOF'
import json, sys
titles = list(json.load(open(sys.argv[1], encoding="utf-8")).values())
for index, title in enumerate(titles[::len(titles) // 300 or 1][:300]):
    open(f"{sys.argv[2]}/title-{index:03d}", "w", encoding="utf-8").write(title)
EOF
  fi
  echo "$dir"
}

# One campaign: NAME TARGET [ENV=VALUE] [extra seed dir].
campaign() {
  local name=$1 target=$2 environment=$3 seeds=${4:-}
  local binary=$root/build/fuzz/tests/fuzz/fuzz_$target
  local work=$campaigns/$name
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/findings"
  local started=$SECONDS
  # libFuzzer exits non-zero on a finding; the summary reports it, the other campaigns go on.
  env $environment nice -n 10 "$binary" -runs="$runs" -max_total_time="$seconds" -timeout=20 \
    -print_final_stats=1 -artifact_prefix="$work/findings/" "$work/corpus" \
    "$root/tests/fuzz/corpus/$target" $seeds >"$work/log" 2>&1 || true
  local executions coverage features findings
  executions=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$work/log" | tail -1 | grep -o '[0-9]*$' || echo '?')
  coverage=$(grep -o 'cov: [0-9]*' "$work/log" | tail -1 | grep -o '[0-9]*$' || echo '?')
  features=$(grep -o 'ft: [0-9]*' "$work/log" | tail -1 | grep -o '[0-9]*$' || echo '?')
  findings=$(find "$work/findings" -type f | wc -l)
  local added=0
  if ((merge)) && ((findings == 0)); then
    local before
    before=$(find "$root/tests/fuzz/corpus/$target" -type f | wc -l)
    # Edges only (no hit counters, no comparison operands): a few hundred inputs per target
    # rather than a thousand, for the same edge coverage.
    env $environment "$binary" -merge=1 -use_counters=0 -use_cmp=0 \
      "$root/tests/fuzz/corpus/$target" "$work/corpus" \
      >"$work/merge.log" 2>&1 || echo "fuzz.sh: merging $name failed: see $work/merge.log" >&2
    added=$(($(find "$root/tests/fuzz/corpus/$target" -type f | wc -l) - before))
  fi
  printf '| %s | %s | %s | %s | %d s | %s | +%d |\n' "$name" "$executions" "$coverage" "$features" \
    $((SECONDS - started)) "$([[ $findings == 0 ]] && echo none || echo "$findings: $work/findings")" "$added"
}

echo "| campaign | executions | coverage (edges) | features | time | findings | corpus added |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for target in "${targets[@]}"; do
  if [[ $target == tokenizer_text ]]; then
    titles=$(title_seeds)
    for name in $tokenizers; do
      if [[ $name == fixture ]]; then
        campaign tokenizer_text-fixture tokenizer_text "" "$titles"
        continue
      fi
      file=$shared/tokenizers/$name/tokenizer.json
      if [[ -f $file ]]; then
        campaign "tokenizer_text-$name" tokenizer_text "MSLW_FUZZ_TOKENIZER=$file" "$titles"
      else
        echo "fuzz.sh: $file is missing: no tokenizer_text campaign on $name" >&2
      fi
    done
  else
    campaign "$target" "$target" ""
  fi
done
