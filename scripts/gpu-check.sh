#!/usr/bin/env bash
# The GPU check, in two halves, because the GPU machine reaches no package registry:
#
#   scripts/gpu-check.sh pack [BUILD_DIR]   here (after the dev build): copies the GPU test
#       programs and mslw, stripped, with the shared libraries they need that are neither
#       LibTorch's nor the C library's, into .gpu-check/bundle.tar.xz (ignored by git). They are
#       built against torch 2.11.0+cu130, the version the GPU machines run, so there they load
#       that machine's LibTorch.
#   scripts/gpu-check.sh run OUT            there (the device tool: carry .gpu-check): unpacks
#       the bundle, points the programs at the python3 torch found on the machine, runs the
#       tests labelled gpu, `mslw version --json` and the CUDA benchmarks, and writes
#       OUT/gpu-check.log and OUT/summary.json. It ends in well under 8 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
bundle_dir=.gpu-check
gpu_tests=(tst_cuda_model tst_cuda_training tst_torch_runtime)

pack() {
  local build=${1:-build/dev}
  rm -rf "$bundle_dir/stage" && mkdir -p "$bundle_dir/stage/bin" "$bundle_dir/stage/lib"
  for program in "$build/app/mslw" "${gpu_tests[@]/#/$build/tests/}"; do
    [ -x "$program" ] || { echo "gpu-check: $program is not built (build the dev preset first)" >&2; exit 1; }
    strip -o "$bundle_dir/stage/bin/$(basename "$program")" "$program"
    # Libraries beside LibTorch's own, the CUDA ones and glibc/libstdc++ (the machine's are newer).
    ldd "$program" | awk '$3 ~ /^\// {print $3}' |
      grep -vE '/(torch|nvidia)/|/cuda[^/]*/|/(libc|libm|libdl|librt|libpthread|libutil|libgcc_s|libstdc\+\+)\.so|ld-linux' |
      while read -r library; do cp -Lu "$library" "$bundle_dir/stage/lib/"; done
  done
  tar -C "$bundle_dir/stage" -cJf "$bundle_dir/bundle.tar.xz" bin lib
  rm -rf "$bundle_dir/stage"
  echo "gpu-check: $(du -h "$bundle_dir/bundle.tar.xz" | cut -f1) in $bundle_dir/bundle.tar.xz"
}

run() {
  local out=${1:?usage: gpu-check.sh run OUT}
  mkdir -p "$out"
  local log="$out/gpu-check.log" work
  work=$(mktemp -d)
  tar -C "$work" -xJf "$bundle_dir/bundle.tar.xz"
  # The machine's Python with torch: plain python3 there, MSLW_PYTHON elsewhere.
  local python=${MSLW_PYTHON:-python3} torch_lib
  torch_lib=$("$python" -c 'import os, torch; print(os.path.join(os.path.dirname(torch.__file__), "lib"))')
  export LD_LIBRARY_PATH="$work/lib:$torch_lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  export MSLW_PYTHON=$(command -v "$python")
  {
    echo "== machine"; nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv || true
    "$python" -c 'import torch; print("python torch", torch.__version__, torch.version.cuda)'
  } >"$log" 2>&1
  "$work/bin/mslw" version --json >"$out/version.json" 2>>"$log" || true
  local results=() status=0
  for test in "${gpu_tests[@]}"; do
    echo "== $test" >>"$log"
    if timeout 300 "$work/bin/$test" -o "$out/$test.txt,txt" >>"$log" 2>&1; then
      # Qt Test exits 0 when every function skipped: a skip is not a pass.
      if grep -q "^Totals: 0 passed" "$out/$test.txt" 2>/dev/null; then
        results+=("\"$test\": \"skipped\"")
      else
        results+=("\"$test\": \"passed\"")
      fi
    else
      results+=("\"$test\": \"failed\""); status=1
    fi
    cat "$out/$test.txt" >>"$log" 2>/dev/null || true
  done
  echo "== mslw bench model" >>"$log"
  timeout 180 "$work/bin/mslw" bench model --device cuda --layers 2 --seq 512 --json \
    >"$out/bench_model.json" 2>>"$log" || true
  # The same LoRA step by transformers + peft on the same GPU, when that Python has them.
  echo "== transformers + peft, the same LoRA step" >>"$log"
  timeout 180 "$python" bench/hf_lora_speed.py --layers 2 --seq 512 --device cuda \
    >"$out/bench_hf_lora.json" 2>>"$log" || true
  # Data-parallel over NCCL on every GPU of the machine (one GPU counts: a world of one).
  echo "== mslw train --nproc <GPUs> over NCCL" >>"$log"
  local gpus
  gpus=$(nvidia-smi -L 2>/dev/null | wc -l)
  "$work/bin/mslw" data synth --out "$work/dp-data" --items 120 --users 80 >>"$log" 2>&1 || true
  cat >"$work/dp.json" <<JSON
{"preset": "quick-cpu", "name": "nccl check", "output_dir": "$work/dp-runs",
 "data": {"dir": "$work/dp-data"}, "loss": {"kind": "msl_ats", "eta": 1.0},
 "evaluation": {"every_steps": 0, "at_end": "off"},
 "training": {"device": "cuda", "max_steps": 20, "checkpoint_every": 0, "batch_size": 8}}
JSON
  timeout 240 "$work/bin/mslw" train --config "$work/dp.json" --store "$work/dp.sqlite" \
    --jsonl "$out/nccl_steps.jsonl" --json --nproc "${gpus:-1}" >"$out/nccl_train.json" 2>>"$log" &&
    results+=("\"nccl_train_${gpus}_gpus\": \"passed\"") ||
    { results+=("\"nccl_train_${gpus}_gpus\": \"failed\""); status=1; }
  printf '{"version": %s, "tests": {%s}}\n' "$(cat "$out/version.json" 2>/dev/null || echo null)" \
    "$(IFS=,; echo "${results[*]}")" >"$out/summary.json"
  cat "$out/summary.json"
  rm -rf "$work"
  return $status
}

case "${1:-}" in
  pack) shift; pack "$@" ;;
  run) shift; run "$@" ;;
  *) sed -n '2,14p' "$0"; exit 2 ;;
esac
