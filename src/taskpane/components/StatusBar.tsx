import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Status } from "../state/status";
import { strings } from "../strings";

/**
 * The status, where it belongs: a bar with `at` shows only the message of the action taken there;
 * the bar without shows the rest. Screen readers hear it through the announcer (see useStatus).
 */
const useStyles = makeStyles({
  // A message of several lines (what was done, then what to do by hand) keeps its line breaks.
  body: { whiteSpace: "pre-line" },
});

export function StatusBar({ status, at, onDismiss, className }: { status: Status | undefined; at?: string; onDismiss?: () => void; className?: string }) {
  const styles = useStyles();
  if (!status || status.at !== at) return null;
  return (
    <MessageBar intent={status.intent} data-status-at={at ?? "top"} className={className}>
      <MessageBarBody className={styles.body}>{status.text}</MessageBarBody>
      {onDismiss && <MessageBarActions containerAction={<Button appearance="transparent" size="small" icon={<DismissRegular />} aria-label={strings.closeMessage} onClick={onDismiss} />} />}
    </MessageBar>
  );
}
