/** A rule's message with its `{{name}}` slots filled in, as ESLint's `meta.messages`. */
export function say(
  template: string,
  values: Readonly<Record<string, string | number>> = {}
): string {
  return template.replace(/\{\{(\w+)\}\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot
  );
}
