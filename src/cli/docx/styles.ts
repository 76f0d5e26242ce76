import type { HeadingLevel } from "../../core/document";
import type { ParaProps, RunProps, ThemeFonts } from "./formatting";
import { readParagraphProperty, readRunProperty } from "./formatting";
import { walkXml } from "./xml";

/** A list reference: which numbering instance, and at which level when given. */
export interface NumberingReference {
  numId: string;
  ilvl?: number;
}

interface StyleDefinition {
  name: string;
  basedOn?: string;
  /** w:outlineLvl as written: 0–8 are outline levels 1–9, 9 is body text. */
  outline?: number;
  /** w:numPr of the style; either part may be given alone and the other inherited. */
  numId?: string;
  ilvl?: number;
  run: RunProps;
  para: ParaProps;
}

/**
 * Built-in heading styles by name, as Word, WPS and LibreOffice write them: heading 1, Heading 1,
 * 标题 1.
 */
const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;

/**
 * An outline level as written (0–9) as our heading level: 1–4, or 0 for deeper levels and body
 * text.
 */
export function outlineToLevel(outline: number): HeadingLevel {
  return outline >= 0 && outline <= 3 ? ((outline + 1) as HeadingLevel) : 0;
}

/**
 * The paragraph styles of styles.xml, with what a paragraph inherits along each style's basedOn
 * chain.
 */
export class StyleSheet {
  private readonly styles = new Map<string, StyleDefinition>();
  private defaultStyle?: string;
  /** w:docDefaults: what every paragraph and run starts from. */
  private readonly defaults: { run: RunProps; para: ParaProps } = { run: {}, para: {} };

  constructor(
    xml?: string,
    /** The theme's East Asian typefaces, for runs that name them by theme. */
    readonly theme: ThemeFonts = {}
  ) {
    if (xml !== undefined) this.read(xml);
  }

  private read(xml: string): void {
    let current: StyleDefinition | undefined;
    // Ancestors that matter, counted as they open and close: an element costs the same however deep
    // it is.
    const inside = { defaults: 0, style: 0, change: 0 };
    const count = (name: string, by: number) => {
      if (name === "w:docDefaults") inside.defaults += by;
      else if (name === "w:style") inside.style += by;
      else if (name.endsWith("Change")) inside.change += by;
    };
    walkXml(xml, "word/styles.xml", {
      open: (name, attributes, path) => {
        const parent = path[path.length - 1];
        const ancestors = { ...inside };
        count(name, 1);
        if (ancestors.defaults > 0) {
          if (parent === "w:rPr") readRunProperty(name, attributes, this.defaults.run);
          else if (parent === "w:pPr") readParagraphProperty(name, attributes, this.defaults.para);
          return;
        }
        if (name === "w:style") {
          const id = attributes["w:styleId"];
          current = { name: "", run: {}, para: {} };
          if (id !== undefined) this.styles.set(id, current);
          if (
            id !== undefined &&
            attributes["w:default"] === "1" &&
            attributes["w:type"] === "paragraph"
          )
            this.defaultStyle = id;
          return;
        }
        if (!current || ancestors.style === 0) return;
        const value = attributes["w:val"];
        // Only the style's own properties: not those kept in a tracked change (w:pPrChange).
        if (ancestors.change > 0) return;
        if (name === "w:name" && parent === "w:style") current.name = value ?? "";
        else if (name === "w:basedOn" && parent === "w:style") current.basedOn = value;
        else if (name === "w:outlineLvl" && parent === "w:pPr") current.outline = Number(value);
        else if (name === "w:numId" && parent === "w:numPr") current.numId = value ?? "0";
        else if (name === "w:ilvl" && parent === "w:numPr") current.ilvl = Number(value);
        else if (parent === "w:rPr" && path[path.length - 2] === "w:style")
          readRunProperty(name, attributes, current.run);
        else if (parent === "w:pPr" && path[path.length - 2] === "w:style")
          readParagraphProperty(name, attributes, current.para);
      },
      close: (name) => {
        count(name, -1);
        if (name === "w:style") current = undefined;
      },
      text: () => {},
    });
  }

  /** The styles a paragraph of this style takes properties from, nearest first (cycles cut). */
  private chain(styleId: string | undefined): StyleDefinition[] {
    const chain: StyleDefinition[] = [];
    const seen = new Set<string>();
    let id = styleId ?? this.defaultStyle;
    while (id !== undefined && !seen.has(id) && chain.length < 32) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) break;
      chain.push(style);
      id = style.basedOn;
    }
    return chain;
  }

  /**
   * Run properties a paragraph of this style inherits, nearest first, the document defaults last.
   */
  runLevels(styleId: string | undefined): RunProps[] {
    return [...this.chain(styleId).map((s) => s.run), this.defaults.run];
  }

  /**
   * Paragraph properties a paragraph of this style inherits, nearest first, the document defaults
   * last.
   */
  paraLevels(styleId: string | undefined): ParaProps[] {
    return [...this.chain(styleId).map((s) => s.para), this.defaults.para];
  }

  /**
   * Heading level of a paragraph style: its own or inherited outline level, or a built-in heading
   * name.
   */
  level(styleId: string | undefined): HeadingLevel {
    for (const style of this.chain(styleId)) {
      if (style.outline !== undefined && !Number.isNaN(style.outline))
        return outlineToLevel(style.outline);
      const byName = HEADING_NAME.exec(style.name.trim());
      if (byName) return outlineToLevel(Number(byName[1]) - 1);
    }
    return 0;
  }

  /**
   * The list a paragraph style puts its paragraphs in, if any (numId and ilvl may come from
   * different styles).
   */
  numbering(styleId: string | undefined): NumberingReference | undefined {
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (const style of this.chain(styleId)) {
      numId ??= style.numId;
      ilvl ??= style.ilvl;
    }
    return numId === undefined ? undefined : { numId, ilvl };
  }
}
