import type { DocumentTypeDef } from "../../content/types";
import { holdsFor, typesInForce } from "../../core/requirements/inForce";
import type { Requirements } from "../../core/requirements/types";
import { normalizeYear, yearIsValid } from "../../core/year";

/**
 * The types the 模板 tab offers for the year in its form: the organisation's when they hold for it.
 */
export function typesForYear(
  requirements: Requirements | undefined,
  year: string
): readonly DocumentTypeDef[] {
  const written = yearIsValid(year) ? Number(normalizeYear(year)) : undefined;
  return typesInForce(requirements && holdsFor(requirements, written) ? requirements : undefined);
}
