import type { FontFamily, LayoutSpec, RoleLayout } from "../../content/layout";

const normal = (name: string) => name.replace(/\s+/g, "").toLowerCase();

/** The family a typeface belongs to, if the layout knows it. */
export function familyOf(spec: LayoutSpec, font: string): FontFamily | undefined {
  const key = normal(font);
  return spec.families.find((f) => f.names.some((n) => normal(n) === key));
}

/** Whether two typefaces are the same family (仿宋 and 仿宋_GB2312 are). */
export function sameFamily(spec: LayoutSpec, a: string, b: string): boolean {
  if (normal(a) === normal(b)) return true;
  const family = familyOf(spec, a);
  return family !== undefined && family === familyOf(spec, b);
}

/** A role's typeface as it will be applied: the unit's fallback where it chose one. */
export function appliedFont(role: RoleLayout): string {
  return role.fallback ?? role.font;
}

/** Whether a typeface is right for a role: the standard's family or the unit's chosen fallback. */
export function fontFits(spec: LayoutSpec, role: RoleLayout, font: string): boolean {
  return (
    sameFamily(spec, role.font, font) ||
    (role.fallback !== undefined && sameFamily(spec, role.fallback, font))
  );
}

/** The layout with the unit's fallbacks: for each standard typeface, the one to use instead. */
export function withFallbacks(
  spec: LayoutSpec,
  fallbacks: Readonly<Record<string, string>>
): LayoutSpec {
  const roles = Object.fromEntries(
    Object.entries(spec.roles).map(([id, role]) => {
      const fallback = fallbacks[role.font];
      return [id, fallback && fallback !== role.font ? { ...role, fallback } : role];
    })
  ) as LayoutSpec["roles"];
  return { ...spec, roles };
}
