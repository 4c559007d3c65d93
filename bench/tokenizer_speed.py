"""Times Hugging Face's tokenizers (Rust) on the inputs `mslw bench text` gives it, so that both
tokenizers are measured in one run on the same machine and the same thread count.

usage: python tokenizer_speed.py tokenizer.json inputs.jsonl THREADS
prints {"tokens": N, "cold_seconds": s, "warm_seconds": s, "checksum": n, "threads": t}
"""
import json
import os
import sys
import time

if len(sys.argv) != 4:
    sys.exit(__doc__)
# The Rust library reads its thread count once, when it first parallelises.
os.environ["RAYON_NUM_THREADS"] = sys.argv[3]
from tokenizers import Tokenizer  # noqa: E402

tokenizer = Tokenizer.from_file(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as inputs:
    texts = [json.loads(line) for line in inputs if line.strip()]


def timed_pass():
    start = time.perf_counter()
    encodings = tokenizer.encode_batch(texts, add_special_tokens=False)
    seconds = time.perf_counter() - start
    tokens = 0
    checksum = 0
    for encoding in encodings:
        tokens += len(encoding.ids)
        for token in encoding.ids:
            checksum = (checksum * 31 + token) % 1000000007
    return tokens, checksum, seconds


tokens, checksum, cold = timed_pass()
_, _, warm = timed_pass()
print(json.dumps({"tokens": tokens, "cold_seconds": cold, "warm_seconds": warm,
                  "checksum": checksum, "threads": int(sys.argv[3])}))
