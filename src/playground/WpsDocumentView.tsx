import { makeStyles, tokens } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import type { FakeWpsDocument } from "../host/wps/fake/FakeWps";
import { playgroundStrings } from "./strings";

const useStyles = makeStyles({
  page: {
    boxSizing: "border-box",
    maxWidth: "794px",
    minHeight: "100%",
    margin: "0 auto",
    padding: "48px 56px",
    backgroundColor: "#ffffff",
    color: "#111111",
    boxShadow: tokens.shadow8,
    fontFamily: '"FangSong", "STFangsong", "Noto Serif CJK SC", serif',
    fontSize: "16px",
    lineHeight: 1.9,
    whiteSpace: "pre-wrap",
  },
  paragraph: {
    margin: 0,
    minHeight: "1.9em",
    textIndent: "2em",
    cursor: "text",
    borderLeft: "3px solid transparent",
  },
  cursor: { borderLeftColor: "#C8102E" },
  heading: { fontFamily: '"SimHei", "Noto Sans CJK SC", sans-serif' },
  comments: {
    marginTop: tokens.spacingVerticalXL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});

/**
 * The fake WPS document as it reads: a click puts the cursor at the end of a paragraph. Only for
 * driving the pane on the WPS host; typing is the Word playground's.
 */
export function WpsDocumentView({ doc }: { doc: FakeWpsDocument }) {
  const styles = useStyles();
  useSyncExternalStore(
    (listener) => doc.subscribe(listener),
    () => doc.revision
  );
  const texts = doc.texts();
  const cursorAt = (() => {
    let paragraph = 0;
    for (let i = 0; i < doc.selection.End && i < doc.chars.length; i++)
      if (doc.chars[i]!.kind === "para" || doc.chars[i]!.kind === "cell") paragraph++;
    return paragraph;
  })();
  return (
    <div className={styles.page} aria-label={playgroundStrings.document} role="document">
      {texts.map((text, i) => {
        const level = doc.paragraphState(i).OutlineLevel;
        return (
          <p
            key={i}
            data-level={level < 10 ? level : 0}
            className={`${styles.paragraph} ${level < 10 ? styles.heading : ""} ${i === cursorAt ? styles.cursor : ""}`}
            onClick={() => {
              doc.setSelection({ paragraph: i, offset: text.length });
              doc.notify();
            }}
          >
            {text}
          </p>
        );
      })}
      {doc.comments.length > 0 && (
        <ul className={styles.comments} aria-label={playgroundStrings.comments}>
          {doc.comments.map((c, i) => (
            <li key={i}>
              {c.author}：{c.text}（{c.range.Text}）
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
