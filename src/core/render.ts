import { BLANK, FIELDS } from "../content/fields";
import type { FieldDef } from "../content/types";
import { normalizeYear } from "./year";

export type FieldValues = Readonly<Record<string, string | undefined>>;

/** `{unit}`, or the field's Chinese name as writers type it in their own phrases: `{单位名称}`. */
const FIELD_REF = /\{([A-Za-z][A-Za-z0-9]*|[\u4e00-\u9fff]{2,16})\}/g;
/** Each field by its id and by its Chinese name. */
const BY_REF: ReadonlyMap<string, FieldDef> = new Map(
  FIELDS.flatMap((f) => [[f.id, f] as const, [f.label, f] as const])
);

/** The fields a template text refers to (unknown names as written). */
export function fieldRefs(text: string): string[] {
  return [...text.matchAll(FIELD_REF)].map((m) => BY_REF.get(m[1]!)?.id ?? m[1]!);
}

/**
 * Each blank of a known field becomes its value, or what `empty` gives; anything else in braces
 * stays.
 */
function fill(text: string, values: FieldValues, empty: (field: FieldDef) => string): string {
  const resolved = resolveFields(values);
  return text.replace(FIELD_REF, (whole, ref: string) => {
    const field = BY_REF.get(ref);
    return field ? (resolved[field.id] ?? empty(field)) : whole;
  });
}

/** The values with derived fields computed: nextYear from a four-digit year. */
export function resolveFields(
  values: FieldValues,
  fields: readonly FieldDef[] = FIELDS
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of fields) {
    const typed = values[field.id]?.trim();
    const own = typed && field.kind === "year" ? normalizeYear(typed) : typed;
    if (own) out[field.id] = own;
    else if (field.derivedFrom) {
      const base = values[field.derivedFrom.field]?.trim() ?? "";
      const year = normalizeYear(base);
      if (/^\d{4}$/.test(year)) out[field.id] = String(Number(year) + field.derivedFrom.add);
    }
  }
  return out;
}

/** Fill a template: each `{field}` becomes its value, or a visible blank when it has none. */
export function renderTemplate(text: string, values: FieldValues): string {
  return fill(text, values, () => BLANK);
}

/**
 * A template as the pane shows it: each blank as its value, or as 〔its Chinese name〕 when it has
 * none.
 */
export function displayTemplate(text: string, values: FieldValues): string {
  return fill(text, values, (field) => `〔${field.label}〕`);
}
