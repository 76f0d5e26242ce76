import { createDOMRenderer, RendererProvider, webLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot, hydrateRoot } from "react-dom/client";
import { LazyHost } from "../host/LazyHost";
import { officeEnvironment, wordCapabilities } from "../host/word/capabilities";
import { App, loadFirstTab, loadFirstTabToAdopt } from "./App";
import type { OfficeLike } from "./boot";
import { boot } from "./boot";
import type { BootMessageProps } from "./components/BootMessage";
import { liveDrawnScreen } from "./state/drawnScreen";
import { adoptDrawnStyles, nothingToRehydrate } from "./state/drawnStyles";
import { EARLY_ACTION } from "./state/earlyAction";
import { rememberTheme } from "./state/theme";
import { whenPainted } from "./state/whenPainted";
import { shellStrings as strings } from "./strings/shell";

// taskpane.html shows the first screen drawn at build time (scripts/prerender.mjs); the live pane
// adopts it where it can.
const mount = document.getElementById("root")!;
/**
 * The drawn screen, where its script kept it (the saved form and the year match what was drawn).
 */
const drawn = mount.querySelector<HTMLElement>(":scope > [data-drawn]");

/** Render into the task pane afresh, replacing whatever it shows. */
const render = (node: ReactNode) => createRoot(mount).render(node);

/** Why the pane cannot run here; the message's code loads only when needed. */
const showMessage = (message: BootMessageProps) =>
  void import(/* webpackChunkName: "boot-message" */ "./components/BootMessage").then(
    ({ BootMessage }) => render(<BootMessage {...message} />)
  );

/**
 * The live pane takes over the drawn screen (hydration) when it will render the same: the light
 * theme, and no click already taken by the drawn button (its label was changed). Its styles are in
 * the page already: Griffel reads them instead of inserting them again. Otherwise it renders
 * afresh.
 */
async function start(
  app: (theme: Theme, onLive?: () => void) => ReactNode,
  dark: boolean
): Promise<void> {
  const adopt = drawn && !dark && !(EARLY_ACTION in globalThis);
  const theme = dark
    ? import(/* webpackChunkName: "dark-theme" */ "./darkTheme").then((m) => m.darkTheme)
    : webLightTheme;
  // Drawn once the first tab's code is there too, so the drawn-in-advance screen gives way to the
  // same screen; adopting it needs less of it.
  const [loaded] = await Promise.all([theme, adopt ? loadFirstTabToAdopt() : loadFirstTab()]);
  if (!adopt) return render(app(loaded));
  // Adopted at once, in this task: scheduled, React would start only after the page's load events
  // and a frame or two. The parts adopted later (AdoptLater) still wait for their turn.
  flushSync(() =>
    hydrateRoot(
      drawn,
      app(loaded, () => liveDrawnScreen(drawn)),
      {
        onRecoverableError: (error) =>
          performance.mark(HYDRATION_MISMATCH_MARK, { detail: String(error) }),
      }
    )
  );
}

/**
 * Marked when the drawn screen and the live pane did not agree (React then rendered afresh); tests
 * look for it.
 */
const HYDRATION_MISMATCH_MARK = "dangjian:hydration-mismatch";

const office = (globalThis as { Office?: OfficeLike }).Office;
void boot(office).then(async (result) => {
  switch (result.kind) {
    case "ready": {
      rememberTheme(result.dark);
      // The Word host's code loads once the live pane has been painted: the first screen does not
      // touch the document.
      const load = () =>
        import(/* webpackChunkName: "word-host" */ "../host/word/WordHost").then(
          ({ WordHost }) => new WordHost()
        );
      const host = new LazyHost(load, wordCapabilities(officeEnvironment()).comments);
      const renderer = createDOMRenderer(document);
      adoptDrawnStyles(renderer, document);
      const empty = nothingToRehydrate();
      return start(
        (theme, onLive) => (
          <RendererProvider renderer={renderer} targetDocument={empty}>
            <App
              host={host}
              theme={theme}
              onLive={() => (onLive?.(), void whenPainted().then(() => host.warm()))}
            />
          </RendererProvider>
        ),
        result.dark
      );
    }
    case "not-word":
      return showMessage(strings.boot.notInWord);
    case "old-word":
      return showMessage(strings.boot.oldWord);
    case "no-office":
      return showMessage(strings.boot.noOffice);
  }
});
