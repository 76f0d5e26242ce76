// The import graph of the source tree: which module imports which (type imports and import() too),
// and its cycles. Used by tests/architecture and by scripts/architecture.mjs.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const EXTENSIONS = [".ts", ".tsx", ".mts", ".js", ".mjs"];
const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s)?["']([^"']+)["']|import\(\s*(?:\/\*[^*]*\*\/\s*)?["']([^"']+)["']\s*\)/g;

/** Every source file under `root`, as paths relative to `base`. */
export function sourceFiles(root, base = root) {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, base);
    return EXTENSIONS.some((e) => name.endsWith(e)) ? [relative(base, path)] : [];
  });
}

function resolveImport(base, from, specifier) {
  if (!specifier.startsWith(".")) return undefined;
  const target = resolve(base, dirname(from), specifier);
  const candidates = [
    target,
    ...EXTENSIONS.map((e) => target + e),
    ...EXTENSIONS.map((e) => join(target, `index${e}`)),
  ];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  return found && relative(base, found);
}

/** Each file of `dirs` (relative to `base`) with the files it imports among them. */
export function importGraph(base, dirs = ["src"]) {
  const files = dirs.flatMap((d) => sourceFiles(join(base, d), base));
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const text = readFileSync(join(base, file), "utf8");
    const imports = new Set();
    for (const m of text.matchAll(SPECIFIER)) {
      const target = resolveImport(base, file, m[1] ?? m[2]);
      if (target && known.has(target)) imports.add(target);
    }
    graph.set(file, [...imports]);
  }
  return graph;
}

/**
 * The graph's cycles: its strongly connected components of more than one file, or a file importing
 * itself (Tarjan).
 */
export function cycles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (v) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}
