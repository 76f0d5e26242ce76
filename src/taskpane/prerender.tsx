import {
  createDOMRenderer,
  RendererProvider,
  renderToStyleElements,
  webLightTheme,
} from "@fluentui/react-components";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { MemoryDocument } from "../host/memory/MemoryDocument";
import { MemoryHost } from "../host/memory/MemoryHost";
import { App, loadFirstTab } from "./App";
import { EARLY_ACTION } from "./state/earlyAction";
import type { EarlyAction } from "./state/earlyAction";
import { DEFAULT_TEMPLATE_FORM, reportYear, TEMPLATE_FORM_KEY } from "./state/templateForm";
import { THEME_KEY } from "./state/theme";
import { DRAWN_TABSTER } from "./state/drawnScreen";
import { DRAWN_RULE_SEPARATOR } from "./state/drawnStyles";
import { STORAGE_PREFIX } from "./state/usePersistentState";
import { REQUIREMENTS_KEY } from "./requirements/store";
import { templatesStrings } from "./strings/templates";

/**
 * A script to follow the drawn screen: it stands only where the live pane will look the same. The
 * writer's own 单位名称 is filled in; another saved 文稿类型 or 年度, or a report year since the
 * build, gives the loading line instead of a screen that would change under the eye, and so does a
 * Word that was dark last time (the drawn screen is light), or an organisation's requirements kept
 * (its types and templates are not the drawn ones). The screen is inert, but its main button
 * answers a click: the button says it is getting ready, and the live pane inserts the skeleton when
 * it is there (state/earlyAction.ts).
 */
function guard(loadingLine: string): string {
  const drawn = { typeId: DEFAULT_TEMPLATE_FORM.typeId, year: DEFAULT_TEMPLATE_FORM.year };
  const early: EarlyAction = "insert-skeleton";
  const button = {
    text: templatesStrings.insertSkeleton,
    busy: templatesStrings.preparing,
    key: EARLY_ACTION,
    action: early,
  };
  const data = JSON.stringify({
    key: STORAGE_PREFIX + TEMPLATE_FORM_KEY,
    themeKey: THEME_KEY,
    requirementsKey: REQUIREMENTS_KEY,
    drawn,
    placeholder: templatesStrings.unitPlaceholder,
    loadingLine,
    button,
  });
  return `(function (d, reportYear) {
  var screen = document.currentScript.previousElementSibling, form = {}, dark = false, required = false;
  try { form = JSON.parse(localStorage.getItem(d.key) || "{}") || {}; dark = localStorage.getItem(d.themeKey) === "dark"; required = localStorage.getItem(d.requirementsKey) !== null; } catch (e) {}
  if (dark || required || (form.typeId || d.drawn.typeId) !== d.drawn.typeId || (form.year || reportYear()) !== d.drawn.year) { screen.outerHTML = d.loadingLine; return; }
  var unit = screen.querySelector("input[placeholder=" + JSON.stringify(d.placeholder) + "]");
  if (unit && form.unit) unit.value = form.unit;
  var main = [].filter.call(screen.querySelectorAll("button"), function (b) { return b.textContent.trim() === d.button.text; })[0];
  if (!main) return;
  document.addEventListener("click", function early(e) {
    if (!screen.isConnected) return document.removeEventListener("click", early, true);
    var r = main.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) return;
    window[d.button.key] = d.button.action;
    main.setAttribute("aria-busy", "true");
    main.textContent = d.button.busy;
  }, true);
})(${data}, ${reportYear.toString()});`;
}

/**
 * The pane's first screen (the 模板 tab as a new user sees it) as HTML with its styles, drawn at
 * build time: taskpane.html shows it before any script has run, and the live pane takes it over
 * (index.tsx). The element tree is the live pane's: a renderer provider around the App.
 */
export async function prerender(loadingLine: string): Promise<{ html: string; styles: string }> {
  await loadFirstTab();
  const renderer = createDOMRenderer();
  const screen = renderToString(
    <RendererProvider renderer={renderer}>
      <App host={new MemoryHost(new MemoryDocument())} theme={webLightTheme} />
    </RendererProvider>
  );
  // The theme's style element, which FluentProvider renders inside itself only on a server, goes to
  // the head: in the page the live provider has no such child, and finds the element by its id
  // there.
  const themeStyle = /<style id="fui-FluentProvider[^"]*">[^<]*<\/style>/.exec(screen)?.[0] ?? "";
  // Focus management's attributes wait until the live pane has taken the screen over: Fluent's
  // tabster would otherwise add its focus guards to the drawn elements while React is still
  // adopting them.
  const adoptable = screen
    .replace(themeStyle, "")
    .replaceAll(' data-tabster="', ` ${DRAWN_TABSTER}="`);
  // Rules apart, for the live pane to split instead of parsing (state/drawnStyles.ts).
  for (const sheet of Object.values(renderer.stylesheets)) {
    const rules = sheet.cssRules() as string[];
    const joined = rules.find((rule) => rule.includes(DRAWN_RULE_SEPARATOR));
    if (joined) throw new Error(`A Griffel rule holds the separator: ${joined}`);
    sheet.cssRules = () => rules.map((rule, i) => (i ? DRAWN_RULE_SEPARATOR + rule : rule));
  }
  return {
    html: `<div data-drawn inert style="height:100%">${adoptable}</div><script>${guard(loadingLine)}</script>`,
    styles: themeStyle + renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>),
  };
}
