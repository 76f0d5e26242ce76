import { useSyncExternalStore } from "react";
import type { Requirements } from "../../core/requirements/types";
import { requirementsStore } from "./store";

/** The organisation's requirements in use, or none: the pane then behaves as built. */
export function useRequirements(): Requirements | undefined {
  return useSyncExternalStore(requirementsStore.subscribe, requirementsStore.get, () => undefined);
}
