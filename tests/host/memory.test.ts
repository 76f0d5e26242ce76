import { MemoryDocument } from "../../src/host/memory/MemoryDocument";
import { MemoryHost } from "../../src/host/memory/MemoryHost";
import { hostContract } from "./contract";

hostContract("memory", (paragraphs, selection) => {
  const document = new MemoryDocument(paragraphs);
  if (selection) document.setSelection(selection.start, selection.end);
  return {
    host: new MemoryHost(document),
    texts: () => document.snapshot().paragraphs.map((p) => p.text),
  };
});
