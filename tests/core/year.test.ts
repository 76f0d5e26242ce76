import { describe, expect, it } from "vitest";
import { displayTemplate, renderTemplate } from "../../src/core/render";
import { documentType, typeUsesField } from "../../src/core/templates";
import { normalizeYear, yearIsValid } from "../../src/core/year";

describe("years as writers type them", () => {
  it("reads full-width digits, Chinese numerals and a trailing 年 as four digits", () => {
    expect(normalizeYear("2026")).toBe("2026");
    expect(normalizeYear("２０２６")).toBe("2026");
    expect(normalizeYear("二〇二六")).toBe("2026");
    expect(normalizeYear("二零二六年")).toBe("2026");
    expect(normalizeYear(" 2026 年")).toBe("2026");
  });

  it("leaves what is not a year as typed, and says so", () => {
    expect(normalizeYear("明年")).toBe("明年");
    expect(yearIsValid("明年")).toBe(false);
    expect(yearIsValid("26")).toBe(false);
    expect(yearIsValid("")).toBe(true);
    expect(yearIsValid("二〇二六")).toBe(true);
  });

  it("fills a template and its next year from a year typed in Chinese numerals", () => {
    expect(renderTemplate("{year}年工作总结和{nextYear}年工作打算", { year: "二〇二六" })).toBe(
      "2026年工作总结和2027年工作打算"
    );
  });
});

describe("blanks as the pane shows them", () => {
  it("shows a blank by its Chinese name, never as {unit}", () => {
    expect(displayTemplate("{unit}{year}年党建工作", { year: "2026" })).toBe(
      "〔单位名称〕2026年党建工作"
    );
  });

  it("accepts a blank written with its Chinese name in one's own phrases", () => {
    expect(renderTemplate("{单位名称}{年度}年", { unit: "市统计局", year: "2026" })).toBe(
      "市统计局2026年"
    );
    expect(renderTemplate("{不是空白}", {})).toBe("{不是空白}");
  });

  it("knows which document types use 上级机关", () => {
    expect(typeUsesField(documentType("report"), "superior")).toBe(true);
    expect(typeUsesField(documentType("branch-summary"), "superior")).toBe(false);
  });
});
