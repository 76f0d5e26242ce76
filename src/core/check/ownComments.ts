/**
 * How this tool knows its own Word comments; small, for the Word host to read without the rules.
 */

/** Who the comments this tool writes are from; the pane removes only comments with this author. */
export const COMMENT_AUTHOR = "党建写作助手";
export const COMMENT_INITIALS = "党建";
/**
 * The document setting that lists the ids of the comments this tool added (Word sets their author
 * itself).
 */
export const OWN_COMMENTS_SETTING = "comments";

/** Comment ids as stored; anything unreadable counts as none. */
export function parseCommentIds(stored: string | undefined): string[] {
  try {
    const value: unknown = JSON.parse(stored ?? "[]");
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}
