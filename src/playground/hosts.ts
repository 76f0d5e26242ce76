import type { DocumentHost } from "../host/DocumentHost";
import { EditableDocument } from "../host/memory/EditableDocument";
import { MemoryDocument } from "../host/memory/MemoryDocument";
import { MemoryHost } from "../host/memory/MemoryHost";
import type { DescribedHost } from "../host/selfTest/environment";
import { FakeWps } from "../host/wps/fake/FakeWps";
import { WpsHost } from "../host/wps/WpsHost";
import { strings } from "../taskpane/strings";
import { adaptStrings } from "../wps/wording";
import { playgroundStrings } from "./strings";

/** Which host the pane runs on: the in-memory Word-like document, or the fake WPS (?host=wps). */
export function hostKind(search = location.search): "memory" | "wps" {
  return new URLSearchParams(search).get("host") === "wps" ? "wps" : "memory";
}

/** The memory host, with a scratch document of its own for 自检. */
export function playgroundMemoryHost(doc: EditableDocument): DocumentHost {
  const host: DescribedHost = Object.assign(new MemoryHost(doc), {
    environment: () => ({
      host: playgroundStrings.memoryHost,
      version: "",
      apis: [playgroundStrings.memoryApis],
      openScratch: async () => ({
        host: new MemoryHost(new MemoryDocument()),
        close: () => undefined,
      }),
    }),
  });
  return host;
}

/**
 * The WPS host over the fake WPS application, and the document the page shows; the pane's messages
 * name WPS.
 */
export function playgroundWps() {
  adaptStrings(strings as unknown as Record<string, unknown>);
  const app = new FakeWps();
  return { app, doc: app.ActiveDocument!, host: new WpsHost(app) };
}
