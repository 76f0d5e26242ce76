import { describe, expect, it } from "vitest";
import { GB_9704 } from "../../src/content/layout";
import { checkContext, checkDocument } from "../../src/core/check/check";
import type { DocParagraph, PageFormat } from "../../src/core/document";
import { layoutVerdict } from "../../src/taskpane/tabs/check/layout/layoutVerdict";
import { bodyParagraph } from "../../src/core/document";
import { layoutPlan } from "../../src/core/layout/plan";
import { MemoryDocument } from "../../src/host/memory/MemoryDocument";
import { MemoryHost } from "../../src/host/memory/MemoryHost";
import { PARAGRAPHS_PER_SYNC } from "../../src/host/word/layout";
import { WordHost } from "../../src/host/word/WordHost";
import { FakeWord } from "./fakeWord";

const REPORT = [
  "市统计局2025年党建工作总结",
  "　　2025年，局党组坚持以党建引领业务发展。现将全年工作总结如下。",
  "一、主要工作",
  "（一）加强政治建设。全年召开理论学习中心组学习12次。",
  "二、存在的问题",
  "理论学习的深度还不够。",
];

function setup(texts: string[], sets: string[]) {
  const word = new FakeWord(texts.map(bodyParagraph));
  word.supported = new Set(sets);
  return { word, host: new WordHost(word.run, word.settings, word.environment) };
}

const planFor = (paragraphs: readonly DocParagraph[]) =>
  layoutPlan(paragraphs, checkContext(paragraphs).outline, GB_9704);
const plan = planFor(REPORT.map(bodyParagraph));

describe("一键排版 in Word", () => {
  it("sets the East Asian typeface itself, the page and the grid, and — 1 — page numbers, in four syncs (WordApiDesktop 1.3, WordApi 1.5)", async () => {
    const { word, host } = setup(REPORT, ["WordApi 1.5", "WordApiDesktop 1.3"]);
    const outcome = await host.applyLayout(plan);
    expect(outcome).toEqual({ formatted: 6, skipped: 0, pageSet: true, pageNumbersSet: true });
    // Read; the paragraphs; read the footers; the page.
    expect(word.syncs).toBe(4);
    expect(word.texts()).toEqual(REPORT);
    expect(word.calls).toContain("paragraph.font.nameFarEast=方正小标宋简体");
    expect(word.calls).toContain("paragraph.font.nameFarEast=黑体");
    expect(word.calls).toContain("paragraph.font.nameAscii=Times New Roman");
    // A run-in heading: the paragraph in 仿宋, its words in 楷体.
    expect(word.calls).toContain("range(（一）加强政治建设。).font.nameFarEast=楷体_GB2312");
    // Typed full-width spaces count towards the indent.
    const opening = word.paragraphs[1]!.format;
    expect(opening.firstLineIndent).toBe(0);
    expect(word.paragraphs[5]!.format.firstLineIndent).toBe(32);
    expect(word.paragraphs[0]!.format.alignment).toBe("Centered");
    expect(word.pageSetup).toMatchObject({
      layoutMode: "Grid",
      charsLine: 28,
      linesPage: 22,
      oddAndEvenPagesHeaderFooter: true,
    });
    expect((word.pageSetup.topMargin as number) / (72 / 25.4)).toBeCloseTo(37, 1);
    expect(word.partTexts(0, "footer", "Primary")).toEqual(["— 1 —"]);
    expect(word.partTexts(0, "footer", "EvenPages")).toEqual(["— 1 —"]);
    expect(word.calls).toContain("range.insertField(End,Page)");
  });

  it("formats a 300-page report in one sync per 500 paragraphs, plus three", async () => {
    const texts = Array.from({ length: 3000 }, (_, i) => (i === 0 ? REPORT[0]! : `第${i}段正文。`));
    const { word, host } = setup(texts, ["WordApi 1.5", "WordApiDesktop 1.3"]);
    await host.applyLayout(planFor(texts.map(bodyParagraph)));
    expect(word.syncs).toBe(1 + Math.ceil(3000 / PARAGRAPHS_PER_SYNC) + 2);
  });

  it("below WordApiDesktop 1.3 sets font.name and leaves the page to be set by hand", async () => {
    const { word, host } = setup(REPORT, ["WordApi 1.3"]);
    const outcome = await host.applyLayout(plan);
    expect(outcome).toEqual({ formatted: 6, skipped: 0, pageSet: false, pageNumbersSet: false });
    expect(word.syncs).toBe(2);
    expect(word.calls).toContain("paragraph.font.name=仿宋_GB2312");
    expect(word.calls.some((c) => c.includes("nameFarEast") || c.includes("pageSetup"))).toBe(
      false
    );
  });

  it("skips a paragraph whose text changed since it was read, and leaves a footer that holds more than a page number", async () => {
    const { word, host } = setup(REPORT, ["WordApi 1.5", "WordApiDesktop 1.3"]);
    word.sections[0]!.footers.Primary = ["市统计局办公室"];
    word.paragraphs[5]!.text = "理论学习的深度还不够，需要加强。";
    const outcome = await host.applyLayout(plan);
    expect(outcome).toMatchObject({
      formatted: 5,
      skipped: 1,
      pageSet: true,
      pageNumbersSet: false,
    });
    expect(word.calls.some((c) => c.includes("clear()"))).toBe(false);
  });

  it("reads the East Asian typeface and the page setup in the one sync of a read (WordApiDesktop 1.3)", async () => {
    const word = new FakeWord(
      REPORT.map((text, i) => ({
        ...bodyParagraph(text),
        format: { eastAsiaFont: i === 0 ? "宋体" : "仿宋_GB2312", sizePt: i === 0 ? 18 : 16 },
      }))
    );
    word.supported = new Set(["WordApi 1.4", "WordApiDesktop 1.3"]);
    const host = new WordHost(word.run, word.settings, word.environment);
    const snapshot = await host.read();
    expect(word.syncs).toBe(1);
    expect(snapshot.paragraphs[0]!.format).toMatchObject({ eastAsiaFont: "宋体", sizePt: 18 });
    expect(snapshot.page!.margins!.leftMm).toBeCloseTo(31.75, 1);
    const messages = checkDocument(snapshot.paragraphs, undefined, {
      layout: { spec: GB_9704, page: snapshot.page },
    })
      .findings.filter((f) => f.rule === "format")
      .map((f) => f.message);
    expect(messages).toContain("标题有 1 段字体不是方正小标宋简体：第 1 段，现为宋体。");
    expect(messages.some((m) => m.startsWith("页边距不合"))).toBe(true);
    // No page number in the footers' text may still be one in a text box: not reported as missing.
    expect(messages.some((m) => m.startsWith("没有页码"))).toBe(false);
  });
});

