import { BLANK, FIELDS } from "../content/fields";
import type { FieldDef } from "../content/types";
import { normalizeYear } from "./year";

export type FieldValues = Readonly<Record<string, string | undefined>>;

/** `{unit}`, or the field's Chinese name as writers type it in their own phrases: `{单位名称}`. */
const FIELD_REF = /\{([A-Za-z][A-Za-z0-9]*|[\u4e00-\u9fff]{2,16})\}/g;
const BY_LABEL: ReadonlyMap<string, string> = new Map(FIELDS.map((f) => [f.label, f.id]));

/** A reference's field id: itself, or the id of the field so named in Chinese. */
function fieldId(ref: string): string {
  return BY_LABEL.get(ref) ?? ref;
}

/** The fields a template text refers to. */
export function fieldRefs(text: string): string[] {
  return [...text.matchAll(FIELD_REF)].map((m) => fieldId(m[1]!));
}

/** The values with derived fields computed: nextYear from a four-digit year. */
export function resolveFields(values: FieldValues, fields: readonly FieldDef[] = FIELDS): Record<string, string> {
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
  const resolved = resolveFields(values);
  return text.replace(FIELD_REF, (whole, ref: string) => {
    const id = fieldId(ref);
    if (!FIELDS.some((f) => f.id === id)) return whole;
    return resolved[id] ?? BLANK;
  });
}

/** A template as the pane shows it: each blank as its value, or as 〔its Chinese name〕 when it has none. */
export function displayTemplate(text: string, values: FieldValues): string {
  const resolved = resolveFields(values);
  return text.replace(FIELD_REF, (whole, ref: string) => {
    const field = FIELDS.find((f) => f.id === fieldId(ref));
    return field ? (resolved[field.id] ?? `〔${field.label}〕`) : whole;
  });
}
