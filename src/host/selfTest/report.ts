import type { SelfTestReport } from "./runSelfTest";

export const STATUS_TEXT = { passed: "通过", failed: "失败", skipped: "未运行" } as const;

const pad = (n: number) => String(n).padStart(2, "0");

/** When the report was made, as a deployer writes it down. */
export function reportTime(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/**
 * The report as plain text, one operation a line with tabs between the columns: it pastes into a
 * table or a message.
 */
export function reportText(report: SelfTestReport): string {
  const passed = report.results.filter((r) => r.status === "passed").length;
  return [
    `党建写作助手 自检 ${reportTime(report.at)}`,
    `宿主\t${report.host}`,
    `版本\t${report.version || "未知"}`,
    `接口\t${report.apis.join("；") || "未知"}`,
    `自检文档\t${report.scratch ? "新建的空白文档（已关闭，未保存）" : "未新建：只运行不改动当前文档的操作"}`,
    `结果\t${passed}/${report.results.length} 项通过`,
    "",
    "操作\t结果\t说明",
    ...report.results.map((r) => `${r.label}\t${STATUS_TEXT[r.status]}\t${r.detail}`),
  ].join("\n");
}

/** The file name a saved report gets. */
export function reportFileName(report: SelfTestReport): string {
  return `自检-${report.host.replace(/[\\/:*?"<>|\s]+/g, "")}-${reportTime(report.at).replace(/[-: ]/g, "")}.txt`;
}
