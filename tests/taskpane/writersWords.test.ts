import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");

/** Every source file under a folder, recursively. */
const sources = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(folder, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(folder, e.name)]
        : []
  );

/** A file's text without its comments: what can reach the screen. */
const code = (file: string) =>
  readFileSync(join(ROOT, file), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");

it("speaks to writers in their words: no standard's number, no word of the command line", () => {
  // What the pane and the check's messages say; a label says 公文格式国家标准.
  const files = [
    ...sources("src/taskpane"),
    ...sources("src/core/check"),
    ...sources("src/core/layout"),
  ];
  expect(files.length).toBeGreaterThan(30);
  for (const file of files) {
    const text = code(file);
    expect(text, file).not.toMatch(/GB\/T|GB\s*9704|命令行/);
  }
});
