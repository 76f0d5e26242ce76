import { useAnnounce } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { HostError } from "../../host/DocumentHost";
import { errorStrings } from "../strings/errors";

export interface Status {
  intent: "success" | "error" | "info" | "warning";
  text: string;
  /**
   * Where the action was taken (a group, a row, a box): the message is shown there, not at the top.
   */
  at?: string;
  /** One thing to do about it, such as 撤消 after a deletion. */
  action?: { label: string; run(): void };
}

/** A Chinese message for anything a document action throws. */
export function errorMessage(error: unknown): string {
  if (error instanceof HostError) return errorStrings[error.code];
  return errorStrings.unknown + (error instanceof Error ? error.message : String(error));
}

/**
 * A tab's last message, shown next to the action that caused it, and read out to screen readers
 * through Fluent's live-region announcer; a runner that reports an action's outcome.
 */
export function useStatus() {
  const [status, setShown] = useState<Status | undefined>();
  const [busy, setBusy] = useState(false);
  const { announce } = useAnnounce();
  const setStatus = useCallback(
    (next: Status | undefined) => {
      setShown(next);
      if (next)
        announce(next.text, {
          alert: next.intent === "error",
          polite: next.intent !== "error",
          batchId: "status",
        });
    },
    [announce]
  );
  /**
   * The writer moves on (a new search, another scope): a message about an earlier action goes,
   * unless it still offers something to do (撤消删除, for its few seconds).
   */
  const moveOn = useCallback(() => setShown((shown) => (shown?.action ? shown : undefined)), []);
  /**
   * Run an action; a returned text is its success message, shown at `at`; otherwise it sets the
   * status itself.
   */
  const run = useCallback(
    async (action: () => Promise<string | void>, at?: string) => {
      setBusy(true);
      try {
        const text = await action();
        if (text) setStatus({ intent: "success", text, at });
      } catch (error) {
        setStatus({ intent: "error", text: errorMessage(error), at });
      } finally {
        setBusy(false);
      }
    },
    [setStatus]
  );
  return { status, setStatus, busy, run, moveOn };
}
