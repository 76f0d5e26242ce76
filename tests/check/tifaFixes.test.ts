import { describe, expect, it } from "vitest";
import { findFormulations } from "../../src/core/check/rules/formulation";
import type { Finding } from "../../src/core/check/types";

const check = (text: string) => findFormulations([{ text }]);
const applied = (text: string, f: Finding) => text.slice(0, f.start) + f.fix! + text.slice(f.end);
const fixedBy = (text: string) =>
  check(text)
    .filter((f) => f.fix !== undefined)
    .map((f) => applied(text, f));

/** Fixes that once made the sentence worse, now impossible. */
describe("a 提法 fix puts the canonical words in place of the writer's", () => {
  it("replaces a miswritten first word instead of writing the canonical one beside it", () => {
    expect(
      fixedBy(
        "我们要缺立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。"
      )
    ).toEqual([
      "我们要确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。",
    ]);
    expect(fixedBy("为以中国式现代化全面推动强国建设、民族复兴伟业贡献力量。")).toEqual([
      "为以中国式现代化全面推进强国建设、民族复兴伟业贡献力量。",
    ]);
    expect(fixedBy("坚持高之量发展是全面建设社会主义现代化国家的首要任务。")).toEqual([
      "坚持高质量发展是全面建设社会主义现代化国家的首要任务。",
    ]);
    // Where the word before is the sentence's own (要), the missing first character is put in.
    expect(
      fixedBy(
        "我们要立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。"
      )
    ).toEqual([
      "我们要确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。",
    ]);
  });

  it("never turns an added or changed item into a second copy of another item", () => {
    const sentences = [
      "“四个意识”即政治意识、大局意识、核心意识、看齐意识、服务意识。",
      "“四个意识”即政治意识、大局意识、核心意识、看齐意识、大局意识。",
      "“以学铸魂、以学增智、以学正风、以学促干”即以学铸魂、以学增智、以学正风、以学促干、以学促行。",
      "坚持以学铸魂、以学增智、以学增智、以学促干。",
    ];
    for (const text of sentences) {
      for (const result of fixedBy(text)) {
        for (const item of ["大局意识", "看齐意识", "以学增智", "以学正风", "以学促干"])
          expect(result.split(item).length - 1, `${text} → ${result}`).toBeLessThanOrEqual(
            text.split(item).length - 1 || 1
          );
      }
    }
    expect(fixedBy("“四个意识”即政治意识、大局意识、核心意识、看齐意识、服务意识。")).toEqual([
      "“四个意识”即政治意识、大局意识、核心意识、看齐意识。",
    ]);
  });

  it("never cuts a word: a changed end is taken whole or the phrase is left alone", () => {
    expect(fixedBy("扎实开展深入贯彻中央八项规定精神学习活动。")).toEqual([
      "扎实开展深入贯彻中央八项规定精神学习教育。",
    ]);
    expect(
      check("扎实开展深入贯彻中央八项规定精神学习活动方案编制。").filter(
        (f) =>
          f.fix &&
          !applied("扎实开展深入贯彻中央八项规定精神学习活动方案编制。", f).includes("学习教育")
      )
    ).toEqual([]);
    // A long wording is fixed in the clause that changed, never across a cut word.
    const theme =
      "高举中国特色社会主义伟大旗帜，全面贯彻习近平新时代中国特色社会主义思想，弘扬伟大建党精神，自信自强、守正创新，踔厉奋发、勇毅前行，为全面建设社会主义现代化国家、全面推进中华民族伟大复兴而团结奋斗";
    const [finding] = check(`${theme.replace("旗帜", "七帜")}。`);
    expect(finding).toMatchObject({
      text: "高举中国特色社会主义伟大七帜",
      fix: "高举中国特色社会主义伟大旗帜",
    });
  });
});
