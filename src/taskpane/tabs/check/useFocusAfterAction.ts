import type { RefObject } from "react";
import { useEffect, useRef } from "react";

/**
 * Keeps the keyboard where the writer works: an action on a finding (改为, 填入, 补上, 忽略)
 * remembers the finding's place in the list; when the list is drawn again without it, focus goes
 * to the finding now at that place (the next one), or to the list's heading when none is left.
 */
export function useFocusAfterAction(root: RefObject<HTMLElement | null>, drawn: unknown) {
  const place = useRef<number | undefined>(undefined);

  /** Call as an action starts: notes which finding holds the focus. */
  const remember = () => {
    const item = document.activeElement?.closest("[data-finding]");
    const items = [...(root.current?.querySelectorAll("[data-finding]") ?? [])];
    place.current = item ? items.indexOf(item) : undefined;
  };

  useEffect(() => {
    if (place.current === undefined || !root.current) return;
    const items = root.current.querySelectorAll<HTMLElement>("[data-finding]");
    const item = items[Math.min(place.current, items.length - 1)];
    place.current = undefined;
    const target =
      item?.querySelector<HTMLElement>("[data-primary]") ??
      item?.querySelector<HTMLElement>("button, input") ??
      root.current.querySelector<HTMLElement>("[data-findings-heading]");
    target?.focus();
  }, [root, drawn]);

  /** An action that does not act on a finding (开始检查) leaves the focus where it is. */
  const forget = () => void (place.current = undefined);

  return { remember, forget };
}
