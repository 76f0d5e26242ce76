import type { ComponentType } from "react";
import { lazy } from "react";

/**
 * A component whose code is in a chunk of its own, loaded when it is first rendered or earlier with
 * `start()`. Asked for before it has loaded, it renders through Suspense; once loaded it renders at
 * once, with no fallback frame.
 */
export function laterChunk<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const start = () => (pending ??= load().then((component) => (loaded = component)));
  const Lazy = lazy(() =>
    start().then((component) => ({ default: component }))
  ) as unknown as ComponentType<P>;
  // The same component every time: switching from Lazy to the loaded one would remount it and lose
  // its state.
  let given: ComponentType<P> | undefined;
  const component = (): ComponentType<P> => (given ??= loaded ?? Lazy);
  /**
   * Whether `component()` is the stand-in that loads it, which needs a Suspense boundary; it stays
   * so.
   */
  const suspends = () => component() === Lazy;
  return { start, component, suspends };
}
