import { GB_9704 } from "../../content/layout";
import type { BlockParagraph } from "../../core/document";
import { insertionPoint } from "../../core/insertion";
import { layoutPlan } from "../../core/layout/plan";
import { buildOutline } from "../../core/outline";
import type { DocumentHost } from "../DocumentHost";
import type { DescribedHost, HostEnvironment } from "./environment";

export type OperationId =
  | "read"
  | "insertBlock"
  | "insertText"
  | "replace"
  | "replaceEach"
  | "select"
  | "comments"
  | "layoutRead"
  | "layoutApply"
  | "settings";

export const OPERATION_LABELS: Record<OperationId, string> = {
  read: "读取文档",
  insertBlock: "在光标处插入（含编号顺延）",
  insertText: "在光标处插入文字",
  replace: "替换",
  replaceEach: "全部修改",
  select: "选中文字",
  comments: "添加和删除批注",
  layoutRead: "读取格式和页面",
  layoutApply: "一键排版",
  settings: "文档设置的保存和读取",
};

export interface OperationResult {
  id: OperationId;
  label: string;
  status: "passed" | "failed" | "skipped";
  /** What was seen, or why it failed or was not run. */
  detail: string;
}

export interface SelfTestReport {
  at: Date;
  host: string;
  version: string;
  apis: string[];
  /**
   * Whether a scratch document was used (else only what leaves the writer's document untouched
   * ran).
   */
  scratch: boolean;
  results: OperationResult[];
}

/** A check's failure, with what was expected. */
class Mismatch extends Error {}

function expectEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Mismatch(`${what}：应为 ${e}，实为 ${a}`);
}

const texts = async (host: DocumentHost) =>
  (await host.read()).paragraphs.filter((p) => !p.part).map((p) => p.text);

const heading = (text: string, level: 1 | 2): BlockParagraph => ({ text, level, role: "heading" });
const body = (text: string): BlockParagraph => ({ text, level: 0, role: "body" });

/** Each operation on the scratch document, in order: each builds on what the ones before wrote. */
const WRITING: Array<[OperationId, (host: DocumentHost) => Promise<string>]> = [
  [
    "read",
    async (host) => {
      const snapshot = await host.read();
      return `${snapshot.paragraphs.length} 段`;
    },
  ],
  [
    "insertBlock",
    async (host) => {
      await host.insertBlock(
        [heading("一、主要工作", 1), body("正文内容。"), heading("二、存在问题", 1)],
        { at: insertionPoint(await host.read()) }
      );
      await host.select({ paragraph: 1 });
      const snapshot = await host.read();
      // A heading put after the first part's text: the one after it is renumbered in the same step.
      await host.insertBlock([heading("二、工作亮点", 1)], {
        at: insertionPoint(snapshot),
        edits: [{ paragraph: 2, start: 0, end: 2, expected: "二、", text: "三、" }],
      });
      expectEqual(
        await texts(host),
        ["一、主要工作", "正文内容。", "二、工作亮点", "三、存在问题"],
        "插入后的文字"
      );
      const levels = (await host.read()).paragraphs.map((p) => p.level);
      expectEqual(levels, [1, 0, 1, 1], "标题级别");
      return "插入 4 段，顺延 1 处编号";
    },
  ],
  [
    "insertText",
    async (host) => {
      await host.select({ paragraph: 1, start: 2, end: 2 });
      await host.insertText("各项");
      expectEqual((await texts(host))[1], "正文各项内容。", "插入后的段落");
      return "光标处插入 2 字";
    },
  ],
  [
    "replace",
    async (host) => {
      await host.read();
      await host.replace({ paragraph: 1, start: 4, end: 6, expected: "内容", text: "工作" });
      expectEqual((await texts(host))[1], "正文各项工作。", "替换后的段落");
      return "替换 1 处";
    },
  ],
  [
    "replaceEach",
    async (host) => {
      await host.read();
      const outcome = await host.replaceEach([
        { paragraph: 0, start: 2, end: 4, expected: "主要", text: "重点" },
        { paragraph: 1, start: 0, end: 2, expected: "正文", text: "全年" },
      ]);
      expectEqual(outcome, { replaced: 2, skipped: 0 }, "修改数");
      expectEqual(
        (await texts(host)).slice(0, 2),
        ["一、重点工作", "全年各项工作。"],
        "修改后的文字"
      );
      return "2 处";
    },
  ],
  [
    "select",
    async (host) => {
      await host.select({ paragraph: 1, start: 2, end: 4 });
      expectEqual((await host.read()).selection.text, "各项", "选中的文字");
      return "选中 2 字";
    },
  ],
  [
    "comments",
    async (host) => {
      if (!host.comments) throw new Mismatch("此版本没有批注接口");
      await host.read();
      const added = await host.comments.add([
        { paragraph: 1, start: 0, end: 2, expected: "全年", text: "自检批注" },
      ]);
      expectEqual(added, { added: 1, skipped: 0 }, "添加的批注");
      expectEqual(await host.comments.removeOwn(), 1, "删除的批注");
      return "添加 1 条，删除 1 条";
    },
  ],
  ["layoutRead", readLayout],
  [
    "layoutApply",
    async (host) => {
      const { paragraphs } = await host.read();
      const outcome = await host.applyLayout(
        layoutPlan(paragraphs, buildOutline(paragraphs), GB_9704)
      );
      if (outcome.formatted === 0) throw new Mismatch("没有段落被排版");
      expectEqual(
        (await texts(host)).slice(0, 2),
        ["一、重点工作", "全年各项工作。"],
        "排版后的文字"
      );
      return `${outcome.formatted} 段${outcome.pageSet ? "，页面已设置" : "，页面未设置"}${outcome.pageNumbersSet ? "，页码已插入" : ""}`;
    },
  ],
  ["settings", checkSettings],
];

