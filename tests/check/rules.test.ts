import { describe, expect, it } from "vitest";
import { numbering } from "../../src/core/check/rules/numbering";
import { placeholder } from "../../src/core/check/rules/placeholder";
import { punctuation } from "../../src/core/check/rules/punctuation";
import { residue } from "../../src/core/check/rules/residue";
import { formulation } from "../../src/core/check/rules/formulation";
import { year } from "../../src/core/check/rules/year";
import type { Rule } from "../../src/core/check/types";
import { bodyParagraph } from "../../src/core/document";
import { checkContext, checkDocument } from "../../src/core/check/check";

function run(rule: Rule, ...texts: string[]) {
  return rule.check(checkContext(texts.map(bodyParagraph)));
}
const found = (rule: Rule, text: string) => run(rule, text).map((f) => f.text);

describe("placeholder", () => {
  it("finds a blank written with a direction mark inside or with Cyrillic or Greek letters, placed on the text as written", () => {
    const text = "联系人某\u200f某，召开会议ХХ次，培训Χ\u200bΧ人，发放х次。";
    const findings = run(placeholder, text);
    expect(findings.map((f) => f.text)).toEqual(["某\u200f某", "ХХ", "Χ\u200bΧ", "х"]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(findings[1]!.message).toBe(
      "“XX”是未填写的空白，请填入实际内容（写法中夹有不显示的字符或形似 X 的外文字母）。"
    );
    // Real Russian words and a mark that only joins stay quiet.
    expect(found(placeholder, "与Хорошо公司合作，共建“党建\u200d+”品牌。")).toEqual([]);
  });

  it("finds the blanks writers leave", () => {
    expect(
      found(placeholder, "XX局召开会议x次，培训×人，联系人某某，20XX年，党的XX大，共**人，〔　〕次")
    ).toEqual(["XX", "x", "×", "某某", "20XX", "党的XX大", "**", "〔　〕"]);
    expect(found(placeholder, "学习A新时代中国特色社会主义思想")).toEqual(["A"]);
  });

  it("leaves real text alone", () => {
    for (const text of [
      "推进XML文件和OA系统建设",
      "使用PPT、Excel和WPS",
      "打造A级景区和5A景区",
      "参加B超体检",
      "累计投入3.5亿元",
      "开展“e支部”建设",
    ]) {
      expect(found(placeholder, text), text).toEqual([]);
    }
  });
});

describe("residue", () => {
  it("finds paywall markers, advertising, contacts and links, with a fix only for markers", () => {
    const findings = run(
      residue,
      "##paidbegin##正文",
      "更多范文请关注公众号，加微信13812345678",
      "详见 https://example.com/a"
    );
    expect(findings.map((f) => f.text)).toEqual([
      "##paidbegin##",
      "公众号",
      "加微信",
      "13812345678",
      "https://example.com/a",
    ]);
    expect(found(residue, "##paidbegin##（一）加强学习")).toEqual(["##paidbegin##"]);
    expect(
      found(
        residue,
        "##paidbegin##用好单位微信公众号和门户网站，全年推送党建信息86条，阅读量稳步上升，宣传阵地作用明显。"
      )
    ).toEqual(["##paidbegin##"]);
    expect(findings[0]!.fix).toBe("");
    expect(findings[1]!.fix).toBeUndefined();
  });

  it("leaves ordinary report text alone, a contact line included", () => {
    expect(found(residue, "全年召开支部委员会12次，发展党员2名。")).toEqual([]);
    expect(found(residue, "联系人：王明，联系电话：13812345678。")).toEqual([]);
    for (const text of [
      "用好单位微信公众号和门户网站，全年推送党建信息86条，组织党员扫码参加知识竞赛，阅读量稳步上升。",
      "客服中心党支部开展“党员服务窗口”创建活动，推动服务质量持续提升，群众满意率达到98%以上。",
      "指导工会做好工会会员服务工作，组织职工开展健步走、读书分享等活动，增强了干部职工的凝聚力。",
      "（三）用好微信公众号",
    ]) {
      expect(found(residue, text), text).toEqual([]);
    }
    const [line] = run(residue, "　　更多精品范文请关注公众号");
    expect(line).toMatchObject({ text: "更多精品范文请关注公众号", start: 2, fix: "" });
    expect(found(residue, "全年开展主题党日活动12次，相关材料请加微信获取，扫码即可")).toEqual([
      "加微信",
      "扫码",
    ]);
    expect(found(residue, "客服QQ：12345，手机13812345678")).toEqual(["客服", "13812345678"]);
  });
});

describe("tifa", () => {
  it("flags a wrong order with the canonical form as the fix", () => {
    const [finding] = run(formulation, "增强政治意识、大局意识、看齐意识、核心意识");
    // The fix rewrites only the items out of place.
    expect(finding).toMatchObject({
      rule: "tifa",
      severity: "error",
      text: "看齐意识、核心意识",
      fix: "核心意识、看齐意识",
    });
  });

  it("is context-aware and quiet on correct wording", () => {
    expect(
      run(
        formulation,
        "深入学习贯彻习近平新时代中国特色社会主义思想，增强“四个意识”、坚定“四个自信”"
      )
    ).toEqual([]);
  });

  it("takes in a capital letter standing for the missing name, and only then", () => {
    expect(found(formulation, "学习A新时代中国特色社会主义思想")).toEqual([
      "A新时代中国特色社会主义思想",
    ]);
    expect(found(formulation, "学习新时代中国特色社会主义思想")).toEqual([
      "新时代中国特色社会主义思想",
    ]);
    expect(found(formulation, "学习ABA新时代中国特色社会主义思想")).toEqual([
      "新时代中国特色社会主义思想",
    ]);
  });
});

describe("the whole check", () => {
  it("deletes an advertising line as a whole, marker included", () => {
    const { findings } = checkDocument(
      ["##paidbegin##更多精品范文请关注公众号"].map(bodyParagraph)
    );
    expect(findings.filter((f) => f.rule === "residue").map((f) => [f.text, f.fix])).toEqual([
      ["##paidbegin##更多精品范文请关注公众号", ""],
    ]);
  });

  it("reports a blank inside a fixable 提法 once, under the 提法", () => {
    const { findings } = checkDocument(
      ["学习A新时代中国特色社会主义思想，开展XX次活动。"].map(bodyParagraph)
    );
    const inText = findings.filter((f) => f.rule !== "missing-section");
    expect(inText.map((f) => [f.rule, f.text])).toEqual([
      ["tifa", "A新时代中国特色社会主义思想"],
      ["placeholder", "XX"],
    ]);
  });
});

describe("numbering", () => {
  const numberingOf = (...texts: string[]) =>
    run(numbering, ...texts).map((f) => [f.text, f.fix, f.severity]);

  it("finds skipped, repeated and reversed numbers at every level, with the expected number as the fix", () => {
    expect(numberingOf("一、主要工作", "二、存在问题", "四、工作打算")).toEqual([
      ["四、", "三、", "error"],
    ]);
    expect(numberingOf("一、主要工作", "（一）学习", "（二）组织", "（二）作风")).toEqual([
      ["（二）", "（三）", "error"],
    ]);
    expect(numberingOf("一、主要工作", "（一）学习", "1.理论", "3.实践")).toEqual([
      ["3.", "2.", "error"],
    ]);
    expect(numberingOf("一、主要工作", "三、问题", "二、打算")).toEqual([
      ["三、", "二、", "error"],
      ["二、", "四、", "error"],
    ]);
  });

  it("restarts the count under each parent and keeps half-width forms", () => {
    expect(
      numberingOf(
        "一、主要工作",
        "(一)学习",
        "(二)组织",
        "二、存在问题",
        "(一)学习不够",
        "三、打算",
        "(一)抓学习"
      )
    ).toEqual([]);
  });

  it("finds mixed forms within one level", () => {
    expect(numberingOf("一、主要工作", "1.理论学习", "2、主题教育")).toEqual([
      ["2、", "2.", "warning"],
    ]);
    expect(numberingOf("一、主要工作", "（一）学习", "(二)组织")).toEqual([
      ["(二)", "（二）", "warning"],
    ]);
  });

  it("finds levels out of order", () => {
    expect(numberingOf("一、主要工作", "1.理论学习", "（一）组织建设").map(([t]) => t)).toEqual([
      "（一）",
    ]);
    expect(numberingOf("一、主要工作", "（1）理论学习").map(([t]) => t)).toEqual(["（1）"]);
    expect(numberingOf("一、主要工作", "1.理论学习", "2.组织建设", "二、存在问题")).toEqual([]);
  });

  it("checks 一是、二是 in running text and restarts at each heading", () => {
    expect(numberingOf("一、存在问题", "一是学习不深。二是联系不紧。四是创新不够。")).toEqual([
      ["四是", "三是", "error"],
    ]);
    expect(
      numberingOf(
        "（一）抓学习。一是读原著；二是写体会。",
        "（二）抓组织。一是建台账；二是查短板。"
      )
    ).toEqual([]);
    expect(numberingOf("推进全市统一是前提，抓好唯一是关键。")).toEqual([]);
  });

  it("ignores a paywall marker glued to a heading and numbers inside a table", () => {
    expect(
      numberingOf("一、主要工作", "（一）学习", "##paidbegin##　　（二）组织", "（三）作风")
    ).toEqual([]);
    const paragraphs = ["一、主要工作", "3.表格里的序号", "（一）学习"].map(bodyParagraph);
    paragraphs[1] = { ...paragraphs[1]!, inTable: true };
    expect(numbering.check(checkContext(paragraphs))).toEqual([]);
  });
});

describe("year", () => {
  const summary = (
    plan: string,
    opening = "2024年，局党组坚持以党建引领业务发展，现将全年工作总结如下："
  ) => [
    "市统计局2024年党建工作总结",
    opening,
    "一、主要工作",
    "抓学习。",
    "二、存在问题",
    "学习不深。",
    plan,
    "抓落实。",
  ];

  it("finds a plan for the wrong year, with the next year as the fix", () => {
    const [finding] = run(year, ...summary("三、2024年工作打算"));
    expect(finding).toMatchObject({ paragraph: 6, text: "2024", fix: "2025", severity: "error" });
  });

  it("finds an opening about another year", () => {
    const [finding] = run(
      year,
      ...summary("三、2025年工作打算", "2023年以来，局党组坚持以党建引领业务发展。")
    );
    expect(finding).toMatchObject({ paragraph: 1, text: "2023", fix: "2024", severity: "warning" });
  });

  it("is quiet when the years agree, when the opening names both years, and when there is no year to go by", () => {
    expect(run(year, ...summary("三、2025年工作打算"))).toEqual([]);
    expect(run(year, ...summary("三、下一步工作打算"))).toEqual([]);
    expect(
      run(
        year,
        "市直机关工委：",
        "现将我局2022年党建工作情况和2023年工作安排报告如下：",
        "一、2022年工作情况",
        "抓学习。",
        "二、2023年工作安排",
        "抓落实。"
      )
    ).toEqual([]);
    expect(
      run(
        year,
        "党建工作总结",
        "今年以来，我们抓学习。",
        "一、主要工作",
        "抓学习。",
        "二、2025年工作打算"
      )
    ).toEqual([]);
  });

  it("takes the report year from the main-work heading when there is no title", () => {
    const [finding] = run(
      year,
      "市直机关工委：",
      "现将有关情况报告如下：",
      "一、2022年工作情况",
      "抓学习。",
      "二、2022年工作安排",
      "抓落实。"
    );
    expect(finding).toMatchObject({ paragraph: 4, text: "2022", fix: "2023" });
  });
});

describe("punctuation", () => {
  const marks = (text: string) => run(punctuation, text).map((f) => [f.text, f.fix]);

  it("finds doubled marks, fixing only a plain repeat", () => {
    expect(marks("加强学习，，提高认识。。")).toEqual([
      ["，，", "，"],
      ["。。", "。"],
    ]);
    expect(marks("加强学习，。")).toEqual([["，。", undefined]]);
  });

  it("finds half-width marks and brackets in Chinese text, with full-width fixes", () => {
    expect(marks("严守财经纪律,严禁违规;加强学习.")).toEqual([
      [",", "，"],
      [";", "；"],
      [".", "。"],
    ]);
    expect(marks("落实《中国共产党支部工作条例(试行)》")).toEqual([["(试行)", "（试行）"]]);
    expect(marks('开展"三会一课"')).toEqual([['"三会一课"', "“三会一课”"]]);
  });

  it("finds unmatched quotes and brackets", () => {
    expect(marks("增强“四个意识，坚定信心。")).toEqual([["“", undefined]]);
    expect(marks("他说”好“。")).toEqual([
      ["”", undefined],
      ["“", undefined],
    ]);
    expect(marks("学习“关于“三会一课”的规定”。"), "quotes inside quotes are paired").toEqual([]);
    expect(marks("Word文档中“四个意识。"), "with Latin text too").toEqual([["“", undefined]]);
    expect(marks("落实《条例要求）。")).toEqual([
      ["《", undefined],
      ["）", undefined],
    ]);
  });

  it("leaves correct text, numbers, Latin text, links, headings and ellipses alone", () => {
    for (const text of [
      "增强“四个意识”、坚定“四个自信”、做到“两个维护”……",
      "投入3.5万元，完成率98.6%",
      "使用WPS Office 2019.",
      "(一)加强学习",
      "　　(二)加强学习",
      "1.理论学习",
      "见 https://example.com/a",
      "——加强学习。",
    ]) {
      expect(marks(text), text).toEqual([]);
    }
  });
});

describe("what the host could not read", () => {
  const noTitle = [
    "2025年，局党组坚持以党建引领业务发展。现将全年工作总结如下：",
    "一、主要工作",
    "全年召开学习会12次。",
    "二、存在的问题和不足",
    "学习的深度还不够。",
    "三、2026年工作打算",
    "抓好落实。",
  ].map(bodyParagraph);

  it("puts a missing title as a suggestion that names text boxes when the host cannot read them", () => {
    const firm = checkDocument(noTitle).findings.find((f) => f.data?.section === "title")!;
    expect(firm.severity).toBe("error");
    const soft = checkDocument(noTitle, undefined, {
      limits: { textBoxesUnread: true },
    }).findings.find((f) => f.data?.section === "title")!;
    expect(soft.severity).toBe("warning");
    expect(soft.message).toContain("文本框");
  });
});

describe("years and mobile numbers inside longer runs of digits", () => {
  const summary = (plan: string) => [
    "市统计局2024年党建工作总结",
    "2024年，局党组坚持以党建引领业务发展。",
    "一、主要工作",
    "抓学习。",
    "二、存在问题",
    "学习不深。",
    plan,
    "抓落实。",
  ];

  it("reads no year out of a longer number, and still finds the year standing alone", () => {
    expect(run(year, ...summary("三、编号12024年工作打算"))).toEqual([]);
    expect(run(year, ...summary("三、2024年工作打算")).map((f) => f.text)).toEqual(["2024"]);
  });

  it("reads no mobile number out of a longer number, and still finds the number standing alone", () => {
    expect(found(residue, "更多范文请加微信，编号913812345678")).toEqual(["加微信"]);
    expect(found(residue, "更多范文请加微信，13812345678")).toEqual(["加微信", "13812345678"]);
  });
});
