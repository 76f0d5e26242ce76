// The offline WPS 加载项 package: the WPS pages, ribbon.xml, icon and every script the pane loads,
// in one folder-less .7z that jsplugins.xml's <jsplugin url=…> points at.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sevenZip } from "./sevenZip.mjs";

/** The files of the wps/ folder that go into the package, the pages' scripts moved beside them. */
const PAGES = ["index.html", "taskpane.html"];
const STATIC = ["ribbon.xml", "icon-32.png"];

/**
 * Write `wps/<name>.7z` into the build output: `scripts` are the output's root-level files the
 * WPS entries load (entry, chunks, workers).
 */
export function writeOfflinePackage(outputPath, name, scripts) {
  const wps = join(outputPath, "wps");
  const files = [
    // One folder in the package: the pages load their scripts from beside them, not from "../".
    ...PAGES.map((page) => ({
      name: page,
      data: Buffer.from(readFileSync(join(wps, page), "utf8").split('src="../').join('src="')),
    })),
    ...STATIC.map((file) => ({ name: file, data: readFileSync(join(wps, file)) })),
    ...[...new Set(scripts)]
      .sort()
      .map((file) => ({ name: file, data: readFileSync(join(outputPath, file)) })),
  ];
  const archive = sevenZip(files);
  writeFileSync(join(wps, `${name}.7z`), archive);
  return { files: files.length, bytes: archive.length };
}
