import { BLANK, FIELDS } from "../content/fields";
import type { FieldDef } from "../content/types";

export type FieldValues = Readonly<Record<string, string | undefined>>;

const FIELD_REF = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The fields a template text refers to. */
export function fieldRefs(text: string): string[] {
  return [...text.matchAll(FIELD_REF)].map((m) => m[1]!);
}

/** The values with derived fields computed: nextYear from a four-digit year. */
export function resolveFields(values: FieldValues, fields: readonly FieldDef[] = FIELDS): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of fields) {
    const own = values[field.id]?.trim();
    if (own) out[field.id] = own;
    else if (field.derivedFrom) {
      const base = values[field.derivedFrom.field]?.trim() ?? "";
      if (/^\d{4}$/.test(base)) out[field.id] = String(Number(base) + field.derivedFrom.add);
    }
  }
  return out;
}

/** Fill a template: each `{field}` becomes its value, or a visible blank when it has none. */
export function renderTemplate(text: string, values: FieldValues): string {
  const resolved = resolveFields(values);
  return text.replace(FIELD_REF, (_, id: string) => resolved[id] ?? BLANK);
}
