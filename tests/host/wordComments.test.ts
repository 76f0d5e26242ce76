import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/core/check/check";
import { commentRequests } from "../../src/core/check/comment";
import { COMMENT_AUTHOR } from "../../src/core/check/ownComments";
import { bodyParagraph } from "../../src/core/document";
import { COMMENTS_PER_SYNC } from "../../src/host/word/comments";
import { WordHost } from "../../src/host/word/WordHost";
import { TYPED } from "../fixtures/docx/report";
import { FakeWord } from "./fakeWord";

function setup(texts: readonly string[], sets = ["WordApi 1.4"]) {
  const word = new FakeWord(texts.map(bodyParagraph));
  for (const set of sets) word.supported.add(set);
  word.sections = [{ headers: { Primary: ["XX局机关党委"] }, footers: {} }];
  return { word, host: new WordHost(word.run, word.settings, word.environment) };
}

/** Comments inserted between two syncs, for each sync that inserted any. */
function insertsPerSync(calls: readonly string[]): number[] {
  const counts: number[] = [];
  let current = 0;
  for (const call of calls) {
    if (call.startsWith("range.insertComment")) current++;
    else if (call === "sync") {
      if (current > 0) counts.push(current);
      current = 0;
    }
  }
  return counts;
}

const REPORT = TYPED.map((t, i) =>
  i === 3
    ? "（一）加强政治建设。全年召开学习XX次，开展研讨XX次，坚决做到“两个拥护”。"
    : i === 7
      ? ""
      : t
);

describe("comments in Word", () => {
  it("offers no comments where Word lacks WordApi 1.4", () => {
    expect(setup(REPORT, []).host.comments).toBeUndefined();
  });

  it("puts each finding on its exact text, three comments a sync, with as few syncs as that allows", async () => {
    const { word, host } = setup(REPORT);
    const { paragraphs } = await host.read();
    const { findings } = checkDocument(paragraphs);
    const requests = commentRequests(findings, paragraphs);
    expect(findings.map((f) => f.text)).toEqual(expect.arrayContaining(["XX", "两个拥护"]));
    word.syncs = 0;
    word.calls.length = 0;
    const result = await host.comments!.add(requests);
    expect(result).toEqual({ added: requests.length, skipped: 0 });
    // Read the paragraphs; find the second XX; then the comments three at a time.
    expect(word.syncs).toBe(2 + Math.ceil(requests.length / COMMENTS_PER_SYNC));
    expect(Math.max(...insertsPerSync(word.calls))).toBeLessThanOrEqual(COMMENTS_PER_SYNC);

    const covered = word.comments.map((c) => c.para.text.slice(c.start, c.end));
    for (const f of findings.filter((f) => !f.part && f.text !== ""))
      expect(covered).toContain(f.text);
    // The second XX is covered, not the first twice.
    const xx = word.comments
      .filter((c) => c.para.text.slice(c.start, c.end) === "XX")
      .map((c) => c.start);
    expect(new Set(xx).size).toBe(2);
    // The header's blank sits on the first body paragraph and says where it is.
    const header = word.comments.find((c) => c.content.includes("在页眉中"))!;
    expect(header.para).toBe(word.paragraphs[0]);
  });

  it("skips a comment whose text changed since the check", async () => {
    const { word, host } = setup(REPORT);
    const { paragraphs } = await host.read();
    const requests = commentRequests(checkDocument(paragraphs).findings, paragraphs);
    word.paragraphs[3]!.text = word.paragraphs[3]!.text.replace("两个拥护", "两个维护");
    const result = await host.comments!.add(requests);
    expect(result.skipped).toBe(1);
    expect(word.comments.some((c) => c.content.includes("两个拥护"))).toBe(false);
  });

  it("removes only its own comments: those it added, and those of annotated copies; others' stay", async () => {
    const { word, host } = setup(REPORT);
    const { paragraphs } = await host.read();
    await host.comments!.add(commentRequests(checkDocument(paragraphs).findings, paragraphs));
    const ours = word.comments.length;
    const first = word.paragraphs[1]!;
    word.comments.push({
      id: "{OTHER}",
      authorName: "李明",
      content: "请补充数据",
      para: first,
      start: 0,
      end: 4,
    });
    word.comments.push({
      id: "{COPY}",
      authorName: COMMENT_AUTHOR,
      content: "【未填写的空白】…",
      para: first,
      start: 5,
      end: 7,
    });
    word.syncs = 0;
    const removed = await host.comments!.removeOwn();
    expect(removed).toBe(ours + 1);
    expect(word.comments.map((c) => c.id)).toEqual(["{OTHER}"]);
    expect(word.syncs).toBe(1 + Math.ceil((ours + 1) / COMMENTS_PER_SYNC));
    expect(await host.comments!.removeOwn()).toBe(0);
  });
});
