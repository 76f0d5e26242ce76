import { describe, expect, it } from "vitest";
import { GB_9704 } from "../../src/content/layout";
import { LIMITS } from "../../src/cli/docx/archive";
import { formatDocx } from "../../src/cli/format/formatDocx";
import { webExtensionSettings } from "../../src/cli/docx/settings";
import { readDocx } from "../../src/cli/readDocx";
import { decodeText, readText } from "../../src/cli/readText";
import { checkDocument } from "../../src/core/check/check";
import { bodyParagraph } from "../../src/core/document";
import { buildOutline } from "../../src/core/outline";
import { hostileStyles } from "../fixtures/docx/hostileStyles";
import { listInstance, reportList, simpleList } from "../fixtures/docx/lists";
import { buildDocx, para, run, styles } from "../fixtures/docx/package";
import { NUMBERED, TYPED } from "../fixtures/docx/report";

const read = (...args: Parameters<typeof buildDocx>) => readDocx(buildDocx(...args)).paragraphs;
const texts = (...args: Parameters<typeof buildDocx>) => read(...args).map((p) => p.text);
/** What the check says, without positions: the same report typed and as a .docx must agree. */
const verdict = (paragraphs: Parameters<typeof checkDocument>[0]) => {
  const result = checkDocument(paragraphs);
  return {
    type: result.type,
    sections: result.sections.map((s) => `${s.id}:${s.status}`),
    findings: result.findings.map((f) => `${f.rule}:${f.text}`),
  };
};
const TYPED_VERDICT = verdict(TYPED.map(bodyParagraph));

