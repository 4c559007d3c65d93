// Times @huggingface/tokenizers (the reference JS implementation) on the inputs `mslw bench text`
// gives it, so that both tokenizers are measured in one run on the same machine.
// usage: node tokenizer_speed.mjs NPM_CACHE_DIR tokenizer.json inputs.jsonl
// prints {"tokens": N, "cold_seconds": s, "warm_seconds": s, "checksum": n}
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [cacheDir, tokenizerPath, inputsPath] = process.argv.slice(2);
const modulePath = path.join(cacheDir, "node_modules/@huggingface/tokenizers/dist/tokenizers.mjs");
const { Tokenizer } = await import(pathToFileURL(modulePath).href);

const tokenizerJson = JSON.parse(fs.readFileSync(tokenizerPath, "utf8"));
const configPath = path.join(path.dirname(tokenizerPath), "tokenizer_config.json");
const config = fs.existsSync(configPath) ? JSON.parse(fs.readFileSync(configPath, "utf8")) : {};
const tokenizer = new Tokenizer(tokenizerJson, config);
const inputs = fs.readFileSync(inputsPath, "utf8").split("\n").filter((l) => l.length).map((l) => JSON.parse(l));

function pass() {
  let tokens = 0;
  let checksum = 0;
  const start = process.hrtime.bigint();
  for (const text of inputs) {
    const ids = tokenizer.encode(text, { add_special_tokens: false }).ids;
    tokens += ids.length;
    for (const id of ids) checksum = (checksum * 31 + id) % 1000000007;
  }
  return { tokens, checksum, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

const cold = pass();
const warm = pass();
console.log(JSON.stringify({ tokens: cold.tokens, cold_seconds: cold.seconds, warm_seconds: warm.seconds, checksum: cold.checksum }));
