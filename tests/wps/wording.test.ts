import { describe, expect, it } from "vitest";
import { strings } from "../../src/taskpane/strings";
import { adaptStrings, inWps } from "../../src/wps/wording";

describe("the pane's messages in WPS", () => {
  it("name WPS where they name the word processor, and leave Word's versions alone", () => {
    expect(inWps(strings.check.fixed)).toBe(
      "已修改，并重新检查。可用 WPS 的“撤消”（Ctrl+Z）撤回。"
    );
    expect(inWps(strings.errors.unavailable)).toBe("WPS 暂时无法完成此操作，请稍后重试。");
    expect(inWps(strings.check.commentsUnsupported)).toContain("Word 2021");
  });

  it("rewrites a copy of the strings, functions included", () => {
    const copy = JSON.parse(JSON.stringify(strings)) as Record<string, Record<string, unknown>>;
    copy.layout!.applied = strings.layout.applied;
    adaptStrings(copy);
    expect((copy.layout!.applied as (a: number, b: number) => string)(3, 0)).toContain(
      "可用 WPS 的“撤消”"
    );
    expect(JSON.stringify(copy)).not.toMatch(/Word 的“撤消”|这一版本的 Word/);
  });
});
