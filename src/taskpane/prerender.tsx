import { createDOMRenderer, RendererProvider, renderToStyleElements } from "@fluentui/react-components";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { MemoryDocument } from "../host/memory/MemoryDocument";
import { MemoryHost } from "../host/memory/MemoryHost";
import { App, loadFirstTab } from "./App";

/**
 * The pane's first screen (the 模板 tab as a new user sees it) as HTML with its styles, drawn at build
 * time: taskpane.html shows it before any script has run, and the live pane replaces it.
 */
export async function prerender(): Promise<{ html: string; styles: string }> {
  await loadFirstTab();
  const renderer = createDOMRenderer();
  const html = renderToString(
    <RendererProvider renderer={renderer}>
      <App host={new MemoryHost(new MemoryDocument())} dark={false} />
    </RendererProvider>,
  );
  return { html, styles: renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>) };
}
