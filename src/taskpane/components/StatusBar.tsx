import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Status } from "../state/status";

export function StatusBar({ status }: { status: Status | undefined }) {
  if (!status) return null;
  return (
    <MessageBar intent={status.intent} role={status.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}
