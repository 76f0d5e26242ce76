import type { PinyinKeys } from "./pinyinKeys";

/** What the search looks at in an entry. */
export interface Searchable {
  id: string;
  name: string;
  /** Expansion, usage sentences or text: matched after the name. */
  body: string;
  pinyin: PinyinKeys;
}

const IGNORED = /[\s“”"'‘’《》「」]/g;

/** Spaces, quotes and case do not matter. */
export function normalizeQuery(query: string): string {
  return query.replace(IGNORED, "").toLowerCase();
}

interface Prepared<T> {
  item: T;
  name: string;
  body: string;
  full: string;
  initials: string;
  textFull: string;
  textInitials: string;
}

/** A query of pinyin letters only: the one kind a near match is offered for. */
const LETTERS = /^[a-z]+$/;

/** How many letters of two strings of one length differ. */
function differences(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/**
 * Search by 汉字 substring, full pinyin or initials (sgys → 四个意识), ranked: exact name,
 * name prefix, name substring, then expansions and sentences; ties keep library order.
 */
export class PhraseIndex<T extends Searchable> {
  private readonly prepared: Prepared<T>[];

  constructor(items: readonly T[]) {
    this.prepared = items.map((item) => ({
      item,
      name: normalizeQuery(item.name),
      body: normalizeQuery(item.body),
      full: item.pinyin.full,
      initials: item.pinyin.initials,
      textFull: item.pinyin.text?.full ?? "",
      textInitials: item.pinyin.text?.initials ?? "",
    }));
  }

  get size(): number {
    return this.prepared.length;
  }

  search(query: string, accept: (item: T) => boolean = () => true, limit = Infinity): T[] {
    const q = normalizeQuery(query);
    const tiers: T[][] = [[], [], [], []];
    for (const p of this.prepared) {
      if (!accept(p.item)) continue;
      const tier = q === "" ? 0 : rank(p, q);
      if (tier >= 0) tiers[tier]!.push(p.item);
    }
    const out = tiers.flat();
    return out.length > limit ? out.slice(0, limit) : out;
  }

  /**
   * For a search that found nothing: entries whose initials differ from the query in one letter
   * (sgyx → 四个意识), or whose full pinyin it spells with one letter wrong; in library order.
   */
  nearMatches(query: string, accept: (item: T) => boolean = () => true, limit = 3): T[] {
    const q = normalizeQuery(query);
    if (q.length < 3 || !LETTERS.test(q)) return [];
    const near: T[] = [];
    for (const p of this.prepared) {
      if (!accept(p.item)) continue;
      const initials = p.initials.length === q.length && differences(p.initials, q) === 1;
      const full = q.length >= 5 && p.full.length === q.length && differences(p.full, q) === 1;
      if (initials || full) near.push(p.item);
      if (near.length === limit) break;
    }
    return near;
  }
}

function rank<T>(p: Prepared<T>, q: string): number {
  if (p.name === q || p.full === q || p.initials === q) return 0;
  if (
    p.name.startsWith(q) ||
    (p.full && p.full.startsWith(q)) ||
    (p.initials && p.initials.startsWith(q))
  )
    return 1;
  if (p.name.includes(q) || (q.length > 1 && p.full.includes(q))) return 2;
  if (p.body.includes(q)) return 3;
  // Further into one's own text by pinyin: whole syllables from two letters on, initials from
  // three.
  if ((q.length > 1 && p.textFull.includes(q)) || (q.length > 2 && p.textInitials.includes(q)))
    return 3;
  return -1;
}
