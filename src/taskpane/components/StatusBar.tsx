import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Status } from "../state/status";

/**
 * The status, where it belongs: a bar with `at` shows only the message of the action taken there;
 * the bar without shows the rest. Screen readers hear it through the announcer (see useStatus).
 */
export function StatusBar({ status, at }: { status: Status | undefined; at?: string }) {
  if (!status || status.at !== at) return null;
  return (
    <MessageBar intent={status.intent} data-status-at={at ?? "top"}>
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}
