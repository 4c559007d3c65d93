// Reference encoder for the parity tests: @huggingface/tokenizers (tokenizers.js).
// usage: node encode_reference.mjs <node_modules dir> <tokenizer.json> <inputs.jsonl> <out.jsonl>
// Each input line is {"text": "...", "add_special_tokens": bool}; each output line is
// {"ids": [...], "decoded": "..."} where decoded = decode(ids) without clean-up (as the Rust
// library decodes).
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [modulesDir, tokenizerPath, inputPath, outputPath] = process.argv.slice(2);
if (!outputPath) {
  console.error("usage: node encode_reference.mjs <node_modules> <tokenizer.json> <in.jsonl> <out.jsonl>");
  process.exit(2);
}
const entry = path.join(modulesDir, "@huggingface", "tokenizers", "dist", "tokenizers.mjs");
const { Tokenizer } = await import(pathToFileURL(entry).href);

const tokenizerJson = JSON.parse(fs.readFileSync(tokenizerPath, "utf8"));
const configPath = path.join(path.dirname(tokenizerPath), "tokenizer_config.json");
const config = fs.existsSync(configPath) ? JSON.parse(fs.readFileSync(configPath, "utf8")) : {};
const tokenizer = new Tokenizer(tokenizerJson, config);

const lines = fs.readFileSync(inputPath, "utf8").split("\n").filter((l) => l.length > 0);
const out = [];
for (const line of lines) {
  const { text, add_special_tokens } = JSON.parse(line);
  const ids = tokenizer.encode(text, { add_special_tokens: !!add_special_tokens }).ids;
  const decoded = ids.length === 0 ? "" :
    tokenizer.decode(ids, { clean_up_tokenization_spaces: false });
  out.push(JSON.stringify({ ids, decoded }));
}
fs.writeFileSync(outputPath, out.join("\n") + "\n");
