"""Reference checkpoints and outputs from transformers and peft, for tst_hf_model_parity.

usage:
  python hf_models.py create OUT
      Writes OUT/<family>/ (config.json + safetensors as transformers saves them) for llama,
      mistral, qwen2 (tied embeddings, bf16 on disk), qwen3 and llama3_sharded (Llama-3 rope,
      several shards with an index), and OUT/<family>/reference.safetensors with:
        ids [2, 7], logits [2, 7, V]                    plain forward, float32
        padded_ids, padded_mask [2, 7], padded_logits   the second row left-padded by 3
      For llama also OUT/llama_lora/ (an adapter saved by peft, B non-zero) and
      OUT/llama_lora/reference.safetensors with the adapted logits, the loss
      (next-token cross-entropy, mean) and grad.<peft tensor name> for every LoRA weight.
  python hf_models.py peft-logits BASE ADAPTER IDS OUT
      Loads BASE with transformers and ADAPTER with peft, runs the ids tensor of IDS
      (a safetensors file) and writes {"logits"} to OUT.
  python hf_models.py logits FOLDER IDS OUT
      Loads the checkpoint FOLDER (written by the workbench) with transformers in float32 and
      writes the logits of the ids tensor of IDS to OUT.
  python hf_models.py resave IN OUT
      Loads IN with the safetensors library (which validates it) and saves its tensors and
      metadata to OUT, as the library writes files.
"""
import os
import sys

import torch
from safetensors.torch import load_file, save_file

import transformers
from transformers import AutoModelForCausalLM

VOCAB = 96
COMMON = dict(vocab_size=VOCAB, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
              num_attention_heads=4, num_key_value_heads=2, head_dim=8,
              max_position_embeddings=128, rms_norm_eps=1e-6, bos_token_id=1, eos_token_id=2)


def configs():
    return {
        "llama": transformers.LlamaConfig(**COMMON, rope_theta=10000.0),
        "mistral": transformers.MistralConfig(**COMMON, rope_theta=10000.0, sliding_window=None),
        "qwen2": transformers.Qwen2Config(**COMMON, rope_theta=1000000.0,
                                          tie_word_embeddings=True),
        "qwen3": transformers.Qwen3Config(**COMMON, rope_theta=1000000.0),
        "llama3_sharded": transformers.LlamaConfig(
            **COMMON, rope_theta=500000.0,
            rope_scaling={"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
                          "high_freq_factor": 4.0, "original_max_position_embeddings": 16}),
    }


def random_model(config, seed):
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    # Weights far from their initialisation, so that attention is not near uniform and every
    # mistake in rope, norms or masking moves the logits.
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if "norm" in name:
                parameter.copy_(1.0 + 0.1 * torch.randn_like(parameter))
            else:
                parameter.normal_(0.0, 0.15)
    return model.eval()


def inputs():
    generator = torch.Generator().manual_seed(7)
    ids = torch.randint(3, VOCAB, (2, 7), generator=generator)
    padded = ids.clone()
    padded[1, 3:] = ids[1, :4]
    padded[1, :3] = 0
    mask = torch.ones_like(padded)
    mask[1, :3] = 0
    return ids, padded, mask


def forward(model, ids, mask=None):
    with torch.no_grad():
        if mask is None:
            return model(input_ids=ids).logits.float()
        # Positions count real tokens only, as generate() computes them for left padding.
        positions = (mask.cumsum(-1) - 1).clamp(min=0)
        return model(input_ids=ids, attention_mask=mask, position_ids=positions).logits.float()


def create(out):
    ids, padded, mask = inputs()
    for seed, (family, config) in enumerate(configs().items()):
        folder = os.path.join(out, family)
        model = random_model(config, seed + 1)
        if family == "qwen2":
            # Stored in bf16; the reference runs the same rounded weights in float32.
            model.to(torch.bfloat16).save_pretrained(folder)
            model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval()
        elif family == "llama3_sharded":
            model.save_pretrained(folder, max_shard_size="40KB")
        else:
            model.save_pretrained(folder)
        save_file({"ids": ids, "logits": forward(model, ids), "padded_ids": padded,
                   "padded_mask": mask, "padded_logits": forward(model, padded, mask)},
                  os.path.join(folder, "reference.safetensors"))
    create_lora(out, ids)


def create_lora(out, ids):
    from peft import LoraConfig, get_peft_model

    base = AutoModelForCausalLM.from_pretrained(os.path.join(out, "llama"), dtype=torch.float32)
    torch.manual_seed(11)
    config = LoraConfig(r=4, lora_alpha=8, lora_dropout=0.0, init_lora_weights=False,
                        target_modules=["q_proj", "v_proj", "down_proj"], task_type="CAUSAL_LM")
    model = get_peft_model(base, config).eval()
    logits = model(input_ids=ids).logits.float()
    loss = torch.nn.functional.cross_entropy(logits[:, :-1].reshape(-1, VOCAB),
                                             ids[:, 1:].reshape(-1))
    loss.backward()
    folder = os.path.join(out, "llama_lora")
    model.save_pretrained(folder)
    tensors = {"ids": ids, "logits": logits.detach(), "loss": loss.detach().reshape(1)}
    for name, parameter in model.named_parameters():
        if "lora_" in name:
            # peft's saved names drop the adapter name ("lora_A.default.weight" -> "lora_A.weight").
            tensors["grad." + name.replace(".default", "")] = parameter.grad
    save_file(tensors, os.path.join(folder, "reference.safetensors"))


def peft_logits(base_folder, adapter_folder, ids_file, out):
    from peft import PeftModel

    base = AutoModelForCausalLM.from_pretrained(base_folder, dtype=torch.float32)
    model = PeftModel.from_pretrained(base, adapter_folder).eval()
    ids = load_file(ids_file)["ids"]
    save_file({"logits": forward(model, ids)}, out)


def checkpoint_logits(folder, ids_file, out):
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval()
    save_file({"logits": forward(model, load_file(ids_file)["ids"])}, out)


def resave(source, target):
    from safetensors import safe_open

    with safe_open(source, framework="pt") as opened:
        metadata = opened.metadata()
        tensors = {name: opened.get_tensor(name) for name in opened.keys()}
    save_file(tensors, target, metadata=metadata)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "create":
        create(sys.argv[2])
    elif len(sys.argv) == 5 and sys.argv[1] == "logits":
        checkpoint_logits(*sys.argv[2:])
    elif len(sys.argv) == 4 and sys.argv[1] == "resave":
        resave(*sys.argv[2:])
    elif len(sys.argv) == 6 and sys.argv[1] == "peft-logits":
        peft_logits(*sys.argv[2:])
    else:
        sys.exit(__doc__)