describe("automatic numbering", () => {
  it("renders labels from numbering.xml for the 编号 button on plain paragraphs, and the check agrees with the typed report", () => {
    const body = NUMBERED.map((p) =>
      "label" in p ? para(p.text, { numId: p.ilvl === 0 ? 1 : 2 }) : para(p.text)
    ).join("");
    const numbering =
      simpleList(0, "chineseCounting", "%1、") +
      simpleList(1, "chineseCounting", "（%1）") +
      listInstance(1, 0) +
      listInstance(2, 1);
    const paragraphs = read({ body, styles: styles(), numbering });
    expect(paragraphs.map((p) => p.label ?? "")).toEqual(
      NUMBERED.map((p) => ("label" in p ? p.label : ""))
    );
    expect(paragraphs.map((p) => p.text)).toEqual(NUMBERED.map((p) => p.text));
    expect(verdict(paragraphs)).toEqual(TYPED_VERDICT);
    expect(TYPED_VERDICT.findings).toEqual([]);
  });

  it("follows a multilevel list linked to heading styles, numbered through the style and its basedOn chain", () => {
    const extraStyles =
      `<w:style w:type="paragraph" w:styleId="ReportHeading"><w:name w:val="报告一级标题"/><w:basedOn w:val="Heading1"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`;
    const body = NUMBERED.map((p) =>
      "label" in p
        ? p.ilvl === 0
          ? para(p.text, { style: "ReportHeading" })
          : para(p.text, { numId: 1, ilvl: 1 })
        : para(p.text)
    ).join("");
    const paragraphs = read({
      body,
      styles: styles(extraStyles),
      numbering: reportList(0, ["Heading1", "Heading2"]) + listInstance(1, 0),
    });
    expect(paragraphs.filter((p) => p.label).map((p) => `${p.label}${p.level}`)).toEqual([
      "一、1",
      "（一）0",
      "（二）0",
      "二、1",
      "三、1",
    ]);
    expect(verdict(paragraphs)).toEqual(TYPED_VERDICT);
  });

  it("reads WPS's list markup (tplc, suffix nothing, isLgl off) and continues numbering across instances of one list", () => {
    const wps = (ilvl: number, fmt: string, text: string) =>
      `<w:lvl w:ilvl="${ilvl}" w:tplc="04090019" w:tentative="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:suff w:val="nothing"/><w:isLgl w:val="0"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl>`;
    const numbering = `<w:abstractNum w:abstractNumId="7"><w:nsid w:val="5F1E2A3B"/><w:multiLevelType w:val="multilevel"/>${wps(0, "chineseCountingThousand", "%1、")}${wps(1, "chineseCountingThousand", "（%2）")}</w:abstractNum>${listInstance(3, 7)}${listInstance(4, 7)}`;
    const body = NUMBERED.map((p) =>
      "label" in p
        ? para(p.text, { numId: p.text.startsWith("存在") ? 4 : 3, ilvl: p.ilvl })
        : para(p.text)
    ).join("");
    const paragraphs = read({ body, styles: styles(), numbering });
    expect(paragraphs.filter((p) => p.label).map((p) => p.label)).toEqual([
      "一、",
      "（一）",
      "（二）",
      "二、",
      "三、",
    ]);
    expect(verdict(paragraphs)).toEqual(TYPED_VERDICT);
  });

  it("renders every number format a Chinese report uses, and legal numbering", () => {
    const cases: Array<[string, string, string]> = [
      ["decimalEnclosedCircle", "%1", "②"],
      ["decimalEnclosedParen", "%1", "⑵"],
      ["ideographTraditional", "%1、", "乙、"],
      ["decimalFullWidth", "%1．", "２．"],
      ["chineseLegalSimplified", "%1、", "贰、"],
      ["upperRoman", "%1.", "II."],
      ["lowerLetter", "%1)", "b)"],
    ];
    for (const [format, text, second] of cases) {
      const paragraphs = read({
        body: para("甲", { numId: 1 }) + para("乙", { numId: 1 }),
        numbering: simpleList(0, format, text) + listInstance(1, 0),
      });
      expect(paragraphs[1]!.label, format).toBe(second);
    }
    const legal = reportList(0)
      .replace(
        '<w:lvl w:ilvl="2"><w:start w:val="1"/>',
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:isLgl/>'
      )
      .replace('w:val="%3."', 'w:val="%1.%2.%3"');
    const paragraphs = read({
      body:
        para("a", { numId: 1 }) +
        para("b", { numId: 1, ilvl: 1 }) +
        para("c", { numId: 1, ilvl: 2 }) +
        para("d", { numId: 1, ilvl: 1 }) +
        para("e", { numId: 1, ilvl: 2 }),
      numbering: legal + listInstance(1, 0),
    });
    expect(paragraphs.map((p) => p.label)).toEqual(["一、", "（一）", "1.1.1", "（二）", "1.2.1"]);
  });

  it("reports a number skipped by 设置编号值 with how to fix it in Word and no text fix, and checks the plan year", () => {
    const numbering = reportList(0) + listInstance(1, 0) + listInstance(2, 0, { 0: 3 });
    const rows = [
      para(TYPED[0]!),
      para(TYPED[1]!),
      para("主要工作", { numId: 1 }),
      para("加强政治建设。全年召开理论学习中心组学习12次。", { numId: 1, ilvl: 1 }),
      para("存在的问题和不足", { numId: 2 }),
      para("理论学习的深度还不够。"),
      para("2025年工作打算", { numId: 2 }),
      para("抓好落实。"),
    ];
    const paragraphs = read({ body: rows.join(""), styles: styles(), numbering });
    expect(paragraphs.filter((p) => p.label).map((p) => p.label)).toEqual([
      "一、",
      "（一）",
      "三、",
      "四、",
    ]);
    const { findings, sections } = checkDocument(paragraphs);
    expect(sections.filter((s) => s.required).every((s) => s.status !== "missing")).toBe(true);
    const skipped = findings.find((f) => f.rule === "numbering")!;
    expect(skipped).toMatchObject({ paragraph: 4, start: 0, end: 0, text: "" });
    expect(skipped.fix).toBeUndefined();
    expect(skipped.message).toContain("设置编号值");
    expect(skipped.message).toContain("二、");
    expect(findings.find((f) => f.rule === "year")).toMatchObject({
      paragraph: 6,
      text: "2025",
      fix: "2026",
    });
  });
});

