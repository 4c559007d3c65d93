#!/usr/bin/env bash
# Reproduces docs/results.md: LML vs MSL (fixed tau) vs MSL+ATS on Amazon Books with a model the
# workbench creates itself, fully fine-tuned on the CPU for several epochs and several seeds.
# Every run is evaluated on the validation split at each epoch's end; the checkpoint with the
# best validation NDCG@10 (never the test split) is then evaluated on the full test split with
# constrained beam search (beam 10, both masking variants). The baselines (popularity, Markov,
# SASRec, same series) are fitted on the same training split and recorded in the same store, and
# the table gives mean and standard deviation over the seeds.
#
#   scripts/results-amazon-books.sh [--data DIR] [--out DIR] [--size tiny|small] [--vocab N]
#                                   [--epochs N] [--lr X] [--seeds "1 2 3"]
#                                   [--losses "lml msl msl_ats"]
#                                   [--baselines "popularity markov sasrec series"] [--eval-limit N]
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
epochs=6
lr=3e-3
seeds="1 2 3"
losses="lml msl msl_ats"
baselines="popularity markov sasrec series"
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
    --lr) lr=$2; shift 2 ;;
    --seeds) seeds=$2; shift 2 ;;
    --losses) losses=$2; shift 2 ;;
    --baselines) baselines=$2; shift 2 ;;
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

# One config per loss and seed; everything else is shared. The seed draws the created model's
# weights and the data order. Learning rate and batch are ours for a small model trained from
# scratch on a CPU. Each run is evaluated on the whole validation split (500 samples) at every
# epoch's end, with the search that suits its loss: the paper's CBS for LML, the masked softmax
# (the distribution MSL trains) for MSL and MSL + ATS.
steps_per_epoch=$(((10000 + 31) / 32))
write_config() { # name loss tau seed variant
  cat >"$out/$1.json" <<JSON
{
  "name": "$1",
  "output_dir": "$out/runs",
  "data": {"dir": "$workspace", "train_split": "train", "valid_split": "valid",
           "test_split": "test", "cutoff_length": 384},
  "model": {"create": {"enabled": true, "arch": "llama", "size": "$size", "seed": $4},
            "tokenizer_vocab_size": $vocab},
  "loss": {"kind": "$2", "tau": $3, "eta": 0.25, "alpha": 0.05, "min_tau": 1.5, "max_tau": 5.0},
  "lora": {"enabled": false},
  "optimizer": {"lr": $lr, "weight_decay": 0.0},
  "schedule": {"kind": "cosine", "warmup_steps": 20},
  "training": {"batch_size": 32, "gradient_accumulation": 1, "epochs": $epochs,
               "seed": $4, "checkpoint_every": 0, "device": "cpu"},
  "evaluation": {"every_steps": $steps_per_epoch, "subset": 0, "variant": "$5",
                 "beams": 10, "batch_size": 16}
}
JSON
}
tau_of() { case $1 in lml) echo 1.0 ;; *) echo 1.5 ;; esac; }
variant_of() { case $1 in lml) echo full_softmax_then_mask ;; *) echo masked_softmax ;; esac; }

started=$(date +%s)
declare -A runs selected
for seed in $seeds; do
  for loss in $losses; do
    name=${loss}_seed$seed
    if ((train)); then
      write_config "$name" "$loss" "$(tau_of "$loss")" "$seed" "$(variant_of "$loss")"
      echo "== training $name ($(($(date +%s) - started)) s so far)"
      "$mslw" train --config "$out/$name.json" --store "$store" --json \
        --jsonl "$out/$name.steps.jsonl" >"$out/$name.train.json"
    fi
    # The run, and the step whose validation NDCG@10 is best (the earlier one on a tie).
    read -r "runs[$name]" "selected[$name]" < <(python3 - "$out/$name.train.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
valid = [e for e in report["evaluations"] if e["split"] == "valid"]
best = max(valid, key=lambda e: (e["metrics"]["NDCG@10"], -e["step"]))
print(report["run"], best["step"])
PY
)
    echo "   run ${runs[$name]}: validation selects step ${selected[$name]}"
  done
done

