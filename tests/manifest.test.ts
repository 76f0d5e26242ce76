import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { manifestRuleProblems, validateManifest } from "./manifest";

const MANIFEST = resolve(__dirname, "../manifest.xml");
const xml = readFileSync(MANIFEST, "utf8");

function validateText(text: string): void {
  const path = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.xml");
  writeFileSync(path, text);
  validateManifest(path);
}

describe("manifest.xml", () => {
  it("validates offline, on a clone of the project alone", () => {
    expect(validateManifest(MANIFEST)).toContain("project");
  });

  it("the offline validation fails on what Office would refuse", () => {
    expect(() =>
      validateText(xml.replace("<Version>0.1.0.0</Version>\n  <ProviderName>", "<ProviderName>"))
    ).toThrow();
    expect(() => validateText(xml.replace(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>"))).toThrow();
    expect(() =>
      validateText(xml.replace('<IconUrl DefaultValue="https:', '<IconUrl DefaultValue="http:'))
    ).toThrow();
    expect(() =>
      validateText(
        xml
          .replace("<DefaultLocale>zh-CN</DefaultLocale>", "")
          .replace("<ProviderName>", "<DefaultLocale>zh-CN</DefaultLocale><ProviderName>")
      )
    ).toThrow();
    expect(
      manifestRuleProblems(xml.replace('resid="Group.Label"', 'resid="Group.Missing"'))
    ).toEqual(["resid not defined in Resources: Group.Missing"]);
    expect(
      manifestRuleProblems(
        xml.replace(
          'id="Taskpane.Url" DefaultValue="https:',
          'id="Taskpane.Url" DefaultValue="http:'
        )
      )
    ).toHaveLength(1);
    expect(
      manifestRuleProblems(
        xml.replace('DefaultValue="党建写作"', `DefaultValue="${"党".repeat(126)}"`)
      )
    ).toEqual(["Group.Label: longer than 125 characters"]);
    expect(manifestRuleProblems(xml)).toEqual([]);
  });

  it("is a Word task pane in Chinese that needs WordApi 1.3 and may write the document", () => {
    expect(xml).toContain('<Host Name="Document"/>');
    expect(xml).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
    expect(xml).toContain('<DisplayName DefaultValue="党建写作助手"/>');
    expect(xml).toContain('<Set Name="WordApi" MinVersion="1.3"/>');
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(xml).toContain('<OfficeTab id="TabHome">');
    for (const size of [16, 20, 32, 64, 80]) expect(xml).toContain(`assets/icon-${size}.png`);
  });
});
