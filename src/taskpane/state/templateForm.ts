import type { TemplateFormValues } from "../tabs/templates/TemplateForm";
import { readStored } from "./usePersistentState";

export const TEMPLATE_FORM_KEY = "templates.form";

/** Reports are written at the turn of the year: from October on, this year; before, last year. */
export function reportYear(now = new Date()): string {
  return String(now.getMonth() >= 9 ? now.getFullYear() : now.getFullYear() - 1);
}

export const DEFAULT_TEMPLATE_FORM: TemplateFormValues = {
  typeId: "annual-summary",
  unit: "",
  year: reportYear(),
  superior: "",
};

/** The 模板 form's values, which fill the blanks of writing phrases too. */
export function templateValues(): Record<string, string> {
  const { unit, year, superior } = readStored(TEMPLATE_FORM_KEY, DEFAULT_TEMPLATE_FORM);
  return { unit, year, superior };
}
