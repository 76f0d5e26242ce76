import { useCallback, useState } from "react";
import { HostError } from "../../host/DocumentHost";
import { strings } from "../strings";

export interface Status {
  intent: "success" | "error" | "info" | "warning";
  text: string;
}

/** A Chinese message for anything a document action throws. */
export function errorMessage(error: unknown): string {
  if (error instanceof HostError) return strings.errors[error.code];
  return strings.errors.unknown + (error instanceof Error ? error.message : String(error));
}

/** The status line of a tab, and a runner that reports an action's outcome in it. */
export function useStatus() {
  const [status, setStatus] = useState<Status | undefined>();
  const [busy, setBusy] = useState(false);
  /** Run an action; a returned text is its success message, otherwise it sets the status itself. */
  const run = useCallback(async (action: () => Promise<string | void>) => {
    setBusy(true);
    try {
      const text = await action();
      if (text) setStatus({ intent: "success", text });
    } catch (error) {
      setStatus({ intent: "error", text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }, []);
  return { status, setStatus, busy, run };
}
