import { Suspense } from "react";
import { laterChunk } from "../laterChunk";
import type { StatusBarProps } from "./StatusBar";

/**
 * The status bar's code (Fluent's MessageBar and its motion) in a chunk of its own: the first
 * screen shows no message, so it need not wait for it. Loaded while the pane is idle, it shows at
 * once when a message comes.
 */
export const statusBarChunk = laterChunk<StatusBarProps>(() =>
  import(/* webpackChunkName: "status-bar" */ "./StatusBar").then((m) => m.StatusBar)
);

/** The status bar (StatusBar.tsx), drawn only while it has a message to show. */
export function LaterStatusBar(props: StatusBarProps) {
  if (!props.status || props.status.at !== props.at) return null;
  const Bar = statusBarChunk.component();
  return (
    <Suspense fallback={null}>
      <Bar {...props} />
    </Suspense>
  );
}
