import type { DocParagraph } from "../document";

/** Where a pattern a rule watches for matched. */
export interface Sighting {
  paragraph: number;
  start: number;
  text: string;
}

/**
 * What a rule may ask the shared pass to look for: the source of a regular expression without
 * capture groups.
 */
export interface Watcher {
  id: string;
  watch?: string;
}

interface Compiled {
  /** Every watched pattern in one alternation. */
  all: RegExp;
  /** Each rule's own pattern, to tell whose a match is. */
  each: Array<{ id: string; at: RegExp }>;
}

const compiledFor = new WeakMap<readonly Watcher[], Compiled | null>();

/** The shared patterns of a list of rules, built once per list. */
function compile(watchers: readonly Watcher[]): Compiled | undefined {
  if (!compiledFor.has(watchers)) {
    const watching = watchers.filter((w): w is Required<Watcher> => w.watch !== undefined);
    compiledFor.set(
      watchers,
      watching.length === 0
        ? null
        : {
            all: new RegExp(watching.map((w) => `(?:${w.watch})`).join("|"), "g"),
            each: watching.map((w) => ({ id: w.id, at: new RegExp(w.watch, "y") })),
          }
    );
  }
  return compiledFor.get(watchers) ?? undefined;
}

/**
 * The patterns every rule watches for, found in one pass over each paragraph: a regular expression
 * alternating a few short patterns costs little more than any one of them alone, so rules share it
 * instead of each reading the whole text. A match goes to the first rule whose pattern matches
 * there, so patterns of different rules must not overlap.
 */
export function watchAll(
  paragraphs: readonly DocParagraph[],
  watchers: readonly Watcher[]
): ReadonlyMap<string, Sighting[]> {
  const sightings = new Map<string, Sighting[]>(watchers.map((w) => [w.id, []]));
  const compiled = compile(watchers);
  if (!compiled) return sightings;
  const { all, each } = compiled;
  paragraphs.forEach(({ text }, paragraph) => {
    all.lastIndex = 0;
    for (let m = all.exec(text); m; m = all.exec(text)) {
      const start = m.index;
      // Matches are rare: which rule's pattern this is, is asked only here.
      const owner = each.find(({ at }) => {
        at.lastIndex = start;
        return at.exec(text)?.[0] === m![0];
      });
      if (owner) sightings.get(owner.id)!.push({ paragraph, start, text: m[0] });
      if (m[0] === "") all.lastIndex++;
    }
  });
  return sightings;
}
