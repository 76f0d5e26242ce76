import type { DocPosition } from "../core/document";

/** The paragraph element holding a DOM node, if it belongs to the document view. */
export function paragraphElement(node: Node | null, root: HTMLElement): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  const p = element?.closest<HTMLElement>("[data-index]") ?? null;
  return p && root.contains(p) ? p : null;
}

/** A DOM point (node, offset) as a paragraph index and a character offset. */
export function toModel(root: HTMLElement, node: Node, offset: number): DocPosition | null {
  const p = paragraphElement(node, root);
  if (!p) return null;
  const range = document.createRange();
  range.setStart(p, 0);
  range.setEnd(node, offset);
  const text = range.toString();
  return { paragraph: Number(p.dataset.index), offset: text.length };
}

/** A model position as a DOM point inside the paragraph's text nodes. */
export function toDom(
  root: HTMLElement,
  position: DocPosition
): { node: Node; offset: number } | null {
  const p = root.querySelector<HTMLElement>(`[data-index="${position.paragraph}"]`);
  if (!p) return null;
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let remaining = position.offset;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (remaining <= length) return { node, offset: remaining };
    remaining -= length;
  }
  return { node: p, offset: 0 };
}
