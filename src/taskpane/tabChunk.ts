import type { ComponentType } from "react";
import { lazy } from "react";

/**
 * A tab's code in its own chunk. Asked for before it has loaded, it renders through Suspense;
 * once loaded (the first tab at start-up, the others while the pane is idle) it renders at once,
 * with no spinner frame and no moment without controls for the keyboard.
 */
export function tabChunk<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const start = () => (pending ??= load().then((component) => (loaded = component)));
  const Lazy = lazy(() =>
    start().then((component) => ({ default: component }))
  ) as unknown as ComponentType<P>;
  // The same component every time: switching from Lazy to the loaded one would remount the tab and lose its state.
  let given: ComponentType<P> | undefined;
  return { start, component: (): ComponentType<P> => (given ??= loaded ?? Lazy) };
}
