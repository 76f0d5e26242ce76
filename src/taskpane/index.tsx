import { webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App, loadFirstTab } from "./App";
import type { OfficeLike } from "./boot";
import { boot } from "./boot";
import type { BootMessageProps } from "./components/BootMessage";
import { shellStrings as strings } from "./strings/shell";

// taskpane.html shows the first screen drawn at build time (scripts/prerender.mjs) until the live one replaces it.
const root = createRoot(document.getElementById("root")!);
// The Word host's code loads beside office.js, outside the entry script: the first screen does not touch the document.
const wordHost = import(/* webpackChunkName: "word-host" */ "../host/word/WordHost");

/** Why the pane cannot run here; the message's code loads only when needed. */
const showMessage = (message: BootMessageProps) =>
  void import(/* webpackChunkName: "boot-message" */ "./components/BootMessage").then(({ BootMessage }) => root.render(<BootMessage {...message} />));

const office = (globalThis as { Office?: OfficeLike }).Office;
void boot(office).then(async (result) => {
  switch (result.kind) {
    case "ready": {
      // Drawn once the first tab's code is there too, so the drawn-in-advance screen gives way to the same screen.
      const theme = result.dark ? import(/* webpackChunkName: "dark-theme" */ "./darkTheme").then((m) => m.darkTheme) : webLightTheme;
      const [{ WordHost }, , loaded] = await Promise.all([wordHost, loadFirstTab(), theme]);
      return root.render(<App host={new WordHost()} theme={loaded} />);
    }
    case "not-word":
      return showMessage(strings.boot.notInWord);
    case "old-word":
      return showMessage(strings.boot.oldWord);
    case "no-office":
      return showMessage(strings.boot.noOffice);
  }
});
