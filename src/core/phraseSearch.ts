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
}

function rank<T>(p: Prepared<T>, q: string): number {
  if (p.name === q || p.full === q || p.initials === q) return 0;
  if (p.name.startsWith(q) || (p.full && p.full.startsWith(q)) || (p.initials && p.initials.startsWith(q))) return 1;
  if (p.name.includes(q) || (q.length > 1 && p.full.includes(q))) return 2;
  if (p.body.includes(q)) return 3;
  return -1;
}
