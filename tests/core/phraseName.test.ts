import { afterEach, describe, expect, it } from "vitest";
import { isKnownWord } from "../../src/core/nameWords";
import { suggestName } from "../../src/core/phraseName";

/** Real sentences from reports, each with the name it should get. */
const NAMED: Array<[string, string]> = [
  // 习近平 and 社会主义 are split by the segmenter; the whole 提法 is one word.
  [
    "坚持以习近平新时代中国特色社会主义思想为指导全面贯彻党的二十大精神",
    "坚持以习近平新时代中国特色社会主义思想",
  ],
  // Not ending on 关于, which leads on to what follows.
  ["深入学习贯彻习近平总书记关于党的建设的重要思想", "深入学习贯彻习近平总书记"],
  // At the comma, the quotation marks whole.
  ["认真落实“第一议题”制度，及时跟进学习", "认真落实“第一议题”制度"],
  ["推动全面从严治党向纵深发展，营造风清气正的政治生态", "推动全面从严治党向纵深发展"],
  // 高质量发展 is not cut to 高.
  ["以党建高质量发展引领保障业务高质量发展", "以党建高质量发展引领保障业务"],
  // A list is not cut between its items: a little past the limit instead.
  ["党员干部要做到学纪、知纪、明纪、守纪", "党员干部要做到学纪、知纪、明纪、守纪"],
  ["扎实开展树立和践行正确政绩观学习教育", "扎实开展树立和践行正确政绩观学习教育"],
  // 责任制 whole, and not 牢牢 at the end.
  ["认真落实意识形态工作责任制牢牢掌握意识形态工作领导权", "认真落实意识形态工作责任制"],
  // Not on 摆 or 在.
  ["统计局党组坚持把党的政治建设摆在首位", "统计局党组坚持把党的政治建设"],
  ["深刻领悟“两个确立”的决定性意义，增强“四个意识”", "深刻领悟“两个确立”的决定性意义"],
  ["围绕中心、建设队伍、服务群众是机关党建的根本任务", "围绕中心、建设队伍、服务群众"],
];

describe("a saved phrase's name made from its text", () => {
  it.each(NAMED)("%s → %s", (text, name) => {
    expect(suggestName(text, isKnownWord)).toBe(name);
  });

  it("never cuts inside a known word or inside quotation marks", () => {
    for (const [text] of NAMED) {
      const name = suggestName(text, isKnownWord);
      expect(text.startsWith(name)).toBe(true);
      for (let from = 0; from < name.length; from++)
        for (let to = name.length + 1; to <= Math.min(text.length, from + 20); to++)
          expect(isKnownWord(text.slice(from, to)), `${name} | ${text.slice(from, to)}`).toBe(
            false
          );
      expect(name.split("“").length).toBe(name.split("”").length);
    }
  });

  it("keeps a short text whole, spaces squeezed", () => {
    expect(suggestName("  坚持问题导向  ", isKnownWord)).toBe("坚持问题导向");
  });

  describe("where the runtime has no word segmenter", () => {
    const segmenter = Intl.Segmenter;
    afterEach(() => {
      Object.assign(Intl, { Segmenter: segmenter });
    });

    it("cuts at punctuation, else at the end of a known word", () => {
      delete (Intl as { Segmenter?: unknown }).Segmenter;
      expect("Segmenter" in Intl).toBe(false);
      expect(suggestName("认真落实“第一议题”制度，及时跟进学习", isKnownWord)).toBe(
        "认真落实“第一议题”制度"
      );
      expect(suggestName("以党建高质量发展引领保障业务高质量发展", isKnownWord)).toBe(
        "以党建高质量发展引领保障业务"
      );
    });
  });
});
