import type { HostEnvironment } from "../selfTest/environment";
import type { DefinesMember } from "./capabilities";
import { CAPABILITY_MEMBERS, libraryDefines } from "./capabilities";

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
  supports: (name: string, version: string) => boolean = (name, version) =>
    Office.context.requirements.isSetSupported(name, version),
  diagnostics: () => { platform?: unknown; version?: string } = () => Office.context.diagnostics,
  defines: DefinesMember = libraryDefines
): HostEnvironment {
  const apis = SETS.flatMap(([name, versions]) => {
    const newest = [...versions].reverse().find((version) => supports(name, version));
    return newest ? [`${name} ${newest}`] : [];
  });
  // What this Word supports but the loaded office.js does not define: a self-hosted copy older than
  // Word.
  const lacking = Object.values(CAPABILITY_MEMBERS)
    .filter(({ set, version }) => supports(set, version))
    .flatMap(({ members }) =>
      members
        .filter(([cls, member]) => !defines(cls, member))
        .map(([cls, member]) => `${cls}.${member}`)
    );
  if (lacking.length > 0)
    apis.push(
      `office.js 中没有：${[...new Set(lacking)].join("、")}（请按部署说明换用当前的 office.js）`
    );
  const info = diagnostics();
  return {
    host: `Word${info.platform ? `（${String(info.platform)}）` : ""}`,
    version: info.version ?? "",
    apis,
    noScratchReason: "Word 加载项只能操作打开它的文档，自检不改动您的文档",
  };
}
