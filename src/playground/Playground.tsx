import {
  Button,
  FluentProvider,
  makeStyles,
  Switch,
  Text,
  Toolbar,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useState, useSyncExternalStore } from "react";
import { EditableDocument } from "../host/memory/EditableDocument";
import type { FakeWpsDocument } from "../host/wps/fake/FakeWps";
import { App } from "../taskpane/App";
import { CommentMargin } from "./CommentMargin";
import { DocumentView } from "./DocumentView";
import { hostKind, playgroundMemoryHost, playgroundWps } from "./hosts";
import { SAMPLE_REPORT } from "./sample";
import { WORD_DEFAULT_FORMAT, WORD_DEFAULT_PAGE } from "./wordDefaults";
import { playgroundStrings } from "./strings";
import { WpsDocumentView } from "./WpsDocumentView";
import { EXAMPLE_REQUIREMENTS_PATH } from "./exampleRequirements";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100vh" },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // One line whatever the window's width: the bar's height is the pane's loss.
  title: {
    margin: 0,
    flexGrow: 1,
    minWidth: 0,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  tools: { flexShrink: 0, whiteSpace: "nowrap" },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  document: {
    flexGrow: 1,
    overflowY: "auto",
    padding: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorNeutralBackground3,
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalL,
  },
  page: { flexGrow: 1, minWidth: 0, alignSelf: "stretch" },
  pane: {
    flexShrink: 0,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
  },
});

/**
 * 撤消 and 重做 for the page, as Word's buttons: the pane's inserts and fixes are undone there too.
 */
function HistoryButtons({ doc }: { doc: EditableDocument }) {
  useSyncExternalStore(
    (listener) => doc.subscribe(listener),
    () => doc.revision
  );
  return (
    <>
      <Button
        appearance="subtle"
        disabled={!doc.canUndo}
        title={playgroundStrings.undoKeys}
        onClick={() => doc.undo()}
      >
        {playgroundStrings.undo}
      </Button>
      <Button
        appearance="subtle"
        disabled={!doc.canRedo}
        title={playgroundStrings.redoKeys}
        onClick={() => doc.redo()}
      >
        {playgroundStrings.redo}
      </Button>
    </>
  );
}

/**
 * The pane's width: 380 px, or what `?pane=` asks for (300–800), to try it as narrow as Word makes
 * it.
 */
function paneWidth(): string {
  const asked = Number(new URLSearchParams(location.search).get("pane"));
  return `${Number.isInteger(asked) && asked >= 300 && asked <= 800 ? asked : 380}px`;
}

/** 撤消 for the fake WPS document: its undo steps are the host's UndoRecord steps. */
function WpsUndoButton({ doc }: { doc: FakeWpsDocument }) {
  useSyncExternalStore(
    (listener) => doc.subscribe(listener),
    () => doc.revision
  );
  return (
    <Button appearance="subtle" disabled={doc.undoStack.length === 0} onClick={() => doc.undo()}>
      {playgroundStrings.undo}
    </Button>
  );
}

const sampleParagraphs = () => SAMPLE_REPORT.map((text) => ({ text, format: WORD_DEFAULT_FORMAT }));

/**
 * The task pane beside an in-browser document, for trying the add-in without Word; ?host=wps runs
 * it on the fake WPS.
 */
export function Playground() {
  const styles = useStyles();
  const kind = useMemo(() => hostKind(), []);
  const doc = useMemo(() => new EditableDocument(), []);
  const wps = useMemo(() => (kind === "wps" ? playgroundWps() : undefined), [kind]);
  const host = useMemo(() => wps?.host ?? playgroundMemoryHost(doc), [doc, wps]);
  const [dark, setDark] = useState(false);
  const title = wps ? playgroundStrings.wpsTitle : playgroundStrings.title;
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang="zh-CN">
      <div className={styles.root}>
        <header className={styles.bar}>
          <Text as="h1" weight="semibold" size={400} className={styles.title} title={title}>
            {title}
          </Text>
          <Toolbar className={styles.tools}>
            {wps ? <WpsUndoButton doc={wps.doc} /> : <HistoryButtons doc={doc} />}
            <Button
              appearance="subtle"
              onClick={() =>
                wps
                  ? wps.doc.load(
                      SAMPLE_REPORT.map((text) => ({
                        text,
                        level: 0,
                        inTable: false,
                        inList: false,
                      }))
                    )
                  : doc.replaceAll(sampleParagraphs(), WORD_DEFAULT_PAGE)
              }
            >
              {playgroundStrings.loadSample}
            </Button>
            <Button
              appearance="subtle"
              title={playgroundStrings.exampleRequirementsHint}
              onClick={() =>
                void import("../taskpane/tabs/phrases/store").then(({ phraseStore }) =>
                  phraseStore.setSharedUrl(new URL(EXAMPLE_REQUIREMENTS_PATH, location.href).href)
                )
              }
            >
              {playgroundStrings.exampleRequirements}
            </Button>
            {!wps && (
              <Button
                appearance="subtle"
                onClick={() =>
                  doc.setSelection({ paragraph: 0, offset: 0 }, doc.endOf(doc.paragraphCount - 1))
                }
              >
                {playgroundStrings.selectAll}
              </Button>
            )}
            <Switch
              label={playgroundStrings.dark}
              checked={dark}
              onChange={(_, data) => setDark(data.checked)}
            />
          </Toolbar>
        </header>
        <div className={styles.main}>
          <main className={styles.document}>
            <div className={styles.page}>
              {wps ? <WpsDocumentView doc={wps.doc} /> : <DocumentView doc={doc} />}
            </div>
            {!wps && <CommentMargin doc={doc} />}
          </main>
          <div
            className={styles.pane}
            style={{ width: paneWidth() }}
            aria-label={playgroundStrings.pane}
            role="complementary"
          >
            <App host={host} theme={dark ? webDarkTheme : webLightTheme} />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}
