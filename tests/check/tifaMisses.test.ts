import { describe, expect, it } from "vitest";
import { findFormulations } from "../../src/core/check/rules/formulation";
import type { Finding } from "../../src/core/check/types";

/**
 * Ways of getting a recorded wording wrong that real material showed and the check once mishandled.
 * Each wrong sentence must be fixed into exactly the sentence with the canonical words; each
 * correct one must stay quiet. The wordings are those of the records in src/content/formulations.
 */
const check = (text: string) => findFormulations([{ text }]);
const applied = (text: string, f: Finding) => text.slice(0, f.start) + f.fix! + text.slice(f.end);
const fixedBy = (text: string) =>
  check(text)
    .filter((f) => f.fix !== undefined)
    .map((f) => applied(text, f));
const quiet = (text: string) =>
  expect(check(text).map((f) => `${f.text}: ${f.message}`)).toEqual([]);

describe("a fix yields exactly the canonical words in the writer's sentence", () => {
  it("replaces a verb of having written where the wording's verb belongs (member-right-to-vote)", () => {
    expect(fixedBy("党员享有表决权、选举权，有被选举权。")).toEqual([
      "党员行使表决权、选举权，有被选举权。",
    ]);
  });

  it("takes in the rest of a word the wording's last character opens (mass-side-misconduct-rectification)", () => {
    expect(fixedBy("持续深化群众身边不正之风和腐败问题集中治理。")).toEqual([
      "持续深化群众身边不正之风和腐败问题集中整治。",
    ]);
  });
});

describe("a whole word replaced, the rest of the wording as written", () => {
  it("is found and asks to verify (member-ordinary-one)", () => {
    const text = "党章明确，中国共产党党员永远是人民群众的普通一员。";
    expect(fixedBy(text)).toEqual(["党章明确，中国共产党党员永远是劳动人民的普通一员。"]);
    expect(check(text).map((f) => f.severity)).toEqual(["warning"]);
  });
});

describe("words of a wording turned round are put back, never written twice", () => {
  it("reads a suffix word as one word (style-long-term-2025)", () => {
    expect(fixedBy("以学习教育为契机，推进作风建设长效化常态化。")).toEqual([
      "以学习教育为契机，推进作风建设常态化长效化。",
    ]);
  });

  it("puts back two words joined by 和 (strict-management-and-care)", () => {
    expect(fixedBy("坚持厚爱和严管结合、激励和约束并重，让干部既有压力又有动力。")).toEqual([
      "坚持严管和厚爱结合、激励和约束并重，让干部既有压力又有动力。",
    ]);
  });

  it("takes the moved word into the fix (members-advanced-pure)", () => {
    expect(
      fixedBy("严格党员教育管理，激励党员发挥先锋模范作用，保持党员队伍的纯洁性和先进性。")
    ).toEqual(["严格党员教育管理，激励党员发挥先锋模范作用，保持党员队伍先进性和纯洁性。"]);
    expect(
      fixedBy("严格党员教育管理，激励党员发挥先锋模范作用，保持党员队伍纯洁性和先进性。")
    ).toEqual(["严格党员教育管理，激励党员发挥先锋模范作用，保持党员队伍先进性和纯洁性。"]);
  });
});

describe("a wording used correctly stays quiet", () => {
  it("a list that shares items with a recorded one but is another, unintroduced, is not rewritten", () => {
    quiet("全会要求锻造政治过硬、能力过硬、作风过硬、廉洁过硬的纪检监察铁军。");
    quiet("突出政治过硬、能力过硬、作风过硬、廉洁过硬。");
  });

  it("a sentence opening 回顾 still has a miswritten current wording fixed (strict-management-and-care)", () => {
    expect(fixedBy("回顾一年来工作，我们坚持严管和关爱结合、激励和约束并重。")).toEqual([
      "回顾一年来工作，我们坚持严管和厚爱结合、激励和约束并重。",
    ]);
    quiet("回顾起来，当年提出的是严管和厚爱结合。");
  });
});

