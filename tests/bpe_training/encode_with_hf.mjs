// Encodes texts with @huggingface/tokenizers (the reference JS implementation) so that the Qt
// tests can compare our ids with the library's. Reads tokenizer_config.json beside the
// tokenizer.json when present, as transformers.js does.
// usage: node encode_with_hf.mjs tokenizer.json inputs.jsonl   (one JSON string per line)
// prints one JSON array of ids per input line (no special tokens added).
// The package comes from $MSLW_NPM_CACHE, else $XDG_CACHE_HOME/msl-workbench/npm-reference,
// else ~/.cache/msl-workbench/npm-reference (where scripts/npm-reference-setup.sh installs it).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

function npmCacheDir() {
  if (process.env.MSLW_NPM_CACHE) return process.env.MSLW_NPM_CACHE;
  const cacheHome = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(cacheHome, "msl-workbench", "npm-reference");
}

const [tokenizerPath, inputsPath] = process.argv.slice(2);
if (!tokenizerPath || !inputsPath) {
  console.error("usage: node encode_with_hf.mjs tokenizer.json inputs.jsonl");
  process.exit(2);
}
const modulePath = path.join(npmCacheDir(), "node_modules/@huggingface/tokenizers/dist/tokenizers.mjs");
const { Tokenizer } = await import(pathToFileURL(modulePath).href);

const tokenizerJson = JSON.parse(fs.readFileSync(tokenizerPath, "utf8"));
const configPath = path.join(path.dirname(tokenizerPath), "tokenizer_config.json");
const config = fs.existsSync(configPath) ? JSON.parse(fs.readFileSync(configPath, "utf8")) : {};
const tokenizer = new Tokenizer(tokenizerJson, config);

const lines = fs.readFileSync(inputsPath, "utf8").split("\n").filter((line) => line.length > 0);
const output = lines.map((line) => JSON.stringify(tokenizer.encode(JSON.parse(line), { add_special_tokens: false }).ids));
process.stdout.write(output.join("\n") + (output.length ? "\n" : ""));
