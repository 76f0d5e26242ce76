import type { Property } from "../../../../core/layout/deviations";
import type { LayoutUnread } from "../../../../core/layout/unread";
import { strings } from "../../../strings";

const t = strings.layout;
const PROPERTIES: readonly Property[] = ["font", "size", "alignment", "indent", "lines"];

/**
 * The 公文格式 verdict in one sentence or two: what departs, what meets the standard, and what
 * could not be read — that counts as not checked, never as meeting it.
 */
export function layoutVerdict(
  issues: number,
  unread: LayoutUnread | undefined,
  pageUnreadByWord: boolean
): string {
  const counts = unread?.unread ?? {};
  const total = unread?.paragraphs ?? 0;
  const unchecked = PROPERTIES.filter((p) => (counts[p] ?? 0) > 0);
  // Properties some paragraph gave a value for, and no paragraph left unread.
  const checked = PROPERTIES.filter((p) => (counts[p] ?? 0) === 0);
  const most = Math.max(0, ...unchecked.map((p) => counts[p]!));
  const names = (list: readonly Property[]) => list.map((p) => t.property[p]).join("、");
  const page = pageUnreadByWord || unread?.page === true;
  const parts: string[] = [];
  if (issues > 0) parts.push(t.issues(issues));
  else if (unchecked.length === 0 && !page && !unread?.pageNumbers) parts.push(t.clean);
  else if (total > 0 && checked.length > 0) parts.push(t.cleanPart(names(checked)));
  if (unchecked.length > 0) parts.push(t.unread(names(unchecked), most, total));
  if (page) parts.push(pageUnreadByWord ? t.pageUnread : t.pageNotRead);
  else if (unread?.pageNumbers) parts.push(t.pageNumbersNotRead);
  return parts.join(" ");
}
