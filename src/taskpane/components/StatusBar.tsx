import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import type { Status } from "../state/status";
import { strings } from "../strings";

/**
 * The status, where it belongs: a bar with `at` shows only the message of the action taken there;
 * the bar without shows the rest. Screen readers hear it through the announcer (see useStatus).
 */
const useStyles = makeStyles({
  // A message of several lines (what was done, then what to do by hand) keeps its line breaks.
  body: { whiteSpace: "pre-line" },
  // Kept in view at the pane's foot, wherever its list is scrolled.
  floating: { position: "sticky", bottom: tokens.spacingVerticalS, zIndex: 1, boxShadow: tokens.shadow16 },
});

interface Props {
  status: Status | undefined;
  at?: string;
  /** Shown as a closable bar that stays in view at the pane's foot. */
  floating?: boolean;
  onDismiss?: () => void;
}

export function StatusBar({ status, at, floating, onDismiss }: Props) {
  const styles = useStyles();
  const shown = status && status.at === at ? status : undefined;
  const bar = useRef<HTMLDivElement>(null);
  // A message under an action low in the pane is brought into view; the floating bar is always in view.
  useEffect(() => {
    if (shown && !floating) bar.current?.scrollIntoView?.({ block: "nearest" });
  }, [shown, floating]);
  if (!shown) return null;
  const close = onDismiss && <Button appearance="transparent" size="small" icon={<DismissRegular />} aria-label={strings.closeMessage} onClick={onDismiss} />;
  return (
    <MessageBar ref={bar} intent={shown.intent} data-status-at={at ?? "top"} className={floating ? styles.floating : undefined}>
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
