import type { DocumentTypeId } from "../../../content/types";
import type { CheckOptions, CheckResult } from "../../../core/check/check";
import { checkDocument } from "../../../core/check/check";
import type { DocParagraph } from "../../../core/document";

export interface CheckRequest {
  id: number;
  paragraphs: readonly DocParagraph[];
  typeId?: DocumentTypeId;
  options?: CheckOptions;
}

export type CheckResponse = { id: number; result: CheckResult } | { id: number; error: string };

/**
 * The worker, once made; null where workers cannot run here (the check then runs on this thread).
 */
let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<
  number,
  { resolve(result: CheckResult): void; reject(error: Error): void; request: CheckRequest }
>();

function startWorker(): Worker | null {
  try {
    const made = new Worker(new URL("./check.worker.ts", import.meta.url));
    made.onmessage = ({ data }: MessageEvent<CheckResponse>) => {
      const pending = waiting.get(data.id);
      waiting.delete(data.id);
      if (!pending) return;
      if ("result" in data) pending.resolve(data.result);
      else pending.reject(new Error(data.error));
    };
    // A worker the host will not run (a policy, an old webview): check here instead, now and from
    // now on.
    made.onerror = (event) => {
      event.preventDefault();
      worker = null;
      made.terminate();
      for (const [id, pending] of waiting) {
        waiting.delete(id);
        runHere(pending.request).then(pending.resolve, pending.reject);
      }
    };
    return made;
  } catch {
    return null;
  }
}

const runHere = async ({ paragraphs, typeId, options }: CheckRequest) =>
  checkDocument(paragraphs, typeId, options);

/** The check of a document, off the task pane's thread where a worker can run. */
export function checkOffThread(
  paragraphs: readonly DocParagraph[],
  typeId?: DocumentTypeId,
  options?: CheckOptions
): Promise<CheckResult> {
  if (worker === undefined) worker = typeof Worker === "function" ? startWorker() : null;
  const request: CheckRequest = { id: nextId++, paragraphs, typeId, options };
  if (!worker) return runHere(request);
  const target = worker;
  return new Promise((resolve, reject) => {
    waiting.set(request.id, { resolve, reject, request });
    target.postMessage(request);
  });
}
