import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname, "../../src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []
  );
}

describe("code the task pane runs in older Office webviews", () => {
  // Safari before 16.4 (Word on older macOS) cannot parse a regular-expression lookbehind: one
  // would break the whole script that holds it, so no source file may contain one.
  it("has no regular-expression lookbehind", () => {
    const found = sources(SRC).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ file, line: i + 1, text: line }))
        .filter(({ text }) => /\(\?<[=!]/.test(text))
    );
    expect(found).toEqual([]);
  });
});
