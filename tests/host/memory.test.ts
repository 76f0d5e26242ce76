import { EditableDocument } from "../../src/host/memory/EditableDocument";
import { MemoryHost } from "../../src/host/memory/MemoryHost";
import { hostContract } from "./contract";

hostContract("memory", (paragraphs, selection) => {
  const document = new EditableDocument(paragraphs);
  if (selection) document.setSelection(selection.start, selection.end);
  return {
    host: new MemoryHost(document),
    texts: () => document.snapshot().paragraphs.map((p) => p.text),
  };
});
