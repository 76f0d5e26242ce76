import type { KeyboardEvent, RefObject } from "react";
import { useCallback, useEffect, useRef } from "react";

const CONTROLS = "button, input";
const ITEM = "[data-finding]";

/** A finding's controls, in order. */
const controlsOf = (item: Element) => [...item.querySelectorAll<HTMLElement>(CONTROLS)];
/** Where focus goes in a finding: its main control, else its first. */
const primaryOf = (item: Element) =>
  item.querySelector<HTMLElement>("[data-primary]") ?? controlsOf(item)[0];

/**
 * The findings as one stop in the Tab order, like a mail list: ↑/↓ go from finding to finding, ←/→
 * between one finding's controls (from a fill box's ends; Enter there is 填入), and Tab leaves the
 * list for `after`. Only the active finding — the one last focused, else the current one, else the
 * first — has its controls in the Tab order, so Shift+Tab comes back to it.
 */
export function useFindingKeys(
  list: RefObject<HTMLElement | null>,
  after: RefObject<HTMLElement | null>,
  current: string | undefined
) {
  const active = useRef<Element | null>(null);

  const apply = useCallback(() => {
    const root = list.current;
    if (!root) return;
    const items = [...root.querySelectorAll(ITEM)];
    const chosen = active.current?.isConnected
      ? active.current
      : (root.querySelector(`${ITEM}[aria-current="true"]`) ?? items[0]);
    for (const item of items) {
      for (const control of controlsOf(item)) {
        if (item === chosen) {
          if (control.dataset.rovingOut !== undefined) {
            control.removeAttribute("tabindex");
            delete control.dataset.rovingOut;
          }
        } else if (control.getAttribute("tabindex") === null) {
          control.setAttribute("tabindex", "-1");
          control.dataset.rovingOut = "";
        }
      }
    }
  }, [list]);

  // A new current finding (下一条) becomes the active one.
  useEffect(() => {
    active.current = null;
  }, [current]);
  // After every drawing: new findings come in out of the Tab order.
  useEffect(apply);

  const onFocus = (event: { target: EventTarget }) => {
    const item = (event.target as HTMLElement).closest(ITEM);
    if (item && item !== active.current) {
      active.current = item;
      apply();
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const item = target.closest(ITEM);
    const root = list.current;
    if (!item || !root) return;
    // In a fill box ←/→ move the caret, and leave it only from its ends.
    const input = target instanceof HTMLInputElement ? target : undefined;
    const atEdge = (right: boolean) =>
      !input ||
      (input.selectionStart === input.selectionEnd &&
        input.selectionStart === (right ? input.value.length : 0));
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const items = [...root.querySelectorAll(ITEM)];
      const next = items[items.indexOf(item) + (event.key === "ArrowDown" ? 1 : -1)];
      if (next) primaryOf(next)?.focus();
      event.preventDefault();
    } else if (
      (event.key === "ArrowRight" || event.key === "ArrowLeft") &&
      atEdge(event.key === "ArrowRight")
    ) {
      const controls = controlsOf(item);
      controls[controls.indexOf(target) + (event.key === "ArrowRight" ? 1 : -1)]?.focus();
      event.preventDefault();
    } else if (event.key === "Tab" && !event.shiftKey && after.current) {
      after.current.focus();
      event.preventDefault();
    }
  };

  /** Focus the current finding (Tab from 下一条 goes there); false when there is none. */
  const focusCurrent = () => {
    const item = list.current?.querySelector(`${ITEM}[aria-current="true"]`);
    const target = item && primaryOf(item);
    target?.focus();
    return !!target;
  };

  return { onFocus, onKeyDown, focusCurrent };
}
