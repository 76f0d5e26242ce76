// Computes the same-sound table the 错别字 check uses: every GB 2312 character under each of its
// readings, tones left out (a pinyin input slip does not depend on the tone). Run after upgrading
// pinyin-pro.
import { writeFile } from "node:fs/promises";
import { pinyin } from "pinyin-pro";

/** The 6,763 characters of GB 2312 (levels 1 and 2), decoded from their two-byte codes. */
export function gb2312Characters() {
  const decoder = new TextDecoder("gbk");
  let characters = "";
  for (let high = 0xb0; high <= 0xf7; high++) {
    for (let low = 0xa1; low <= 0xfe; low++) {
      if (high === 0xd7 && low > 0xf9) continue; // the end of row 55 is empty in GB 2312
      characters += decoder.decode(new Uint8Array([high, low]));
    }
  }
  return characters;
}

/** Each toneless syllable with the characters that have it among their readings, sorted. */
export function computeReadings() {
  const bySyllable = new Map();
  for (const character of gb2312Characters()) {
    for (const syllable of new Set(
      pinyin(character, { multiple: true, type: "array", toneType: "none" })
    )) {
      if (!/^[a-zü]+$/.test(syllable)) continue;
      bySyllable.set(syllable, (bySyllable.get(syllable) ?? "") + character);
    }
  }
  const readings = Object.fromEntries([...bySyllable].sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    source: "GB 2312 的 6763 个汉字，读音（不计声调，含多音字各读音）取自 pinyin-pro",
    readings,
  };
}

export const READINGS_FILE = "src/content/typos/readings.generated.json";

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = computeReadings();
  await writeFile(READINGS_FILE, `${JSON.stringify(table, null, 0).replace(/","/g, '",\n"')}\n`);
  console.log(`${Object.keys(table.readings).length} syllables → ${READINGS_FILE}`);
}