async function readLayout(host: DocumentHost): Promise<string> {
  const { paragraphs, page } = await host.read();
  const formatted = paragraphs.filter((p) => p.format && Object.keys(p.format).length > 0).length;
  const pageText = page?.widthMm
    ? `页面 ${Math.round(page.widthMm)}×${Math.round(page.heightMm ?? 0)} 毫米`
    : "页面未读到";
  return `${formatted}/${paragraphs.length} 段读到格式，${pageText}`;
}

async function checkSettings(host: DocumentHost): Promise<string> {
  const key = "selftest";
  const value = `自检 ${Date.now()}`;
  await host.setSetting(key, value);
  expectEqual(await host.getSetting(key), value, "读回的设置");
  return "写入后读回一致";
}

/**
 * What runs without a scratch document: nothing that changes the writer's document or its cursor.
 */
const READ_ONLY: Partial<Record<OperationId, (host: DocumentHost) => Promise<string>>> = {
  read: async (host) => `${(await host.read()).paragraphs.length} 段`,
  layoutRead: readLayout,
};

async function attempt(id: OperationId, run: () => Promise<string>): Promise<OperationResult> {
  try {
    return { id, label: OPERATION_LABELS[id], status: "passed", detail: await run() };
  } catch (error) {
    return {
      id,
      label: OPERATION_LABELS[id],
      status: "failed",
      detail: error instanceof Error ? error.message || error.name : String(error),
    };
  }
}

/** The environment of a host, or what can be said without one. */
export async function environmentOf(host: DocumentHost): Promise<HostEnvironment> {
  const described = await (host as DescribedHost).environment?.();
  return (
    described ?? { host: "未知", version: "", apis: [], noScratchReason: "此环境不能新建文档" }
  );
}

/**
 * 自检: each operation the pane uses, on a new scratch document that is closed unsaved afterwards.
 * Where the host has no scratch document (Word), only the operations that leave the writer's
 * document as it is run; the others are listed as not run, with the reason.
 */
export async function runSelfTest(
  host: DocumentHost,
  now: () => Date = () => new Date()
): Promise<SelfTestReport> {
  const environment = await environmentOf(host);
  const base = {
    at: now(),
    host: environment.host,
    version: environment.version,
    apis: environment.apis,
  };
  if (!environment.openScratch) {
    const results = await sequence(
      WRITING.map(([id]) => id),
      (id) => {
        const run = READ_ONLY[id];
        if (run) return attempt(id, () => run(host));
        const detail = `未运行：${environment.noScratchReason ?? "不能新建文档"}`;
        return Promise.resolve<OperationResult>({
          id,
          label: OPERATION_LABELS[id],
          status: "skipped",
          detail,
        });
      }
    );
    return { ...base, scratch: false, results };
  }
  let scratch: Awaited<ReturnType<NonNullable<HostEnvironment["openScratch"]>>>;
  try {
    scratch = await environment.openScratch();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const results = WRITING.map(([id]): OperationResult => ({
      id,
      label: OPERATION_LABELS[id],
      status: "failed",
      detail: `新建自检文档失败：${reason}`,
    }));
    return { ...base, scratch: false, results };
  }
  try {
    return {
      ...base,
      scratch: true,
      results: await sequence(WRITING, ([id, run]) => attempt(id, () => run(scratch.host))),
    };
  } finally {
    scratch.close();
  }
}

/** One after another: each operation builds on the document the one before left. */
async function sequence<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await run(item));
  return results;
}