describe("a list presented whole in the ways writers present it", () => {
  it("by 是指 before it: a dropped item is reported (four-confidences)", () => {
    const text = "所谓“四个自信”是指道路自信、理论自信、文化自信，要一体坚持。";
    expect(fixedBy(text)).toEqual([
      "所谓“四个自信”是指道路自信、理论自信、制度自信、文化自信，要一体坚持。",
    ]);
  });

  it("by its name right after it: an item put in is reported (four-confidences)", () => {
    const text = "支部始终坚定道路自信、理论自信、制度自信、文化自信、发展自信这“四个自信”。";
    expect(fixedBy(text)).toEqual([
      "支部始终坚定道路自信、理论自信、制度自信、文化自信这“四个自信”。",
    ]);
  });

  it("by 为总要求 after an item put in, and by 的 inside its name before it", () => {
    expect(
      fixedBy("我们以立党为公、为民造福、科学决策、真抓实干、务求实效为总要求推进学习教育。")
    ).toEqual(["我们以立党为公、为民造福、科学决策、真抓实干为总要求推进学习教育。"]);
    expect(
      fixedBy("主题教育的总要求是学思想、强党性、重实践、建新功、见成效，我们逐项落实。")
    ).toEqual(["主题教育的总要求是学思想、强党性、重实践、建新功，我们逐项落实。"]);
  });

  it("stays quiet where the same items are only some of a list, or another list", () => {
    quiet("坚定道路自信、理论自信、制度自信，是我们一贯的要求。");
    quiet("本年度重点学习了道路自信、理论自信等内容。");
  });
});

describe("a historical wording in a dated sentence", () => {
  it("is history where the date is before today's wording came in, and today's mistake after", () => {
    quiet("党的十八大提出坚定“三个自信”。");
    quiet("2012年，党的十八大报告号召全党坚定“三个自信”。");
    expect(check("2025年，支部引导党员坚定“三个自信”。").map((f) => f.fix)).toEqual(["四个自信"]);
  });
});

describe("an item of a list named just before the list, in another clause", () => {
  it("is not read as the list's first item (party-government-same-duty)", () => {
    quiet("班子成员履行“一岗双责”，坚持党政同责、一岗双责、齐抓共管、失职追责。");
  });
});

describe("a list named in the sentence, with too few items as written to read it otherwise", () => {
  it("reads an item written between two of its items as a slip (great-founding-spirit)", () => {
    const text =
      "我们组织青年党员学习伟大建党精神，深刻体会坚持真理、坚持理想，践行初心、担当使命的精神内核。";
    expect(fixedBy(text)).toEqual([
      "我们组织青年党员学习伟大建党精神，深刻体会坚持真理、坚守理想，践行初心、担当使命的精神内核。",
    ]);
    expect(check(text).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("reads the name after the list too (six-must-upholds)", () => {
    expect(
      fixedBy(
        "谋划工作必须坚持问题导向、必须坚持系统思维、必须坚持胸怀天下，把“六个必须坚持”贯穿始终。"
      )
    ).toEqual([
      "谋划工作必须坚持问题导向、必须坚持系统观念、必须坚持胸怀天下，把“六个必须坚持”贯穿始终。",
    ]);
  });

  it("leaves the writer's own words beside the items, and the list unnamed, alone", () => {
    quiet("学习伟大建党精神，坚持真理、坚守理想，坚持人民立场，做到对党忠诚。");
    quiet("学习伟大建党精神，坚持真理、坚定理想信念，践行初心、担当使命。");
    quiet("我们深刻体会坚持真理、坚持理想，践行初心、担当使命的精神内核。");
    quiet("严格落实“三会一课”制度，按期召开支部党员大会、支委会、党小组会，按时上好党课。");
    // Some items of a named list in the writer's own order: a choice, not a misquote.
    quiet("弘扬伟大建党精神，对党忠诚、不负人民、坚持真理。");
  });
});
