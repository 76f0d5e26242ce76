import { describe, expect, it } from "vitest";
import { findTypos } from "../../src/core/check/rules/typo";
import { checkDocument } from "../../src/core/check/check";
import { bodyParagraph } from "../../src/core/document";
import type { TypoData } from "../../src/core/typo/data";
import { typoData } from "../../src/core/typo/data";
import { TypoChecker } from "../../src/core/typo";
import { Lexicon } from "../../src/core/typo/lexicon";

/** A small world of data, so that each behaviour is tested whatever the shipped lists hold. */
const DATA: TypoData = {
  wrongForms: [
    { wrong: "谈笑风声", right: "谈笑风生", kind: "同音", evidence: "《现代汉语词典》第7版" },
    { wrong: "美仑美奂", right: "美轮美奂", kind: "形近", evidence: "《现代汉语词典》第7版" },
  ],
  expressions: ["蹄疾步稳", "真抓实干", "知行合一", "精益求精", "全面从严", "休戚与共"],
  vocabulary: ["党性修养", "组织生活会", "候补委员", "部署", "党性", "宣传栏", "权力观"],
  commonWords: [
    "风声",
    "声音",
    "以及",
    "步伐",
    "精心",
    "专题",
    "权力",
    "才能",
    "休憩",
    "共享",
    "空间",
  ],
  allowedVariants: [["精益求精", "精益求晶"]],
  shapeGroups: ["候侯", "己已巳"],
  readings: {
    ti: "蹄题提",
    xing: "性姓行兴",
    yi: "一以",
    jing: "精经晶",
    wen: "稳文问",
    shu: "署暑",
    lan: "栏拦",
    guan: "观关",
    qi: "戚憩",
  },
  sources: {
    wrongForms: "测试",
    expressions: "测试用固定表述",
    vocabulary: "测试用党务词",
    shapes: "测试",
  },
};
const checker = new TypoChecker(DATA, []);
const find = (text: string) => checker.find(text);

describe("forms that are never correct", () => {
  it("are found with their correct form, kind and evidence", () => {
    const [m] = find("座谈会上大家谈笑风声，气氛热烈。");
    expect(m).toMatchObject({
      tier: 1,
      text: "谈笑风声",
      fix: "谈笑风生",
      source: "《现代汉语词典》第7版",
    });
    expect(m!.message).toContain("同音");
  });

  it("are not found where a known word runs across their edge through a wrong character", () => {
    // 谈笑风声音 reads 谈笑 / 风 / 声音: the 声 belongs to 声音.
    expect(find("他们谈笑风声音也大")).toEqual([]);
  });
});

describe("a span that reads as two known words", () => {
  const lexicon = new Lexicon(
    {
      commonWords: ["谈笑", "风声", "风声鹤唳"],
      vocabulary: [],
      expressions: [],
      allowedVariants: [],
    },
    []
  );

  it("is straddled only when one of the words runs past its edge", () => {
    expect(lexicon.straddled("大家谈笑风声不断", 2, 6)).toBe(false);
    expect(lexicon.straddled("谈笑风声鹤唳", 0, 4)).toBe(true);
  });
});

describe("near-misses of fixed expressions and words", () => {
  it("find a same-sound slip in an expression and a word of the genre", () => {
    expect(find("改革要题疾步稳。").map((m) => [m.tier, m.text, m.fix])).toEqual([
      [2, "题疾步稳", "蹄疾步稳"],
    ]);
    const [m] = find("支部书记带头加强党姓修养。");
    expect(m).toMatchObject({ tier: 3, text: "党姓修养", fix: "党性修养" });
    expect(m!.message).toBe(
      "“党姓修养”疑为“党性修养”之误：“姓”与“性”同音（xing），“党性修养”是党务工作常用词。"
    );
  });

  it("find a similar-shape slip", () => {
    expect(find("当选侯补委员").map((m) => m.fix)).toEqual(["候补委员"]);
  });

  it("find a slip at either end, through the prefix or the suffix index", () => {
    expect(find("坚持知行合以的原则").map((m) => m.fix)).toEqual(["知行合一"]);
    expect(find("坚持题疾步稳").map((m) => m.fix)).toEqual(["蹄疾步稳"]);
  });

  it("leave alone a changed character that is neither same-sound nor similar-shape", () => {
    expect(find("真抓实做")).toEqual([]);
  });

  it("leave alone a span that is itself a known word, or that crosses into one", () => {
    expect(find("坚持知行合以及其他")).toEqual([]); // 以及
    expect(find("精益求精")).toEqual([]);
  });

  it("leave alone an allowed variant", () => {
    expect(find("做到精益求晶")).toEqual([]);
  });

  it("leave alone a span that reads as known words and function characters, one running past its edge", () => {
    expect(find("建成休憩与共享空间")).toEqual([]);
    expect(find("大家休憩与共。").map((m) => m.fix)).toEqual(["休戚与共"]);
  });

  it("leave alone two changed characters", () => {
    expect(find("题疾步文")).toEqual([]);
  });
});

describe("slips of short words of the genre", () => {
  it("are found where they stand alone: after a word, before a mark", () => {
    expect(find("进行了专题部暑。").map((m) => [m.tier, m.text, m.fix])).toEqual([
      [3, "部暑", "部署"],
    ]);
    expect(find("增强了党员的党姓。").map((m) => m.fix)).toEqual(["党性"]);
    expect(find("社区设立宣传拦，宣传政策。").map((m) => m.fix)).toEqual(["宣传栏"]);
  });

  it("are left alone where the characters can belong to the words beside them", () => {
    expect(find("治国必先治党，党兴才能国强。")).toEqual([]);
    expect(find("把权力关进制度的笼子。")).toEqual([]);
    expect(find("专题部暑工作")).toEqual([]);
  });
});

describe("context-dependent confusions", () => {
  it("are warnings, in their fixed patterns only", () => {
    const texts = [
      "截止2025年底，共发展党员12名。",
      "报名于5月10日截止，截止日期不变。",
      "这项工作做的很扎实。",
      "我们做的很多工作",
      "支部扎实的推进了标准化建设。",
      "大家对积极的参与是肯定的。",
      "整改落实的不够到位。",
      "截止第三季度，已完成。",
    ];
    const findings = findTypos(
      texts.map((text) => ({ text })),
      checker
    );
    expect(findings.map((f) => [f.paragraph, f.text, f.fix, f.severity])).toEqual([
      [0, "截止", "截至", "warning"],
      [2, "的", "得", "warning"],
      [4, "的", "地", "warning"],
      [6, "的", "得", "warning"],
      [7, "截止", "截至", "warning"],
    ]);
  });
});

describe("the typo rule in the whole check", () => {
  it("reports with its id, fix and evidence", () => {
    const { findings } = checkDocument(["展馆布置得美仑美奂。"].map(bodyParagraph));
    expect(
      findings
        .filter((f) => f.rule === "typo")
        .map((f) => [f.text, f.fix, f.severity, f.data?.citation])
    ).toEqual([["美仑美奂", "美轮美奂", "error", expect.any(String)]]);
  });

  it("says a slip once where the 提法 check finds it too", () => {
    const { findings } = checkDocument(
      ["干部要信念坚定、为民服务、勤政务实、敢于担当、清政廉洁。"].map(bodyParagraph)
    );
    expect(findings.filter((f) => f.fix === "清正廉洁").map((f) => f.text)).toEqual(["清政廉洁"]);
  });

  it("builds from the shipped data", () => {
    expect(() => new TypoChecker(typoData())).not.toThrow();
  });
});
