// Builds src/content/typos/commonWords.json, the list of ordinary words the typo check uses to tell
// whether a span is itself a word. The words come from the dictionary shipped in the npm package
// @node-rs/jieba 2.0.3 (dict.txt, MIT licence), which is not a dependency of this project:
//   cd "$(mktemp -d)" && npm pack @node-rs/jieba@2.0.3 && tar xzf node-rs-jieba-2.0.3.tgz
//   node scripts/build-common-words.mjs <that folder>/package/dict.txt
// Kept: words of 2 to 4 Chinese characters seen at least MIN_FREQ times in the dictionary's corpus,
// less every known wrong form (src/content/typos/wrongForms.json) and every word containing one.
import { readFileSync, writeFileSync } from "node:fs";

const MIN_FREQ = 30;
const OUT = "src/content/typos/commonWords.json";
const SOURCE =
  "@node-rs/jieba 2.0.3 (npm) 所附 dict.txt 词典，MIT 许可证；取 2 至 4 个汉字、词频不低于 30 的词，剔除 wrongForms.json 中的错误词形及含错误词形的词";

const dictPath = process.argv[2];
if (!dictPath) {
  console.error("usage: node scripts/build-common-words.mjs <path to jieba dict.txt>");
  process.exit(1);
}
const wrong = JSON.parse(readFileSync("src/content/typos/wrongForms.json", "utf8")).entries.map(
  (e) => e.wrong
);
const words = new Set();
for (const line of readFileSync(dictPath, "utf8").split("\n")) {
  const [word, freq] = line.split(" ");
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(word ?? "") || Number(freq) < MIN_FREQ) continue;
  if (wrong.some((w) => word.includes(w))) continue;
  words.add(word);
}
const sorted = [...words].sort();
const body = sorted.map((w) => `    ${JSON.stringify(w)}`).join(",\n");
writeFileSync(OUT, `{\n  "source": ${JSON.stringify(SOURCE)},\n  "entries": [\n${body}\n  ]\n}\n`);
console.log(`${sorted.length} words → ${OUT}`);
