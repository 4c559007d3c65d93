#include "ui/run_config_fields.h"

#include <stdexcept>

namespace msl {
namespace ui {
namespace {

// What the form says about a key; what the key holds and allows comes from the schema.
struct FieldText {
  const char* path;
  QString label;
  QString help;
};

struct GroupText {
  QString title;
  std::vector<FieldText> fields;
};

ConfigField fieldOf(const FieldText& text) {
  const RunConfigKey* key = findRunConfigKey(text.path);
  if (!key) throw std::logic_error(std::string("run config form: no key ") + text.path);
  QStringList choices;
  for (const auto& value : key->allowed) choices << QString::fromStdString(value);
  return {QString::fromLatin1(text.path), text.label, key->kind, choices, text.help};
}

}  // namespace

std::vector<ConfigFieldGroup> RunConfigFields::groups() {
  const std::vector<GroupText> texts{
      {tr("Run"),
       {{"name", tr("Name"), tr("Run name in the store; empty: data folder and loss")},
        {"output_dir", tr("Output folder"),
         tr("Checkpoints go to <folder>/run-<id>-<store>; relative to the store's folder")}}},
      {tr("Data"),
       {{"data.dir", tr("Dataset folder"), {}},
        {"data.train_split", tr("Train split"), {}},
        {"data.valid_split", tr("Validation split"), {}},
        {"data.test_split", tr("Test split"), {}},
        {"data.cutoff_length", tr("Cutoff length"),
         tr("Prompt + target tokens; the oldest history items are dropped, never the target")},
        {"data.length_bucketing", tr("Length bucketing"), {}}}},
      {tr("Model"),
       {{"model.create.enabled", tr("Create a random model"),
         tr("Train a randomly initialised model instead of loading a checkpoint")},
        {"model.create.arch", tr("Architecture"), {}},
        {"model.create.size", tr("Size"), {}},
        {"model.create.seed", tr("Creation seed"), {}},
        {"model.checkpoint", tr("Checkpoint folder"),
         tr("Hugging Face folder with config.json and model.safetensors")},
        {"model.tokenizer", tr("Tokenizer"), tr("tokenizer.json; empty: the checkpoint's")},
        {"model.tokenizer_vocab_size", tr("Tokenizer vocabulary"),
         tr("Created model without a tokenizer: BPE of this size trained on the train split")}}},
      {tr("Loss"),
       {{"loss.kind", tr("Loss"),
         tr("lml: full-vocabulary softmax; msl: softmax over the valid tokens; msl_ats: MSL with "
            "the adaptive temperature")},
        {"loss.tau", tr("τ"), tr("Temperature of LML/MSL; initial τ of ATS")},
        {"loss.eta", tr("η"), tr("ATS: n·η must exceed 1")},
        {"loss.alpha", tr("α"), tr("ATS: weight of the new estimate in the EMA")},
        {"loss.warmup_steps", tr("ATS warm-up steps"), {}},
        {"loss.min_tau", tr("Minimum τ"), {}},
        {"loss.max_tau", tr("Maximum τ"), {}},
        {"loss.ats_rows", tr("ATS rows"), {}},
        {"loss.single_valid_rows", tr("Single-token rows"), {}},
        {"loss.logits_path", tr("Logits"), {}},
        {"loss.invalid_mass_every", tr("Invalid mass every"),
         tr("Measure the probability on invalid tokens every k steps; 0 = never")}}},
      {tr("Adapter"),
       {{"lora.enabled", tr("LoRA (off: full fine-tuning)"), {}},
        {"lora.r", tr("Rank r"), {}},
        {"lora.alpha", tr("Alpha"), {}},
        {"lora.dropout", tr("Dropout"), {}},
        {"lora.targets", tr("Targets"), tr("Comma-separated projection names")}}},
      {tr("Optimizer"),
       {{"optimizer.lr", tr("Learning rate"), {}},
        {"optimizer.weight_decay", tr("Weight decay"), {}},
        {"optimizer.betas", tr("Betas"), tr("Two numbers, e.g. 0.9, 0.999")},
        {"optimizer.eps", tr("Epsilon"), {}},
        {"schedule.kind", tr("Schedule"), {}},
        {"schedule.warmup_steps", tr("Warm-up steps"), {}}}},
      {tr("Training"),
       {{"training.batch_size", tr("Batch size"), {}},
        {"training.gradient_accumulation", tr("Gradient accumulation"), {}},
        {"training.epochs", tr("Epochs"), {}},
        {"training.max_steps", tr("Max steps"),
         tr("> 0 stops there and sets the schedule's length; 0 = by epochs")},
        {"training.clip_norm", tr("Clip norm"), tr("0 = no clipping")},
        {"training.seed", tr("Seed"), {}},
        {"training.checkpoint_every", tr("Checkpoint every"), tr("Steps; 0 = only at epoch ends")},
        {"training.device", tr("Device"),
         tr("auto (the Workspace page's choice), cpu, cuda or cuda:N")},
        {"training.precision", tr("Precision"),
         tr("auto: bf16 on CUDA, fp32 on the CPU. LoRA in bf16 stores the base weights in bf16; "
            "full fine-tuning keeps fp32 master weights and computes in bf16 (autocast). "
            "Adapters, optimizer and loss stay fp32")},
        {"training.activation_checkpointing", tr("Activation checkpointing"),
         tr("Recompute each layer in backward: less memory, about a third more compute")}}},
      {tr("Evaluation"),
       {{"evaluation.every_steps", tr("Evaluate every"), tr("Steps; 0 = never during training")},
        {"evaluation.subset", tr("Subset"), tr("Validation samples per evaluation; 0 = all")},
        {"evaluation.subset_seed", tr("Subset seed"),
         tr("The same seed picks the same samples in every run")},
        {"evaluation.at_end", tr("At the end"), tr("The split evaluated in full after training")},
        {"evaluation.beams", tr("Beams"), tr("Beam width = titles returned")},
        {"evaluation.variant", tr("Masking"),
         tr("full_softmax_then_mask: the paper's CBS; masked_softmax: the distribution MSL "
            "trains")},
        {"evaluation.batch_size", tr("Users per batch"), {}}}},
  };
  std::vector<ConfigFieldGroup> groups;
  for (const GroupText& group : texts) {
    ConfigFieldGroup fields{group.title, {}};
    for (const FieldText& text : group.fields) fields.fields.push_back(fieldOf(text));
    groups.push_back(std::move(fields));
  }
  return groups;
}

}  // namespace ui
}  // namespace msl
