import type { HostEnvironment } from "../selfTest/environment";

/** The requirement sets 自检 lists, each with the versions to try, newest last. */
const SETS: ReadonlyArray<[string, readonly string[]]> = [
  ["WordApi", ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"]],
  ["WordApiDesktop", ["1.1", "1.2", "1.3"]],
  ["WordApiHiddenDocument", ["1.3", "1.4", "1.5"]],
];

/**
 * Word for 自检: where it runs and the newest version of each requirement set it has. There is no
 * scratch document: Office.js acts only on the document that opened the pane (a document made with
 * application.createDocument opens in a window of its own, with its own pane).
 */
export function wordEnvironment(
  supports: (name: string, version: string) => boolean = (name, version) => Office.context.requirements.isSetSupported(name, version),
  diagnostics: () => { platform?: unknown; version?: string } = () => Office.context.diagnostics,
): HostEnvironment {
  const apis = SETS.flatMap(([name, versions]) => {
    const newest = [...versions].reverse().find((version) => supports(name, version));
    return newest ? [`${name} ${newest}`] : [];
  });
  const info = diagnostics();
  return {
    host: `Word${info.platform ? `（${String(info.platform)}）` : ""}`,
    version: info.version ?? "",
    apis,
    noScratchReason: "Word 加载项只能操作打开它的文档，自检不改动您的文档",
  };
}
