"""Tokens/s of one LoRA forward+backward step done by transformers + peft, on the shape that
`mslw bench model` times (Llama-3.2-1B's config with fewer layers, random weights), so that
scripts/gpu-check.sh can put the two side by side on the same GPU in the same run.

    python bench/hf_lora_speed.py --layers 2 --batch 1 --seq 512 --device cuda

Prints one JSON object. The base is bf16 on CUDA (float32 on the CPU); the adapters are fp32
(rank 16 on the seven projections, as the workbench's bench and the paper's recipe); the loss is
the mean of the logits, as `mslw bench model` uses, so both do the same work.
"""
import argparse
import json
import statistics
import time

import torch
from peft import LoraConfig, get_peft_model
from transformers import LlamaConfig, LlamaForCausalLM


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--layers", type=int, default=2)
    parser.add_argument("--batch", type=int, default=1)
    parser.add_argument("--seq", type=int, default=512)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--device", default="cuda")
    args = parser.parse_args()

    device = torch.device(args.device)
    dtype = torch.bfloat16 if device.type == "cuda" else torch.float32
    config = LlamaConfig(
        vocab_size=128256, hidden_size=2048, intermediate_size=8192,
        num_hidden_layers=args.layers, num_attention_heads=32, num_key_value_heads=8,
        head_dim=64, max_position_embeddings=131072, rms_norm_eps=1e-5,
        rope_theta=500000.0, tie_word_embeddings=True,
        rope_scaling={"rope_type": "llama3", "factor": 32.0, "low_freq_factor": 1.0,
                      "high_freq_factor": 4.0, "original_max_position_embeddings": 8192},
        attn_implementation="sdpa")
    torch.manual_seed(0)
    model = LlamaForCausalLM(config).to(device=device, dtype=dtype)
    lora = LoraConfig(r=16, lora_alpha=32, lora_dropout=0.0,
                      target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj",
                                      "up_proj", "down_proj"])
    model = get_peft_model(model, lora)
    for name, parameter in model.named_parameters():
        if "lora_" in name:
            parameter.data = parameter.data.float()
    model.train()
    ids = torch.randint(0, config.vocab_size, (args.batch, args.seq), device=device)

    def sync():
        if device.type == "cuda":
            torch.cuda.synchronize()

    seconds = []
    for run in range(args.repeats + 1):
        model.zero_grad(set_to_none=True)
        sync()
        start = time.perf_counter()
        model(input_ids=ids).logits.float().mean().backward()
        sync()
        if run > 0:
            seconds.append(time.perf_counter() - start)
    median = statistics.median(seconds)
    print(json.dumps({
        "library": "transformers + peft", "device": str(device), "dtype": str(dtype),
        "layers": args.layers, "batch": args.batch, "sequence_length": args.seq,
        "lora_forward_backward_seconds": median,
        "lora_forward_backward_tokens_per_second": args.batch * args.seq / median,
    }))


if __name__ == "__main__":
    main()
