/**
 * The WPS 加载项's main page: WPS loads it with ribbon.xml and calls these callbacks by name
 * (ribbon.OnAddinLoad, ribbon.OnAction, ribbon.GetImage). Every callback is synchronous: async
 * ribbon callbacks broke custom ribbons in recent WPS builds. Nothing here loads the pane's code.
 */
import type { WpsGlobal } from "../host/wps/model";

const PANE_KEY = "dangjian.taskPaneId";
const OPEN_BUTTON = "dangjianOpenPane";

/**
 * The JS API's global: `wps` in the documented examples, `Application` in newer builds' templates.
 */
const wpsGlobal = () => {
  const w = window as unknown as { wps?: WpsGlobal; Application?: WpsGlobal };
  return w.wps && typeof w.wps.CreateTaskPane === "function" ? w.wps : w.Application;
};

/** The task pane's page, beside this one. */
export function paneUrl(here: string): string {
  return here.replace(/[?#].*$/, "").replace(/[^/]*$/, "") + "taskpane.html";
}

/** Show the pane, making it the first time; a second click hides it. */
export function togglePane(wps: WpsGlobal, here: string): void {
  const id = wps.PluginStorage.getItem(PANE_KEY);
  const existing = typeof id === "string" && id ? wps.GetTaskPane(id) : undefined;
  if (existing) {
    existing.Visible = !existing.Visible;
    return;
  }
  const pane = wps.CreateTaskPane(paneUrl(here), "党建写作助手");
  wps.PluginStorage.setItem(PANE_KEY, String(pane.ID));
  pane.Visible = true;
}

export const ribbon = {
  OnAddinLoad(): boolean {
    return true;
  },
  OnAction(control: { Id: string }): boolean {
    const wps = wpsGlobal();
    if (wps && control.Id === OPEN_BUTTON) togglePane(wps, location.href);
    return true;
  },
  GetImage(): string {
    return "icon-32.png";
  },
};

(window as unknown as { ribbon: typeof ribbon }).ribbon = ribbon;
