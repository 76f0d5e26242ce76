import "./polyfills";
import { webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { WpsApplication, WpsGlobal } from "../host/wps/model";
import { WpsHost } from "../host/wps/WpsHost";
import { App, loadFirstTab } from "../taskpane/App";
import { strings } from "../taskpane/strings";
import { wpsStrings } from "./strings";
import { adaptStrings } from "./wording";

adaptStrings(strings as unknown as Record<string, unknown>);

const root = createRoot(document.getElementById("root")!);
const page = window as unknown as { wps?: WpsGlobal; Application?: WpsApplication };
/**
 * WPS 文字's application: from `wps.WpsApplication()`, or the `Application` newer builds also give
 * the page.
 */
const app =
  typeof page.wps?.WpsApplication === "function"
    ? page.wps.WpsApplication()
    : page.Application?.Documents
      ? page.Application
      : undefined;

if (!app) {
  root.render(
    <p className="boot" role="alert">
      {wpsStrings.notInWps}
    </p>
  );
} else {
  void loadFirstTab().then(() =>
    root.render(<App host={new WpsHost(app)} theme={webLightTheme} />)
  );
}
