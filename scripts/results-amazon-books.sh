#!/usr/bin/env bash
# Reproduces docs/results.md: LML vs MSL (fixed tau) vs MSL+ATS on Amazon Books with a model the
# workbench creates itself, fully fine-tuned on the CPU, then evaluated on the full test split
# with constrained beam search (beam 10, both masking variants).
#
#   scripts/results-amazon-books.sh [--data DIR] [--out DIR] [--size tiny|small]
#                                   [--vocab N] [--epochs N] [--max-steps N] [--eval-limit N]
#                                   [--variants cbs,masked] [--skip-training]
#
# --skip-training evaluates the runs an earlier call trained in the same --out folder. MSLW names
# another mslw binary (default: build/dev/app/mslw, built when missing).
# The dataset folder is read, never written: the workspace under --out links its files and adds
# a validation split (the last 500 samples of train.csv that are not among the 10,000 training
# samples), which the runs use for model selection, never the test split.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

data=../shared/data/amazon_books
out=results/amazon_books
size=tiny
vocab=4096
epochs=1
max_steps=0
eval_limit=0
train=1
variants=cbs,masked
while (($#)); do
  case "$1" in
    --data) data=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --vocab) vocab=$2; shift 2 ;;
    --epochs) epochs=$2; shift 2 ;;
    --max-steps) max_steps=$2; shift 2 ;;
    --eval-limit) eval_limit=$2; shift 2 ;;
    --skip-training) train=0; shift ;;
    --variants) variants=$2; shift 2 ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done

for file in id2name4Rec.json train.csv train_10000.csv test.csv; do
  [[ -f $data/$file ]] || { echo "missing $data/$file: pass --data DIR (the BIGRec Amazon Books folder)" >&2; exit 1; }
done
data=$(cd "$data" && pwd)
mslw=${MSLW:-$repo/build/dev/app/mslw}  # dev = RelWithDebInfo
if [[ ! -x $mslw ]]; then
  scripts/bootstrap.sh
  cmake --preset dev >/dev/null
  cmake --build --preset dev --target mslw
fi

mkdir -p "$out"
out=$(cd "$out" && pwd)
workspace=$out/workspace
mkdir -p "$workspace"
ln -sf "$data/id2name4Rec.json" "$workspace/id2name4Rec.json"
ln -sf "$data/train_10000.csv" "$workspace/train_10000.csv"
ln -sf "$data/test.csv" "$workspace/test.csv"
# Validation: samples of the full training period that the 10,000 training samples do not hold.
{
  head -n 1 "$data/train.csv"
  awk 'NR == FNR { seen[$0] = 1; next } FNR > 1 && !($0 in seen)' \
    "$data/train_10000.csv" "$data/train.csv" | tail -n 500
} >"$workspace/valid.csv"
cat >"$workspace/dataset.json" <<'JSON'
{
  "format_version": 1,
  "name": "amazon_books_10k",
  "domain": "books",
  "items": {"file": "id2name4Rec.json", "format": "bigrec_json", "allow_empty_titles": true},
  "splits": {"train": "train_10000.csv", "valid": "valid.csv", "test": "test.csv"}
}
JSON

store=$out/store.sqlite
if ((train)); then
  rm -f "$store" "$store-wal" "$store-shm"
  rm -rf "$out/runs"
fi

# One config per loss; everything else is shared (same created model, same seed, same data
# order). Learning rate and batch are ours for a small model trained from scratch on a CPU.
write_config() { # name loss tau
  cat >"$out/$1.json" <<JSON
{
  "name": "$1",
  "output_dir": "$out/runs",
  "data": {"dir": "$workspace", "train_split": "train", "valid_split": "valid",
           "test_split": "test", "cutoff_length": 384},
  "model": {"create": {"enabled": true, "arch": "llama", "size": "$size", "seed": 7},
            "tokenizer_vocab_size": $vocab},
  "loss": {"kind": "$2", "tau": $3, "eta": 0.25, "alpha": 0.05, "min_tau": 1.5, "max_tau": 5.0},
  "lora": {"enabled": false},
  "optimizer": {"lr": 1e-3, "weight_decay": 0.0},
  "schedule": {"kind": "cosine", "warmup_steps": 20},
  "training": {"batch_size": 32, "gradient_accumulation": 1, "epochs": $epochs,
               "max_steps": $max_steps, "seed": 42, "checkpoint_every": 0, "device": "cpu"}
}
JSON
}
write_config lml lml 1.0
write_config msl msl 1.5
write_config msl_ats msl_ats 1.5

started=$(date +%s)
declare -A runs
for name in lml msl msl_ats; do
  if ((train)); then
    echo "== training $name ($(($(date +%s) - started)) s so far)"
    "$mslw" train --config "$out/$name.json" --store "$store" --json >"$out/$name.train.json"
  fi
  runs[$name]=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["run"])' \
    "$out/$name.train.json")
done

limit_args=()
((eval_limit > 0)) && limit_args=(--limit "$eval_limit")
for name in lml msl msl_ats; do
  for variant in ${variants//,/ }; do
    echo "== evaluating $name, $variant ($(($(date +%s) - started)) s so far)"
    flag=()
    [[ $variant == masked ]] && flag=(--mask-before-softmax)
    "$mslw" eval --run "${runs[$name]}" --store "$store" --data "$workspace" --split test \
      --beams 10 "${flag[@]}" "${limit_args[@]}" --json >"$out/$name.$variant.eval.json"
  done
done

# The recommenders without a model, fitted on the same training split, selected (SASRec) on the
# same validation split, evaluated on the same test samples and recorded in the same store.
for kind in popularity markov sasrec; do
  echo "== baseline $kind ($(($(date +%s) - started)) s so far)"
  "$mslw" baseline "$kind" --data "$workspace" --split test --train-split train --titles 10 \
    "${limit_args[@]}" --store "$store" --json >"$out/$kind.baseline.json"
done

# The table shows every evaluation in --out, also those of an earlier call with other --variants.
python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
keys = ["NDCG@1", "NDCG@5", "NDCG@10", "HR@1", "HR@5", "HR@10", "MRR"]
print("| loss | search | " + " | ".join(keys) + " | samples |")
print("| --- | --- | " + " | ".join("---" for _ in keys) + " | --- |")
for name, label in [("lml", "LML"), ("msl", "MSL (τ = 1.5)"), ("msl_ats", "MSL + ATS")]:
    for variant, search in [("cbs", "CBS"), ("masked", "masked")]:
        if not os.path.exists(f"{out}/{name}.{variant}.eval.json"):
            continue
        result = json.load(open(f"{out}/{name}.{variant}.eval.json"))
        print(f"| {label} | {search} | " + " | ".join(f"{result[k]:.4f}" for k in keys)
              + f" | {result['samples']} |")
for kind, label in [("popularity", "popularity"), ("markov", "Markov"), ("sasrec", "SASRec")]:
    if not os.path.exists(f"{out}/{kind}.baseline.json"):
        continue
    result = json.load(open(f"{out}/{kind}.baseline.json"))
    metrics = result["metrics"]
    print(f"| {label} | (no model) | " + " | ".join(f"{metrics[k]:.4f}" for k in keys)
          + f" | {result['samples']} |")
PY
echo "store: $store (mslw runs --store $store; mslw compare ... --store $store)"
echo "total: $(($(date +%s) - started)) s"
