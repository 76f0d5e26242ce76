#!/usr/bin/env node
// The command-line checker, as built by `npm run build` (or `npm pack`) into dist-cli/.
import { existsSync } from "node:fs";

const bundle = new URL("../dist-cli/dangjian.mjs", import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  process.stderr.write(
    "命令行检查器尚未构建：请在项目文件夹中先运行 npm run build。\nThe checker is not built yet: run `npm run build` in the project folder.\n"
  );
  process.exitCode = 2;
}
