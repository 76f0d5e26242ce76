import { describe, expect, it } from "vitest";
import { docxParagraphs, headingStyles, webExtensionSettings } from "../../src/cli/readDocx";
import { decodeText } from "../../src/cli/readText";

const STYLES = `<w:styles>
  <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Custom2"><w:name w:val="公文二级标题"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body Text"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
</w:styles>`;

describe("reading word/document.xml", () => {
  it("takes heading levels from built-in and custom styles and from a paragraph's own outline level", () => {
    const xml = `<w:document><w:body>
      <w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>主要工作</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="Custom2"/></w:pPr><w:r><w:t>抓学习</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="Body"/><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>一级</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>
    </w:body></w:document>`;
    expect(docxParagraphs(xml, headingStyles(STYLES)).map((p) => [p.text, p.level])).toEqual([
      ["主要工作", 1],
      ["抓学习", 2],
      ["一级", 3],
      ["正文", 0],
    ]);
  });

  it("joins runs, decodes entities, keeps tabs, skips deleted text and field codes, and marks tables and lists", () => {
    const xml = `<w:body>
      <w:p><w:r><w:t xml:space="preserve">“三会</w:t></w:r><w:r><w:t>一课” &amp; &lt;学习&gt;</w:t><w:tab/><w:t>&#x4E00;</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>表格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>列表</w:t></w:r></w:p>
      <w:p/>
    </w:body>`;
    expect(docxParagraphs(xml, new Map())).toEqual([
      { text: "“三会一课” & <学习>\t一", level: 0, inTable: false, inList: false },
      { text: "表格", level: 0, inTable: true, inList: false },
      { text: "列表", level: 0, inTable: false, inList: true },
      { text: "", level: 0, inTable: false, inList: false },
    ]);
  });
});

describe("decoding text files", () => {
  it("reads UTF-8 with and without BOM, UTF-16 with BOM, and GB18030", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("党建")]))).toBe("党建");
    expect(decodeText(new TextEncoder().encode("党建"))).toBe("党建");
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x5a, 0x51, 0xfa, 0x5e]))).toBe("党建");
    expect(decodeText(new Uint8Array([0xb5, 0xb3, 0xbd, 0xa8]))).toBe("党建");
  });
});

describe("reading settings add-ins stored in a .docx", () => {
  it("takes string settings from web-extension properties, decoding XML and JSON", () => {
    const part = `<we:webextension><we:properties>
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
