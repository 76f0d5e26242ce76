import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { TYPED } from "../fixtures/docx/report";

const dir = mkdtempSync(join(tmpdir(), "dangjian-quotes-"));
const REPORT = readFileSync(
  resolve(__dirname, "../fixtures/reports/annual-summary-agency.txt"),
  "utf8"
);

/** The text of an HTML fragment, entities decoded. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

it("--report quotes the words around every finding, and its fix, not only 第9段第218字", async () => {
  writeFileSync(join(dir, "机关.txt"), REPORT);
  // A blank, a misquoted 提法 and a part left out (its place is a point between two paragraphs).
  const edited = TYPED.filter((_, i) => i !== 5 && i !== 6).map((t, i) =>
    i === 3 ? t.replace("12次", "XX次，做到“两个拥护”") : t
  );
  writeFileSync(join(dir, "支部.txt"), edited.join("\n"));
  const page = join(dir, "汇总.html");
  const code = await main(["check", dir, "--report", page], {
    out: () => {},
    err: () => {},
    read: (p) => readFile(p),
  });
  expect(code).toBe(1);
  const html = await readFile(page, "utf8");
  const items = [...html.matchAll(/<ol class="findings">(.*?)<\/ol>/gs)].flatMap((list) =>
    [...list[1]!.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => m[1]!)
  );
  expect(items.length).toBeGreaterThan(10);
  for (const item of items) {
    const place = text(/<span class="place">(.*?)<\/span>/.exec(item)![1]!);
    const quote = /<span class="quote">(.*?)<\/span>/.exec(item)?.[1];
    // The start of the document is found without words; everything else is quoted.
    if (place === "文首") continue;
    expect(quote, `${place}: ${text(item)}`).toBeDefined();
    expect(text(quote!).replace(/[“”…]|在|之[前后间]|与/g, "").length).toBeGreaterThan(5);
  }
  const all = items.map(text);
  // The blank among its neighbours, marked.
  expect(items.some((i) => /<mark>XX<\/mark>次，做到/.test(i))).toBe(true);
  // The missing part: after the words it would follow.
  const missing = all.find((t) => t.includes("缺少“存在的问题和不足”部分"));
  expect(missing).toMatch(/在“….*全年发展党员2名。”之后/);
  // The 提法 with what to write instead.
  expect(all.some((t) => t.includes("两个拥护") && /两个维护/.test(t))).toBe(true);
});
