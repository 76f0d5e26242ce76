import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/core/check/check";
import { addIgnored, ignoreKey, parseIgnored, withoutIgnored } from "../../src/core/check/ignore";
import { bodyParagraph } from "../../src/core/document";

describe("ignored findings", () => {
  const before = [
    "市统计局2025年党建工作总结",
    "全年开展学习x次。",
    "一、主要工作",
    "抓学习。",
    "二、存在问题",
    "学习不深。",
    "三、2026年工作打算",
    "抓落实。",
  ].map(bodyParagraph);

  it("stay ignored after edits elsewhere, and only that finding", () => {
    const [finding] = checkDocument(before).findings;
    expect(finding).toMatchObject({ rule: "placeholder", text: "x" });
    const stored = addIgnored([], ignoreKey(finding!, before));
    const after = [before[0]!, bodyParagraph(""), ...before.slice(1)];
    after[6] = bodyParagraph("学习不深，培训x人。");
    const result = checkDocument(after);
    const { shown, ignored } = withoutIgnored(result.findings, after, parseIgnored(stored));
    expect(ignored).toBe(1);
    expect(shown.map((f) => [f.paragraph, f.text])).toEqual([[6, "x"]]);
  });

  it("reads anything unreadable as none and keeps the newest past the limit", () => {
    expect(parseIgnored("not json")).toEqual([]);
    expect(parseIgnored('{"a":1}')).toEqual([]);
    expect(parseIgnored('["a",2,"b"]')).toEqual(["a", "b"]);
    const many = Array.from({ length: 500 }, (_, i) => `k${i}`);
    const stored = parseIgnored(addIgnored(many, "new"));
    expect(stored).toHaveLength(500);
    expect(stored[0]).toBe("k1");
    expect(stored.at(-1)).toBe("new");
  });
});
