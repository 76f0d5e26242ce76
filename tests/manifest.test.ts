import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { validateManifest } from "./manifest";

const MANIFEST = resolve(__dirname, "../manifest.xml");

describe("manifest.xml", () => {
  it("validates against the Office add-in schemas", () => {
    expect(() => validateManifest(MANIFEST)).not.toThrow();
  });

  it("is a Word task pane in Chinese that needs WordApi 1.3 and may write the document", () => {
    const xml = readFileSync(MANIFEST, "utf8");
    expect(xml).toContain('<Host Name="Document"/>');
    expect(xml).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
    expect(xml).toContain('<DisplayName DefaultValue="党建写作助手"/>');
    expect(xml).toContain('<Set Name="WordApi" MinVersion="1.3"/>');
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(xml).toContain('<OfficeTab id="TabHome">');
    for (const size of [16, 20, 32, 64, 80]) expect(xml).toContain(`assets/icon-${size}.png`);
  });
});
