import { describe, expect, it } from "vitest";
import { findTypos } from "../../src/core/check/rules/typo";

describe("the 错别字 check beside digits and letters", () => {
  it("reads a short word run into a number as part of it, not as a slip standing alone", () => {
    const correct = [
      "学习《求是》2023年第17期刊发的文章。",
      "2025年第一季度召开会议3次。",
      "全年第3次专题学习。",
      "完成A类项目12个。",
    ];
    expect(findTypos(correct.map((text) => ({ text })))).toEqual([]);
  });

  it("still finds a short slip standing alone beside a mark", () => {
    expect(findTypos([{ text: "认真做好工作部暑。" }]).map((f) => f.fix)).toEqual(["工作部署"]);
  });
});