limit_args=()
((eval_limit > 0)) && limit_args=(--limit "$eval_limit")
for seed in $seeds; do
  for loss in $losses; do
    name=${loss}_seed$seed
    # The store keeps one evaluation per run, step and split: the search that suits the loss is
    # evaluated last, so that the store (mslw compare, the Runs page) holds that one.
    order=$variants
    [[ $loss == lml ]] && order=$(tr ',' '\n' <<<"$variants" | sort -r | paste -sd,)
    for variant in ${order//,/ }; do
      echo "== evaluating $name at step ${selected[$name]}, $variant ($(($(date +%s) - started)) s so far)"
      flag=()
      [[ $variant == masked ]] && flag=(--mask-before-softmax)
      "$mslw" eval --run "${runs[$name]}" --step "${selected[$name]}" --store "$store" \
        --data "$workspace" --split test --beams 10 "${flag[@]}" "${limit_args[@]}" \
        --json >"$out/$name.$variant.eval.json"
    done
  done
done

# The recommenders without a model, fitted on the same training split, selected (SASRec) on the
# same validation split, evaluated on the same test samples and recorded in the same store.
for kind in $baselines; do
  ((!train)) && [[ -f $out/$kind.baseline.json ]] && continue  # fitted by the earlier call
  echo "== baseline $kind ($(($(date +%s) - started)) s so far)"
  "$mslw" baseline "$kind" --data "$workspace" --split test --train-split train --titles 10 \
    "${limit_args[@]}" --store "$store" --json >"$out/$kind.baseline.json"
done

# Paired tests over the test samples (the store's evaluation of each run is the one its loss
# suits, see above): MSL + ATS against popularity, same series and LML, seed by seed.
baseline_run() {
  if [[ -f $1 ]]; then
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["run"])' "$1"
  fi
}
declare -A against_runs
for kind in popularity series; do
  against_runs[$kind]=$(baseline_run "$out/$kind.baseline.json")
done
for seed in $seeds; do
  [[ -n ${runs[msl_ats_seed$seed]:-} ]] || continue
  for kind in "${!against_runs[@]}"; do
    [[ -n ${against_runs[$kind]} ]] || continue
    "$mslw" compare "${against_runs[$kind]}" "${runs[msl_ats_seed$seed]}" --store "$store" \
      --json >"$out/msl_ats_seed$seed.vs_$kind.json"
  done
  if [[ -n ${runs[lml_seed$seed]:-} ]]; then
    "$mslw" compare "${runs[lml_seed$seed]}" "${runs[msl_ats_seed$seed]}" --store "$store" \
      --json >"$out/msl_ats_seed$seed.vs_lml.json"
  fi
done

# The table: mean and standard deviation over the seeds of every evaluation in --out (also those
# of an earlier call with other --variants), then the baselines.
python3 - "$out" "$seeds" <<'PY'
import json, os, statistics, sys
out, seeds = sys.argv[1], sys.argv[2].split()
keys = ["NDCG@1", "NDCG@5", "NDCG@10", "HR@1", "HR@5", "HR@10", "MRR"]
def cell(values):
    if len(values) == 1:
        return f"{values[0]:.4f}"
    return f"{statistics.mean(values):.4f} ± {statistics.stdev(values):.4f}"
print("| loss | search | " + " | ".join(keys) + " | seeds | selected steps | test evaluation s |")
print("| --- | --- | " + " | ".join("---" for _ in keys) + " | --- | --- | --- |")
for loss, label in [("lml", "LML"), ("msl", "MSL (τ = 1.5)"), ("msl_ats", "MSL + ATS")]:
    for variant, search in [("cbs", "CBS"), ("masked", "masked")]:
        results = [json.load(open(f"{out}/{loss}_seed{seed}.{variant}.eval.json")) for seed in seeds
                   if os.path.exists(f"{out}/{loss}_seed{seed}.{variant}.eval.json")]
        if not results:
            continue
        steps = ", ".join(str(r["step"]) for r in results)
        seconds = ", ".join(f"{r['seconds']:.0f}" for r in results if "seconds" in r)
        print(f"| {label} | {search} | " + " | ".join(cell([r[k] for r in results]) for k in keys)
              + f" | {len(results)} | {steps} | {seconds} |")
for kind, label in [("popularity", "popularity"), ("markov", "Markov"), ("sasrec", "SASRec"),
                    ("series", "same series")]:
    if not os.path.exists(f"{out}/{kind}.baseline.json"):
        continue
    metrics = json.load(open(f"{out}/{kind}.baseline.json"))["metrics"]
    print(f"| {label} | (no model) | " + " | ".join(f"{metrics[k]:.4f}" for k in keys) + " | | | |")
print()
print("| MSL + ATS against | seed | HR@10 (B − A) | p (t / sign / Wilcoxon) | B hit, A missed / A hit, B missed | NDCG@10 (B − A) | p (t / Wilcoxon) |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for against in ["popularity", "series", "lml"]:
    for seed in seeds:
        path = f"{out}/msl_ats_seed{seed}.vs_{against}.json"
        if not os.path.exists(path):
            continue
        comparison = json.load(open(path))
        by_metric = {m["metric"]: m for m in comparison["metrics"]}
        hr, ndcg = by_metric["HR@10"], by_metric["NDCG@10"]
        print(f"| {against} | {seed} | {hr['difference']:+.4f} | {hr['t_test_p']:.3g} / {hr['sign_test_p']:.3g} / "
              f"{hr['wilcoxon_p']:.3g} | {hr['b_better']} / {hr['a_better']} | {ndcg['difference']:+.4f} | "
              f"{ndcg['t_test_p']:.3g} / {ndcg['wilcoxon_p']:.3g} |")
PY
echo "store: $store (mslw runs --store $store; mslw compare ... --store $store)"
echo "total: $(($(date +%s) - started)) s"
