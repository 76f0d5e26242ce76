import {
  AriaLiveAnnouncer,
  FluentProvider,
  tokens,
  useIsomorphicLayoutEffect,
} from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { Suspense, useEffect, useState } from "react";
import type { DocumentHost } from "../host/DocumentHost";
import { AdoptLater } from "./components/AdoptLater";
import { shellStrings as strings } from "./strings/shell";
import { whenIdle } from "./state/whenIdle";
import { whenPainted } from "./state/whenPainted";
import { laterChunk } from "./laterChunk";
import type { TabBarProps } from "./components/TabBar";
import { tabChunk } from "./tabChunk";
import type { TabId } from "./tabIds";
import { TAB_IDS } from "./tabIds";
import { loadOutlineTree, TemplatesTab } from "./tabs/templates/TemplatesTab";

/** What every tab gets: the document, and a way to send the writer to another tab. */
interface TabProps {
  host: DocumentHost;
  onShowTemplates?: () => void;
}
// The first tab is in the entry script: the first screen needs it, and one script arrives sooner
// than several. The other tabs are chunks of their own, loaded when the pane is idle.
const TAB_CHUNKS = {
  templates: tabChunk<TabProps>(() => Promise.resolve(TemplatesTab)),
  phrases: tabChunk<TabProps>(() =>
    import(/* webpackChunkName: "phrases" */ "./tabs/phrases/PhrasesTab").then((m) => m.PhrasesTab)
  ),
  check: tabChunk<TabProps>(() =>
    import(/* webpackChunkName: "check" */ "./tabs/check/CheckTab").then((m) => m.CheckTab)
  ),
};
/**
 * The first tab's code to take over the drawn screen: the pane adopts the screen once it is there.
 * The structure's code comes after (TemplatesTab.tsx).
 */
export const loadFirstTabToAdopt = () => TAB_CHUNKS.templates.start();
void loadFirstTabToAdopt();
/**
 * The tabs' code: fetched once the screen is live and painted. Until then the drawn tabs show
 * (AdoptLater), and the first screen needs no focus management code (tabster) before it is live.
 */
const tabBar = laterChunk<TabBarProps>(() =>
  whenPainted()
    .then(() => import(/* webpackChunkName: "tab-bar" */ "./components/TabBar"))
    .then((m) => m.TabBar)
);
/**
 * All the first screen's code: a pane drawn afresh is drawn once it is there (no spinner frame).
 */
export const loadFirstTab = () =>
  Promise.all([tabBar.start(), loadFirstTabToAdopt().then(loadOutlineTree)]);

/**
 * The frame's few styles, inline: Fluent's components come with their styles compiled, so the entry
 * script needs no style compiler of its own (the tabs' makeStyles load with the tabs).
 */
const frame = {
  provider: { height: "100%" },
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  panel: { flexGrow: 1, minHeight: 0, overflowY: "auto", padding: tokens.spacingHorizontalM },
} satisfies Record<string, CSSProperties>;

/** Marked once the task pane has rendered; the benchmark reads it. */
export const FIRST_RENDER_MARK = "dangjian:first-render";

/**
 * Beside a tab's content, once that content is live too: `adopted` as soon as React has taken over
 * its elements (the same commit, before the tab's own effects), then `run` once, as an effect.
 */
function Mounted({ adopted, run }: { adopted?: () => void; run: () => void | (() => void) }) {
  useIsomorphicLayoutEffect(() => adopted?.(), []);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once
  useEffect(run, []);
  return null;
}

export interface AppProps {
  host: DocumentHost;
  /**
   * Fluent's theme matching Word's: the light one, or the dark one loaded when Word is dark
   * (darkTheme.ts).
   */
  theme: Theme;
  /** Called once the first tab's content is live (after the pane took over the drawn screen). */
  onLive?: () => void;
}

export function App({ host, theme, onLive }: AppProps) {
  const Tabs = tabBar.component();
  const [tab, setTab] = useState<TabId>("templates");
  // A tab once opened stays mounted while hidden, so a check's findings or a search are there on
  // return.
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(new Set(["templates"]));
  const show = (next: TabId) => {
    setTab(next);
    if (!visited.has(next)) setVisited(new Set([...visited, next]));
  };
  useEffect(() => void performance.mark(FIRST_RENDER_MARK), []);
  // Once the first tab is live and painted, not before: loading and running more code would hold
  // up its hydration, which follows the frame's, and the frame that shows it live. The phrase
  // library (it fetches the shared library when one is set), then, while the pane is idle, the other
  // tabs' code, so switching shows them at once.
  const afterFirstTab = () => {
    void whenPainted()
      .then(() => import("./tabs/phrases/store"))
      .then(({ phraseStore }) => phraseStore.start());
    return whenIdle(() => TAB_IDS.forEach((id) => void TAB_CHUNKS[id].start()));
  };
  return (
    <FluentProvider theme={theme} style={frame.provider} applyStylesToPortals={false} lang="zh-CN">
      <AriaLiveAnnouncer>
        <div style={frame.root}>
          <AdoptLater codeLater>
            <Tabs selected={tab} onSelect={show} />
          </AdoptLater>
          <div style={frame.panel} role="tabpanel" aria-label={strings.tabs[tab]}>
            {TAB_IDS.filter((id) => visited.has(id)).map((id) => {
              const chunk = TAB_CHUNKS[id];
              const Content = chunk.component();
              const content = (
                <>
                  <Content host={host} onShowTemplates={() => show("templates")} />
                  {id === "templates" && <Mounted adopted={onLive} run={afterFirstTab} />}
                </>
              );
              // The first tab, loaded before the pane is drawn, has no Suspense boundary: React
              // would adopt the drawn elements inside one only after the rest, at its lowest
              // priority.
              return (
                <div key={id} hidden={tab !== id}>
                  {chunk.suspends() ? (
                    <Suspense fallback={<p role="status">{strings.loading}</p>}>{content}</Suspense>
                  ) : (
                    content
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
