import { Suspense } from "react";
import { laterChunk } from "../laterChunk";
import type { Status } from "../state/status";
import type { StatusMessageProps } from "./StatusMessage";

/** Fluent's message bar comes with the first message (or while the pane is idle), not with the first screen. */
export const statusMessage = laterChunk<StatusMessageProps>(() =>
  import(/* webpackChunkName: "status-message" */ "./StatusMessage").then((m) => m.StatusMessage)
);

interface Props {
  status: Status | undefined;
  at?: string;
  /** Shown as a closable bar that stays in view at the pane's foot. */
  floating?: boolean;
  onDismiss?: () => void;
}

/**
 * The status, where it belongs: a bar with `at` shows only the message of the action taken there;
 * the bar without shows the rest. Screen readers hear it through the announcer (see useStatus).
 */
export function StatusBar({ status, at, floating, onDismiss }: Props) {
  const shown = status && status.at === at ? status : undefined;
  if (!shown) return null;
  const Message = statusMessage.component();
  return (
    <Suspense fallback={null}>
      <Message shown={shown} at={at} floating={floating} onDismiss={onDismiss} />
    </Suspense>
  );
}
