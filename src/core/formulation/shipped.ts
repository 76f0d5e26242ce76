import type { PreparedShapes } from "./prepared";

/**
 * The shapes of the built-in library derived beforehand: none here, the matcher derives them. The
 * command-line build puts src/cli/shippedShapes.ts in this module's place: it reads those derived
 * at build time.
 */
export function shippedShapes(): PreparedShapes | undefined {
  return undefined;
}
