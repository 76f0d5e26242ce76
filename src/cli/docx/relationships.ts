import { walkXml } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name inside the archive, resolved against the source part's folder. */
  part: string;
}

/** A part's relationships (_rels/*.rels), internal targets only, in the order written. */
export function readRelationships(xml: string, name: string, sourceFolder: string): Relationship[] {
  const found: Relationship[] = [];
  walkXml(xml, name, {
    open: (element, attributes) => {
      if (element !== "Relationship" || attributes.TargetMode === "External") return;
      const target = attributes.Target ?? "";
      const type = (attributes.Type ?? "").replace(/^.*\//, "");
      found.push({ id: attributes.Id ?? "", type, part: resolvePart(sourceFolder, target) });
    },
    close: () => {},
    text: () => {},
  });
  return found;
}

function resolvePart(folder: string, target: string): string {
  const segments = target.startsWith("/") ? [] : folder.split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment && segment !== ".") segments.push(segment);
  }
  return segments.join("/");
}
