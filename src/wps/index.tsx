import "./polyfills";
import { webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { WpsGlobal } from "../host/wps/model";
import { WpsHost } from "../host/wps/WpsHost";
import { App, loadFirstTab } from "../taskpane/App";
import { strings } from "../taskpane/strings";
import { wpsStrings } from "./strings";
import { adaptStrings } from "./wording";

adaptStrings(strings as unknown as Record<string, unknown>);

const root = createRoot(document.getElementById("root")!);
const wps = (window as unknown as { wps?: WpsGlobal }).wps;

if (!wps || typeof wps.WpsApplication !== "function") {
  root.render(
    <p className="boot" role="alert">
      {wpsStrings.notInWps}
    </p>,
  );
} else {
  const app = wps.WpsApplication();
  void loadFirstTab().then(() => root.render(<App host={new WpsHost(app)} theme={webLightTheme} />));
}