describe("what the layout check could not read", () => {
  const check = (snapshot: { paragraphs: DocParagraph[]; page?: PageFormat }) =>
    checkDocument(snapshot.paragraphs, undefined, {
      layout: { spec: GB_9704, ...(snapshot.page ? { page: snapshot.page } : {}) },
    });

  it("in Word, plain paragraphs carry the Normal style's 等线 五号: reported as not meeting the standard, line spacing as not checked", async () => {
    const { word, host } = setup(REPORT, ["WordApi 1.4", "WordApiDesktop 1.3"]);
    word.styleFont = { name: "等线", nameFarEast: "等线", size: 10.5 };
    const result = check(await host.read());
    const messages = result.findings.filter((f) => f.rule === "format").map((f) => f.message);
    expect(
      messages.some(
        (m) => m.startsWith("正文有") && m.includes("字号不是三号") && m.includes("现为 10.5 磅")
      )
    ).toBe(true);
    expect(messages.some((m) => m.startsWith("标题有 1 段字体不是方正小标宋简体"))).toBe(true);
    // Word's line spacing does not say exact or multiple: never read, so never counted as met.
    expect(result.layoutUnread).toEqual({
      paragraphs: 6,
      unread: { lines: 5 },
      page: false,
      pageNumbers: true,
    });
    expect(layoutVerdict(messages.length, result.layoutUnread, false)).toMatch(
      /^格式有 \d+ 处不合.*行距读不出.*未检查/
    );
  });

  it("in Word, where the font is not given (mixed, or no style font read), the verdict says not checked, never 符合", async () => {
    const { host } = setup(REPORT, ["WordApi 1.4", "WordApiDesktop 1.3"]);
    const result = check(await host.read());
    expect(
      result.findings.filter((f) => f.rule === "format" && /字体|字号/.test(f.message))
    ).toEqual([]);
    expect(result.layoutUnread!.unread).toMatchObject({ font: 6, size: 6 });
    const verdict = layoutVerdict(0, result.layoutUnread, false);
    expect(verdict).not.toContain("格式符合");
    expect(verdict).toContain("各段的字体、字号、行距读不出");
  });

  it("in memory, pasted text without formatting gives no 符合 at all; after 一键排版 it does", async () => {
    const host = new MemoryHost(new MemoryDocument(REPORT));
    const before = check(await host.read());
    expect(before.findings.filter((f) => f.rule === "format")).toEqual([]);
    expect(before.layoutUnread).toEqual({
      paragraphs: 6,
      unread: { font: 6, size: 6, alignment: 3, indent: 5, lines: 5 },
      page: true,
      pageNumbers: false,
    });
    const verdict = layoutVerdict(0, before.layoutUnread, false);
    expect(verdict).not.toContain("符合");
    expect(verdict).toContain("页面设置");
    await host.applyLayout(plan);
    const after = check(await host.read());
    expect(after.layoutUnread).toEqual({
      paragraphs: 6,
      unread: {},
      page: false,
      pageNumbers: false,
    });
    expect(layoutVerdict(0, after.layoutUnread, false)).toBe("格式符合公文格式国家标准。");
  });
});

describe("一键排版 in memory (the playground)", () => {
  it("leaves a report that checks clean, its text unchanged", async () => {
    const host = new MemoryHost(new MemoryDocument(REPORT));
    const outcome = await host.applyLayout(plan);
    expect(outcome.formatted).toBe(6);
    const snapshot = await host.read();
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual(REPORT);
    const found = checkDocument(snapshot.paragraphs, undefined, {
      layout: { spec: GB_9704, page: snapshot.page },
    }).findings.filter((f) => f.rule === "format");
    expect(found).toEqual([]);
  });
});
