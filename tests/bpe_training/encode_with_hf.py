"""Encodes texts with Hugging Face's tokenizers (Rust) so that the Qt tests compare our ids.

usage: python encode_with_hf.py tokenizer.json inputs.jsonl   (one JSON string per line)
prints one JSON array of ids per input line (no special tokens added).
"""
import json
import sys

from tokenizers import Tokenizer

if len(sys.argv) != 3:
    sys.exit(__doc__)
tokenizer = Tokenizer.from_file(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as inputs:
    texts = [json.loads(line) for line in inputs if line.strip()]
for encoding in tokenizer.encode_batch(texts, add_special_tokens=False):
    print(json.dumps(encoding.ids))
