import type { CheckState } from "./useCheck";

/**
 * The check as the command line's report page for one file; the report's code loads when first
 * asked for.
 */
export async function resultPage(state: CheckState, name: string, date: Date): Promise<string> {
  const { htmlReport } = await import(
    /* webpackChunkName: "report" */ "../../../core/report/htmlReport"
  );
  const { withSurroundings } = await import(
    /* webpackChunkName: "report" */ "../../../core/report/findingQuote"
  );
  // Each finding quoted with its neighbours: Word shows no paragraph numbers to find it by.
  const result = {
    type: state.type,
    typeName: state.typeName,
    ...(state.basis ? { basis: state.basis } : {}),
    sections: state.sections,
    findings: withSurroundings(state.shown, state.paragraphs),
  };
  return htmlReport([{ file: name, result, ignored: state.ignoredCount }], { date });
}

/**
 * Print a page from a hidden frame, so the pane stays as it is; the frame is replaced at the next
 * print.
 */
export function printPage(html: string, title: string): Promise<void> {
  document.querySelector("iframe[data-print-frame]")?.remove();
  const frame = document.createElement("iframe");
  frame.dataset.printFrame = "";
  frame.title = title;
  frame.tabIndex = -1;
  frame.setAttribute("aria-hidden", "true");
  Object.assign(frame.style, {
    position: "fixed",
    right: "0",
    bottom: "0",
    width: "0",
    height: "0",
    border: "0",
  });
  return new Promise((resolve) => {
    frame.addEventListener(
      "load",
      () => {
        frame.contentWindow?.focus();
        frame.contentWindow?.print();
        resolve();
      },
      { once: true }
    );
    frame.srcdoc = html;
    document.body.appendChild(frame);
  });
}
