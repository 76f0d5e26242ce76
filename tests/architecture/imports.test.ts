import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script shared with scripts/architecture.mjs
import { cycles, importGraph } from "../../scripts/importGraph.mjs";

const ROOT = join(__dirname, "../..");
const graph = importGraph(ROOT, ["src"]) as Map<string, string[]>;

describe("the import graph", () => {
  it("sees the imports of the source tree, type imports and import() included", () => {
    expect(graph.get("src/cli/main.ts")).toContain("src/cli/commands/check.ts");
    expect(graph.get("src/host/word/comments.ts")).toContain("src/host/word/types.ts");
    expect(graph.get("src/taskpane/index.tsx")).toContain("src/host/word/WordHost.ts");
  });

  it("finds a cycle where there is one", () => {
    const looped = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(cycles(looped)).toEqual([["a", "b", "c"]]);
  });

  it("has no cycle", () => {
    expect(cycles(graph)).toEqual([]);
  });
});