describe("tracked changes", () => {
  const del = (text: string) =>
    `<w:del w:id="1" w:author="王" w:date="2025-12-01T10:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
  const ins = (text: string) =>
    `<w:ins w:id="2" w:author="王" w:date="2025-12-01T10:00:00Z">${run(text)}</w:ins>`;

  it("reads the text as it will be after acceptance: no deleted text, inserted text once, moves once", () => {
    const body =
      `<w:p>${run("全年召开理论学习中心组学习")}${del("XX")}${ins("12")}${run("次。")}</w:p>` +
      `<w:p><w:moveFrom w:id="3" w:author="王" w:date="2025-12-01T10:00:00Z">${run("持续改进作风。")}</w:moveFrom>${run("加强组织建设。")}</w:p>` +
      `<w:p>${run("开展主题党日活动。")}<w:moveTo w:id="4" w:author="王" w:date="2025-12-01T10:00:00Z">${run("持续改进作风。")}</w:moveTo></w:p>`;
    expect(texts({ body })).toEqual([
      "全年召开理论学习中心组学习12次。",
      "加强组织建设。",
      "开展主题党日活动。持续改进作风。",
    ]);
  });

  it("takes current paragraph properties, not the old ones of a formatting change", () => {
    const body = `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:pPrChange w:id="5" w:author="王" w:date="2025-12-01T10:00:00Z"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange></w:pPr>${run("正文")}</w:p>`;
    expect(read({ body, styles: styles() })[0]).toMatchObject({ text: "正文", level: 0 });
  });

  it("joins a paragraph whose mark was deleted to the next, so a deleted heading leaves a visible gap", () => {
    const deletedMark = `<w:rPr><w:del w:id="6" w:author="王" w:date="2025-12-01T10:00:00Z"/></w:rPr>`;
    const rows = TYPED.map((text) => para(text));
    rows[5] = `<w:p><w:pPr>${deletedMark}</w:pPr>${del(TYPED[5]!)}</w:p>`;
    rows[6] = `<w:p><w:pPr>${deletedMark}</w:pPr>${run("理论学习的深度")}</w:p>${para("还不够。")}`;
    const paragraphs = read({ body: rows.join("") });
    expect(paragraphs.map((p) => p.text).slice(5, 7)).toEqual(["理论学习的深度还不够。", TYPED[7]]);
    const gap = checkDocument(paragraphs).findings.find((f) => f.rule === "numbering");
    expect(gap).toMatchObject({ text: "三、", fix: "二、" });
  });

  it("catches a wrong 提法 whose deleted correct form stands beside it", () => {
    const body =
      para(TYPED[0]!) +
      `<w:p>${run("一体推进")}${del("不敢腐、不能腐、不想腐")}${ins("不能腐、不敢腐、不想腐")}${run("，持续净化政治生态。")}</w:p>`;
    const paragraphs = read({ body });
    expect(paragraphs[1]!.text).toBe("一体推进不能腐、不敢腐、不想腐，持续净化政治生态。");
    const found = checkDocument(paragraphs).findings.filter((f) => f.rule === "tifa");
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(4);
  });
});

describe("text boxes", () => {
  const title = (t: string) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run(t)}</w:p>`;
  const box = (t: string) =>
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:extent cx="5274310" cy="792480"/><wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>${title(t)}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape id="文本框 1" style="width:415pt;height:62pt"><v:textbox><w:txbxContent>${title(t)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

  it("reads a title in a text box once, before an anchor it starts, after text it is anchored in, keeping that text whole", () => {
    const body =
      `<w:p>${box(TYPED[0]!)}</w:p>` +
      `<w:p>${run("2025年，市统计局党组")}${box("附件")}${run("在市直机关工委的指导下开展工作。现将全年工作总结如下：")}</w:p>` +
      TYPED.slice(2)
        .map((t) => para(t))
        .join("");
    const paragraphs = read({ body });
    expect(paragraphs.slice(0, 4).map((p) => p.text)).toEqual([
      TYPED[0],
      "",
      "2025年，市统计局党组在市直机关工委的指导下开展工作。现将全年工作总结如下：",
      "附件",
    ]);
    const outline = buildOutline(paragraphs);
    expect(outline.title).toBe(0);
    expect(checkDocument(paragraphs).findings.filter((f) => f.rule === "year")).toEqual([]);
  });

  it("reads a title whose text box is anchored at the start of the opening paragraph (as Word and WPS place it) as the title", () => {
    const body =
      `<w:p>${box(TYPED[0]!)}${run(TYPED[1]!)}</w:p>` +
      TYPED.slice(2)
        .map((t) => para(t))
        .join("");
    const paragraphs = read({ body });
    expect(paragraphs.map((p) => p.text)).toEqual(TYPED);
    expect(buildOutline(paragraphs).title).toBe(0);
    const result = checkDocument(paragraphs);
    expect(result.type).toBe("annual-summary");
    expect(result.sections.filter((s) => s.required && s.status !== "present")).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it("reads a VML text box that has no alternate content", () => {
    const body = `<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>${title(TYPED[0]!)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
    expect(texts({ body })).toEqual([TYPED[0], ""]);
  });
});

describe("headers, footers and notes", () => {
  const field = (code: string, result: string) =>
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

  it("reads them after the body, each marked with its part, and checks them for blanks but not for sections", () => {
    const footnote = `<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:footnoteRef/></w:r>${run("数据来源：某某统计年鉴。")}</w:p></w:footnote>`;
    const paragraphs = read({
      body: TYPED.map((t) => para(t)).join(""),
      headers: [para("XX局机关党委"), para("XX局机关党委")],
      footers: [
        `<w:p>${run("— ")}${field("PAGE", "1")}${run(" —")}</w:p><w:p><w:fldSimple w:instr=" NUMPAGES ">${run("3")}</w:fldSimple></w:p>`,
      ],
      footnotes: footnote,
    });
    expect(paragraphs.slice(TYPED.length).map((p) => `${p.part}:${p.text}`)).toEqual([
      "header:XX局机关党委",
      "footer:— 1 —",
      "footer:3",
      "footnote:数据来源：某某统计年鉴。",
    ]);
    const { findings, sections } = checkDocument(paragraphs);
    expect(sections.filter((s) => s.required).every((s) => s.status === "present")).toBe(true);
    expect(findings.map((f) => `${f.part}:${f.text}`)).toEqual(["header:XX", "footnote:某某"]);
  });
});

describe("what else real documents hold", () => {
  it("does not read tab-stop definitions as tabs, so positions stay right", () => {
    const body = para("全年召开XX次会议。", {
      pPr: `<w:tabs><w:tab w:val="left" w:pos="420"/><w:tab w:val="clear" w:pos="840"/></w:tabs>`,
    });
    const paragraphs = read({ body });
    expect(paragraphs[0]!.text).toBe("全年召开XX次会议。");
    expect(checkDocument(paragraphs).findings.find((f) => f.rule === "placeholder")).toMatchObject({
      start: 4,
      end: 6,
    });
  });

  it("takes heading levels from basedOn chains and Chinese style names, and outline level 9 as body text", () => {
    const extra =
      `<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="我的标题"/><w:basedOn w:val="Heading2"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="a1"><w:name w:val="标题 1"/><w:basedOn w:val="Normal"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题3"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Plain"><w:name w:val="正文文本"/><w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>`;
    const body = [
      para("一", { style: "MyHeading" }),
      para("二", { style: "a1" }),
      para("三", { style: "a3" }),
      para("四", { style: "Plain" }),
      para("五", { style: "Heading1", outline: 9 }),
      para("六", { outline: 1 }),
    ].join("");
    expect(read({ body, styles: styles(extra) }).map((p) => p.level)).toEqual([2, 1, 3, 0, 0, 2]);
  });

  it("reads split runs, content controls, comments, symbols, hyphens, breaks and hidden text as Word shows them", () => {
    const body =
      `<w:p><w:commentRangeStart w:id="0"/>${run("深入学习")}${run("贯彻")}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>` +
      `<w:sdt><w:sdtPr><w:alias w:val="单位"/><w:placeholder><w:docPart w:val="DefaultPlaceholder"/></w:placeholder></w:sdtPr><w:sdtContent>${run("市统计局")}</w:sdtContent></w:sdt>` +
      `<w:r><w:t>2025</w:t><w:noBreakHyphen/><w:t>2026</w:t><w:sym w:font="宋体" w:char="2014"/><w:br/><w:t>下</w:t><w:softHyphen/><w:t>页</w:t><w:br w:type="page"/></w:r>` +
      `<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r>` +
      `<w:hyperlink r:id="rId99"><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:smartTag w:element="place"><w:r><w:t>！</w:t></w:r></w:smartTag></w:p>`;
    expect(texts({ body })).toEqual(["深入学习贯彻市统计局2025-2026— 下页显示链接！"]);
  });

  it("marks table paragraphs and unknown markup is no text", () => {
    const body = `<w:tbl><w:tr><w:tc><w:p>${run("表格")}</w:p></w:tc></w:tr></w:tbl><w:p><w:customXml w:element="x"><w:r><w:t>自定义</w:t></w:r></w:customXml><w:bookmarkStart w:id="0" w:name="a"/><w:proofErr w:type="spellStart"/></w:p><w:p/>`;
    expect(read({ body }).map((p) => [p.text, p.inTable])).toEqual([
      ["表格", true],
      ["自定义", false],
      ["", false],
    ]);
  });
});

describe("damaged and hostile files", () => {
  it("rejects what is no zip, a zip without a document, and broken XML, in Chinese", () => {
    expect(() => readDocx(new TextEncoder().encode("not a zip at all"))).toThrow(/无法解压/);
    expect(() => readDocx(buildDocx({ body: "", extra: {} }).slice(0, 40))).toThrow(/无法解压/);
    expect(() => readDocx(buildDocx({ body: "<w:p><w:r><w:t>未闭合</w:r></w:p>" }))).toThrow(
      /不是合格的 XML/
    );
  });

  it("stops at the size limit instead of inflating a bomb", () => {
    const saved = LIMITS.part;
    LIMITS.part = 1024 * 1024;
    try {
      const bomb = buildDocx({ body: para("0".repeat(2 * 1024 * 1024)) });
      expect(bomb.length).toBeLessThan(64 * 1024);
      expect(() => readDocx(bomb)).toThrow(/过大/);
    } finally {
      LIMITS.part = saved;
    }
  });

  // Each element once cost as much as its depth: 120,000 never finished. Reading is now linear in
  // the part's size (timed in npm run bench, well under 2 s); the bound here only stops a hang.
  it(
    "reads 120,000 styles each inside the one before: refused when left open, read and formatted when closed",
    { timeout: 60_000 },
    () => {
      expect(() => readDocx(hostileStyles("unterminated", 120_000))).toThrow(
        /styles\.xml 不是合格的 XML/
      );
      const nested = hostileStyles("nested", 120_000);
      expect(readDocx(nested).paragraphs.map((p) => p.text)).toEqual([
        "关于2026年党建工作的总结",
        "一、主要工作",
        "全年召开学习会12次。",
      ]);
      expect(formatDocx(readDocx(nested, true), GB_9704).paragraphs).toBe(3);
    }
  );
});

describe("decoding text files", () => {
  it("reads UTF-8 with and without BOM, UTF-16 with BOM, and GB18030", () => {
    expect(
      decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("党建")]))
    ).toBe("党建");
    expect(decodeText(new TextEncoder().encode("党建"))).toBe("党建");
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x5a, 0x51, 0xfa, 0x5e]))).toBe("党建");
    expect(decodeText(new Uint8Array([0xb5, 0xb3, 0xbd, 0xa8]))).toBe("党建");
  });
});

describe("reading settings add-ins stored in a .docx", () => {
  it("takes string settings from web-extension properties, decoding XML and JSON", () => {
    const part = `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11"><we:properties>
      <we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>
      <we:property name="dangjian.ignored" value="&quot;[\\&quot;placeholder|学习|XX|次\\&quot;]&quot;"/>
      <we:property name="broken" value="{not json"/>
    </we:properties></we:webextension>`;
    const settings = webExtensionSettings([part]);
    expect(settings.get("dangjian.ignored")).toBe('["placeholder|学习|XX|次"]');
    expect(settings.has("Office.AutoShowTaskpaneWithDocument")).toBe(false);
    expect(settings.has("broken")).toBe(false);
  });
});

describe("a plain-text report", () => {
  it("has one paragraph per line, whatever ends its lines", () => {
    const bytes = new TextEncoder().encode("标题\r\n一、主要工作\r二、存在问题\n\n三、下步打算");
    expect(readText(bytes).map((p) => p.text)).toEqual([
      "标题",
      "一、主要工作",
      "二、存在问题",
      "",
      "三、下步打算",
    ]);
  });
});
