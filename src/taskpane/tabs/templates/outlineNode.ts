/** What the preview shows: a whole section, or one topic of a section. */
export type OutlineNode =
  { kind: "section"; sectionId: string } | { kind: "topic"; sectionId: string; topicId: string };

/** A row's key in the structure. */
export function nodeKey(node: OutlineNode): string {
  return node.kind === "section"
    ? `section:${node.sectionId}`
    : `topic:${node.sectionId}:${node.topicId}`;
}
