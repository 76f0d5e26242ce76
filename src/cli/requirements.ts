import { typesInForce } from "../core/requirements/inForce";
import type { Requirements } from "../core/requirements/types";
import { parseLibrary } from "../core/userLibrary";
import { unreadable } from "./unreadable";

/** How long the organisation's server may take to answer. */
const FETCH_TIMEOUT_MS = 15_000;

export type ReadRequirements =
  { ok: true; requirements: Requirements } | { ok: false; error: string };

const isAddress = (source: string) => /^https?:\/\//i.test(source);

async function fetchText(url: string, fetcher: typeof fetch): Promise<string> {
  const response = await fetcher(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`服务器返回 ${response.status}。`);
  return response.text();
}

/**
 * --requirements FILE|URL: the organisation's library file (the same one the task pane reads from
 * its address), from disk or from its address; refused whole, with the reason in Chinese.
 */
export async function readRequirements(
  source: string,
  read: (path: string) => Promise<Uint8Array>,
  fetcher: typeof fetch = (...args) => fetch(...args)
): Promise<ReadRequirements> {
  let text: string;
  try {
    text = isAddress(source)
      ? await fetchText(source, fetcher)
      : new TextDecoder().decode(await read(source));
  } catch (error) {
    const timedOut = (error as Error).name === "TimeoutError";
    const reason = timedOut
      ? `服务器 ${FETCH_TIMEOUT_MS / 1000} 秒内没有响应。`
      : isAddress(source)
        ? error instanceof TypeError
          ? "无法连接服务器。"
          : (error as Error).message
        : unreadable(error);
    return { ok: false, error: reason };
  }
  const parsed = parseLibrary(text);
  if (!parsed.ok) return parsed;
  if (!parsed.requirements) return { ok: false, error: "文件中没有单位要求（requirements）。" };
  return { ok: true, requirements: parsed.requirements };
}

/** The type ids --type may name under these requirements. */
export const typeIdsUnder = (requirements?: Requirements) =>
  typesInForce(requirements).map((t) => t.id);
