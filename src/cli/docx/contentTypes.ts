import { walkXml } from "./xml";

/** [Content_Types].xml: each part's type, by its own override or by its extension's default. */
export class ContentTypes {
  private readonly defaults = new Map<string, string>();
  private readonly overrides = new Map<string, string>();

  constructor(xml: string) {
    walkXml(xml, "[Content_Types].xml", {
      open: (name, a) => {
        if (name === "Default" && a.Extension)
          this.defaults.set(a.Extension.toLowerCase(), a.ContentType ?? "");
        else if (name === "Override" && a.PartName)
          this.overrides.set(a.PartName.replace(/^\//, "").toLowerCase(), a.ContentType ?? "");
      },
      close: () => {},
      text: () => {},
    });
  }

  /** A part's content type (part names compare without case); "" when none is declared. */
  of(part: string): string {
    const name = part.toLowerCase();
    return this.overrides.get(name) ?? this.defaults.get(/\.([^./]+)$/.exec(name)?.[1] ?? "") ?? "";
  }

  /**
   * Whether a part is of the type a relationship of this type must point at (styles → …styles+xml).
   */
  fits(part: string, relationshipType: string): boolean {
    const type = this.of(part);
    return relationshipType === "officeDocument"
      ? /\.main\+xml$/.test(type)
      : type.endsWith(`.${relationshipType}+xml`);
  }
}
