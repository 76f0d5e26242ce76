import type { RefObject } from "react";
import { useEffect, useRef, useState } from "react";

/**
 * Focus after a dialog closes: on what the caller names (a saved entry's card), else on the control
 * that opened it, else on a fallback; never left on the page's body.
 */
export function useReturnFocus(fallback: RefObject<HTMLElement | null>) {
  const opener = useRef<HTMLElement | null>(null);
  const preferred = useRef<string | undefined>(undefined);
  const [closings, setClosings] = useState(0);
  useEffect(() => {
    if (closings === 0) return;
    const named = preferred.current ? document.querySelector<HTMLElement>(preferred.current) : null;
    (named ?? (opener.current?.isConnected ? opener.current : null) ?? fallback.current)?.focus();
    preferred.current = undefined;
  }, [closings, fallback]);
  return {
    /** Call as the dialog opens, while focus is still on what opened it. */
    opening: () =>
      void (opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null),
    /** Call as it closes; `selector` names the element to focus instead of the opener. */
    closed: (selector?: string) => {
      preferred.current = selector;
      setClosings((n) => n + 1);
    },
  };
}
