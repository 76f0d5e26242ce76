import type { Requirements } from "../../core/requirements/types";
import { STORAGE_PREFIX } from "../state/usePersistentState";

/** Where the last good requirements are kept between uses. */
export const REQUIREMENTS_KEY = `${STORAGE_PREFIX}requirements`;

/**
 * What was stored, when it still has the shape of requirements; else none (the next fetch brings
 * them again).
 */
function readStoredRequirements(): Requirements | undefined {
  try {
    const value = JSON.parse(
      localStorage.getItem(REQUIREMENTS_KEY) ?? "null"
    ) as Requirements | null;
    return value &&
      typeof value.issuer === "string" &&
      typeof value.year === "number" &&
      Array.isArray(value.types)
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The organisation's requirements in use: set from its library file each time that file is read
 * well (the phrase store reads it), kept as they are when a fetch fails or the file is refused.
 */
class RequirementsStore {
  private value: Requirements | undefined = readStoredRequirements();
  private readonly listeners = new Set<() => void>();

  get = () => this.value;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  set(next: Requirements | undefined): void {
    try {
      if (next) localStorage.setItem(REQUIREMENTS_KEY, JSON.stringify(next));
      else localStorage.removeItem(REQUIREMENTS_KEY);
    } catch {
      // Not kept for the next time; they hold for this session.
    }
    this.value = next;
    for (const listener of this.listeners) listener();
  }
}

export const requirementsStore = new RequirementsStore();
