import { formatNumber } from "./numberFormats";
import type { NumberingReference, StyleSheet } from "./styles";
import { isOn, walkXml } from "./xml";

interface LevelDefinition {
  start: number;
  format: string;
  text: string;
  /** Legal numbering: every level's number shown as a decimal (1.1, not 一.1). */
  legal: boolean;
  /** The paragraph style this level belongs to (w:pStyle), for styles linked to a list. */
  style?: string;
}

interface AbstractList {
  levels: LevelDefinition[];
  /** A list whose levels a numbering style defines (w:numStyleLink). */
  styleLink?: string;
}

interface ListInstance {
  abstractId: string;
  /**
   * Per level: a new start (w:startOverride) and a whole new level definition, where the instance
   * gives them.
   */
  overrides: Map<number, { start?: number; level?: LevelDefinition }>;
}

const LEVELS = 9;
const newLevel = (): LevelDefinition => ({ start: 1, format: "decimal", text: "", legal: false });

/**
 * numbering.xml, and the numbers Word shows for list paragraphs in document order: counters per
 * abstract list (instances of one list continue each other's numbering, as in Word), restarted by
 * an instance's start override when that instance is first used, deeper levels restarted by each
 * item of a higher level.
 */
export class ListNumbering {
  private readonly abstracts = new Map<string, AbstractList>();
  private readonly instances = new Map<string, ListInstance>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly used = new Set<string>();

  constructor(
    xml: string | undefined,
    private readonly styles: StyleSheet
  ) {
    if (xml !== undefined) this.read(xml);
  }

  private read(xml: string): void {
    let abstract: AbstractList | undefined;
    let instance: ListInstance | undefined;
    let override: { start?: number; level?: LevelDefinition } | undefined;
    let level: LevelDefinition | undefined;
    walkXml(xml, "word/numbering.xml", {
      open: (name, a, path) => {
        const value = a["w:val"];
        switch (name) {
          case "w:abstractNum":
            abstract = { levels: [] };
            this.abstracts.set(a["w:abstractNumId"] ?? "", abstract);
            break;
          case "w:num":
            instance = { abstractId: "", overrides: new Map() };
            this.instances.set(a["w:numId"] ?? "", instance);
            break;
          case "w:abstractNumId":
            if (instance) instance.abstractId = value ?? "";
            break;
          case "w:lvlOverride":
            override = {};
            instance?.overrides.set(Number(a["w:ilvl"] ?? 0), override);
            break;
          case "w:startOverride":
            if (override) override.start = Number(value);
            break;
          case "w:lvl": {
            level = newLevel();
            const ilvl = Number(a["w:ilvl"] ?? 0);
            if (override) override.level = level;
            else if (abstract && ilvl >= 0 && ilvl < LEVELS) abstract.levels[ilvl] = level;
            break;
          }
          case "w:numStyleLink":
            if (abstract) abstract.styleLink = value;
            break;
          default:
            if (!level || path[path.length - 1] !== "w:lvl") break;
            if (name === "w:start") level.start = Number(value ?? 1);
            else if (name === "w:numFmt") level.format = value ?? "decimal";
            else if (name === "w:lvlText") level.text = value ?? "";
            else if (name === "w:isLgl") level.legal = isOn(a);
            else if (name === "w:pStyle") level.style = value;
        }
      },
      close: (name) => {
        if (name === "w:abstractNum") abstract = undefined;
        else if (name === "w:num") instance = undefined;
        else if (name === "w:lvlOverride") override = undefined;
        else if (name === "w:lvl") level = undefined;
      },
      text: () => {},
    });
  }

  /** The abstract list an instance numbers by, following a numbering style's link once. */
  private abstractOf(numId: string): { id: string; list: AbstractList } | undefined {
    const instance = this.instances.get(numId);
    if (!instance) return undefined;
    let id = instance.abstractId;
    let list = this.abstracts.get(id);
    if (list?.styleLink !== undefined) {
      const linked = this.styles.numbering(list.styleLink);
      const target = linked && this.instances.get(linked.numId);
      if (target && target.abstractId !== id) {
        id = target.abstractId;
        list = this.abstracts.get(id);
      }
    }
    return list ? { id, list } : undefined;
  }

  private levelOf(numId: string, list: AbstractList, ilvl: number): LevelDefinition | undefined {
    return this.instances.get(numId)?.overrides.get(ilvl)?.level ?? list.levels[ilvl];
  }

  /**
   * The level a paragraph of a style linked to this list is at: the level whose w:pStyle names it.
   */
  private linkedLevel(list: AbstractList, styleId: string | undefined): number {
    const found = styleId === undefined ? -1 : list.levels.findIndex((l) => l?.style === styleId);
    return found === -1 ? 0 : found;
  }

  /**
   * The next number of a list paragraph, as Word shows it (一、 （二） 1.3); undefined when the
   * reference names no list (numId 0 takes a style's list away) or the level shows no number.
   */
  next(reference: NumberingReference, styleId: string | undefined): string | undefined {
    const { numId } = reference;
    if (numId === "0") return undefined;
    const found = this.abstractOf(numId);
    if (!found) return undefined;
    const { id, list } = found;
    const ilvl = Math.min(
      LEVELS - 1,
      Math.max(0, reference.ilvl ?? this.linkedLevel(list, styleId))
    );
    const level = this.levelOf(numId, list, ilvl);
    if (!level) return undefined;
    let counters = this.counters.get(id);
    if (!counters)
      this.counters.set(id, (counters = new Array<number | undefined>(LEVELS).fill(undefined)));
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const [l, o] of this.instances.get(numId)!.overrides)
        if (o.start !== undefined && l < LEVELS) counters[l] = o.start - 1;
    }
    counters[ilvl] = (counters[ilvl] ?? level.start - 1) + 1;
    counters.fill(undefined, ilvl + 1);
    if (level.format === "bullet") return level.text;
    return level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const l = Number(digit) - 1;
      const shown = this.levelOf(numId, list, l);
      const value = counters[l] ?? shown?.start ?? 1;
      return formatNumber(value, level.legal ? "decimal" : (shown?.format ?? "decimal"));
    });
  }
}
