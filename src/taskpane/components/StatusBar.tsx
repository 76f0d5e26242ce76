import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import type { Status } from "../state/status";
import { shellStrings as strings } from "../strings/shell";

/**
 * The status, where it belongs: a bar with `at` shows only the message of the action taken there;
 * the bar without shows the rest. Screen readers hear it through the announcer (see useStatus).
 */
const useStyles = makeStyles({
  // A message of several lines (what was done, then what to do by hand) keeps its line breaks.
  body: { whiteSpace: "pre-line" },
  // Brought into view, it clears a sticky bar at the pane's foot (插入全文框架).
  placed: { scrollMarginBottom: "96px" },
  // Kept in view at the pane's foot, wherever its list is scrolled.
  floating: {
    position: "sticky",
    bottom: tokens.spacingVerticalS,
    zIndex: 1,
    boxShadow: tokens.shadow16,
  },
});

export interface StatusBarProps {
  status: Status | undefined;
  at?: string;
  /** Shown as a closable bar that stays in view at the pane's foot. */
  floating?: boolean;
  onDismiss?: () => void;
}

/**
 * Scroll the focused element's scrolling ancestor so the element sits above a bar fixed over it.
 */
function uncovered(bar: HTMLElement | null) {
  const focused = document.activeElement;
  if (!bar || !(focused instanceof HTMLElement) || bar.contains(focused)) return;
  const covered = bar.getBoundingClientRect();
  const box = focused.getBoundingClientRect();
  if (box.bottom <= covered.top || box.top >= covered.bottom) return;
  let scroller = focused.parentElement;
  while (
    scroller &&
    !(
      scroller.scrollHeight > scroller.clientHeight &&
      /auto|scroll/.test(getComputedStyle(scroller).overflowY)
    )
  )
    scroller = scroller.parentElement;
  scroller?.scrollBy({ top: box.bottom - covered.top + 8 });
}

export function StatusBar({ status, at, floating, onDismiss }: StatusBarProps) {
  const styles = useStyles();
  const shown = status && status.at === at ? status : undefined;
  const bar = useRef<HTMLDivElement>(null);
  // A message under an action low in the pane is brought into view; the floating bar is always in
  // view.
  useEffect(() => {
    if (shown && !floating) bar.current?.scrollIntoView?.({ block: "nearest" });
  }, [shown, floating]);
  // The floating bar never covers what has focus: the list scrolls it up above the bar.
  useEffect(() => {
    if (!shown || !floating) return;
    const uncover = () => uncovered(bar.current);
    uncover();
    document.addEventListener("focusin", uncover);
    return () => document.removeEventListener("focusin", uncover);
  }, [shown, floating]);
  if (!shown) return null;
  const close = onDismiss && (
    <Button
      appearance="transparent"
      size="small"
      icon={<DismissRegular />}
      aria-label={strings.closeMessage}
      onClick={onDismiss}
    />
  );
  return (
    <MessageBar
      ref={bar}
      intent={shown.intent}
      data-status-at={at ?? "top"}
      className={floating ? styles.floating : styles.placed}
    >
      <MessageBarBody className={styles.body}>{shown.text}</MessageBarBody>
      {(shown.action || close) && (
        <MessageBarActions containerAction={close}>
          {shown.action && (
            <Button size="small" onClick={shown.action.run}>
              {shown.action.label}
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
