import { describe, expect, it } from "vitest";
import { TITLE_CATALOGUE } from "../../src/content/formulations";
import { boundedDistance } from "../../src/core/formulation/distance";
import { findFormulations } from "../../src/core/check/rules/formulation";
import type { Finding } from "../../src/core/check/types";

const check = (text: string) => findFormulations([{ text }]);
const applied = (text: string, f: Finding) => text.slice(0, f.start) + f.fix! + text.slice(f.end);
const real = [
  ...TITLE_CATALOGUE.titles.flatMap((t) => [t.title, ...(t.variants ?? [])]),
  ...(TITLE_CATALOGUE.localTitlesLike ?? []).map((t) => t.title),
];

/**
 * Real titles that are not in the catalogue, each seen in print: local measures and departmental or
 * earlier central documents whose names lie near a catalogue title. None may be "corrected".
 */
const OUTSIDE = [
  "青海省党政主要领导干部和国有企事业单位主要领导人员经济责任审计实施办法", // 中共青海省委办公厅，2021（青海新闻网）
  "浙江省市县党政主要领导干部经济责任审计操作规程（试行）", // 浙江省审计厅浙审责〔2011〕86号
  "生态环境保护专项督察办法", // 中央生态环境保护督察办公室，2021
  "关于加强新时代检察机关法律监督工作的实施意见", // 中共山西省委，2021（检察日报）
  "中华人民共和国国家勋章和国家荣誉称号法", // 全国人大常委会，2015
  "上海市开展进一步规范领导干部配偶、子女及其配偶经商办企业管理工作的意见", // 中央深改组第十次会议审议
  "关于党的基层组织实行党务公开的意见", // 党中央印发（中国新闻社稿列举）
  "关于建立党委新闻发言人制度的意见", // 同上
  "中央纪委、中央组织部关于在查处违犯党纪案件中规范和加强组织处理工作的意见（试行）",
  "关于维护党的纪律严肃处理党风方面若干突出问题的意见",
  "启东市人大常委会司法监督工作办法", // 2020
  "提振消费专项行动方案", // 2025年3月印发
  "办事不找关系指南", // 沈阳市浑南区，2025
  "中共中央关于审查干部的决定", // 1943年8月15日
  "国家中长期人才发展规划纲要（2010—2020年）",
  "关于分类推进事业单位改革的指导意见", // 2011
  "关于进一步深化事业单位人事制度改革的意见",
  "事业单位人事管理条例", // 国务院，2014
  "中国共产党第一个决议", // 党的一大，1921
  "环境保护督察方案（试行）", // 2015
];

describe("the title catalogue", () => {
  it("holds real titles, central and local", () => {
    expect(TITLE_CATALOGUE.titles.length).toBeGreaterThan(200);
    expect(TITLE_CATALOGUE.localTitlesLike?.length).toBeGreaterThan(10);
  });

  it("never corrects a real title into another", () => {
    for (const title of real)
      expect(
        check(`认真学习《${title}》。`).map((f) => f.message),
        title
      ).toEqual([]);
  });

  it("never corrects a real title that is not in the catalogue", () => {
    for (const title of OUTSIDE) {
      expect(real, title).not.toContain(title);
      expect(
        check(`认真学习《${title}》。`).map((f) => f.message),
        title
      ).toEqual([]);
    }
  });

  it("reports a title one character away from a catalogue title, with the catalogue title as the fix", () => {
    let compared = 0;
    for (const { title } of TITLE_CATALOGUE.titles) {
      if (title.length < 8) continue;
      const at = Math.floor(title.length / 2);
      const miswritten =
        title.slice(0, at) + (title[at] === "之" ? "的" : "之") + title.slice(at + 1);
      // Where another real title lies as close, the miswritten one cannot be told apart: left out.
      if (
        real.some(
          (r) =>
            r !== title &&
            Math.abs(r.length - miswritten.length) <= 1 &&
            boundedDistance(r, miswritten, 1) <= 1
        )
      )
        continue;
      const text = `认真学习《${miswritten}》。`;
      expect(
        check(text).map((f) => applied(text, f)),
        miswritten
      ).toContain(`认真学习《${title}》。`);
      compared++;
    }
    expect(compared).toBeGreaterThan(200);
  }, 60_000);
});

describe("titles and the wordings they hold", () => {
  it("reads a title cut before its trial status as that document, never as another one", () => {
    const text = "支部对照《中国共产党支部工作条例》规范了组织生活。";
    const found = check(text);
    expect(found.map((f) => applied(text, f))).toEqual([
      "支部对照《中国共产党支部工作条例（试行）》规范了组织生活。",
    ]);
    expect(found[0]!.severity).toBe("warning");
  });

  it("does not compare a title's words with a fixed wording: the title is compared as a title", () => {
    expect(check("组织集中研读《习近平关于树立和践行正确政绩观论述摘编》。")).toEqual([]);
  });
});
