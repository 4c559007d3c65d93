"""Reference encoder for the parity tests: Hugging Face's tokenizers (the Rust library).

usage: python encode_reference.py <tokenizer.json> <inputs.jsonl> <outputs.jsonl>
Each input line is {"text": "...", "add_special_tokens": bool}; each output line is
{"ids": [...], "decoded": "..."} where decoded = decode(ids) with special tokens kept, as the
workbench's decode keeps them.
"""
import json
import sys

from tokenizers import Tokenizer


def main(tokenizer_path, inputs_path, outputs_path):
    tokenizer = Tokenizer.from_file(tokenizer_path)
    with open(inputs_path, encoding="utf-8") as inputs:
        requests = [json.loads(line) for line in inputs if line.strip()]
    with open(outputs_path, "w", encoding="utf-8") as outputs:
        for request in requests:
            ids = tokenizer.encode(request["text"],
                                   add_special_tokens=bool(request["add_special_tokens"])).ids
            decoded = tokenizer.decode(ids, skip_special_tokens=False) if ids else ""
            outputs.write(json.dumps({"ids": ids, "decoded": decoded}) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
