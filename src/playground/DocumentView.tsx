import { makeStyles, tokens } from "@fluentui/react-components";
import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import type { DocPosition, ParagraphFormat } from "../core/document";
import type { EditableDocument } from "../host/memory/EditableDocument";
import { paragraphElement, toDom, toModel } from "./domPosition";
import { blockRanges } from "./chunks";
import { paragraphLook } from "./paragraphLook";

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
    outlineStyle: "none",
    fontFamily: '"FangSong", "STFangsong", "Noto Serif CJK SC", serif',
    fontSize: "16px",
    lineHeight: 1.9,
    whiteSpace: "pre-wrap",
    caretColor: "#C8102E",
  },
  paragraph: { margin: 0, minHeight: "1.9em", textIndent: "2em" },
  level1: {
    fontFamily: '"SimHei", "Noto Sans CJK SC", sans-serif',
    fontSize: "18px",
    textIndent: "2em",
  },
  level2: { fontFamily: '"KaiTi", "STKaiti", "Noto Serif CJK SC", serif', fontWeight: 600 },
  level3: { fontWeight: 700 },
  level4: {},
  caret: {
    display: "inline-block",
    width: "2px",
    height: "1.2em",
    marginRight: "-2px",
    verticalAlign: "text-bottom",
    backgroundColor: "#C8102E",
  },
  selected: { backgroundColor: "#FFE08A" },
  block: { display: "block" },
  nextBlock: { textIndent: 0 },
});

interface Mark {
  from: number;
  to: number;
  collapsed: boolean;
}

/** Text with the caret or selection drawn inside it at `from`..`to` (offsets in this text). */
function Marked({
  text,
  from,
  to,
  collapsed,
}: {
  text: string;
  from: number;
  to: number;
  collapsed: boolean;
}) {
  const styles = useStyles();
  return (
    <>
      {text.slice(0, from)}
      {collapsed ? (
        <span className={styles.caret} data-caret aria-hidden="true" />
      ) : (
        <span className={styles.selected} data-selected>
          {text.slice(from, to)}
        </span>
      )}
      {text.slice(to)}
    </>
  );
}

/** One block of a long paragraph, drawn again only when its own text or mark changes. */
const Block = memo(function Block({
  text,
  first,
  from,
  to,
  collapsed,
}: {
  text: string;
  first: boolean;
  from?: number;
  to?: number;
  collapsed?: boolean;
}) {
  const styles = useStyles();
  return (
    <span className={first ? styles.block : `${styles.block} ${styles.nextBlock}`}>
      {from !== undefined && to !== undefined ? (
        <Marked text={text} from={from} to={to} collapsed={!!collapsed} />
      ) : (
        text
      )}
    </span>
  );
});

/** One paragraph of the page, drawn again only when its own text, level or mark changes. */
const Paragraph = memo(function Paragraph({
  index,
  text,
  level,
  format,
  from,
  to,
  collapsed,
}: {
  index: number;
  text: string;
  level: number;
  format?: ParagraphFormat;
  from?: number;
  to?: number;
  collapsed?: boolean;
}) {
  const styles = useStyles();
  const marked = from !== undefined && to !== undefined;
  const blocks = blockRanges(text);
  let content: React.ReactNode;
  if (blocks.length > 1) {
    // The mark is drawn in each block it overlaps, with offsets made relative to the block.
    content = blocks.map(([start, end], i) => {
      const inside =
        marked &&
        (collapsed
          ? from >= start && (from < end || i === blocks.length - 1)
          : from < end && to > start);
      return (
        <Block
          key={i}
          text={text.slice(start, end)}
          first={i === 0}
          {...(inside
            ? { from: Math.max(from, start) - start, to: Math.min(to, end) - start, collapsed }
            : {})}
        />
      );
    });
  } else if (marked) {
    content = (
      <>
        <Marked text={text} from={from} to={to} collapsed={!!collapsed} />
        {text.length === 0 && <br />}
      </>
    );
  } else content = text || <br />;
  return (
    <p
      data-index={index}
      data-level={level}
      style={paragraphLook(format)}
      className={`${styles.paragraph} ${level > 0 ? styles[`level${level}` as "level1"] : ""}`}
    >
      {content}
    </p>
  );
});

function same(a: DocPosition, b: DocPosition): boolean {
  return a.paragraph === b.paragraph && a.offset === b.offset;
}

/**
 * The playground's page: the memory document shown paragraph by paragraph and edited by hand.
 * Every edit goes to the model first; the page is drawn from it.
 */
export function DocumentView({ doc }: { doc: EditableDocument }) {
  const styles = useStyles();
  const root = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(false);
  const [composing, setComposing] = useState(0);
  const revision = useSyncExternalStore(
    (listener) => doc.subscribe(listener),
    () => doc.revision
  );
  // One copy per change of the document, not per drawing: a pasted report can have thousands of paragraphs.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- revision is what says the document changed
  const { paragraphs, selection } = useMemo(() => doc.snapshot(), [doc, revision]);

  /**
   * The selection the DOM and the model last agreed on: the DOM is written only when the model
   * moved away from it.
   */
  const agreed = useRef<{ start: DocPosition; end: DocPosition } | undefined>(undefined);

  // Model selection → DOM selection while the page has focus, only when the model changed it.
  useLayoutEffect(() => {
    const element = root.current;
    const dom = window.getSelection();
    if (!element || !dom || !focused) return;
    const known = agreed.current;
    if (
      known &&
      same(known.start, selection.start) &&
      same(known.end, selection.end) &&
      paragraphElement(dom.anchorNode, element)
    )
      return;
    const anchor = toDom(element, selection.start);
    const focus = toDom(element, selection.end);
    if (anchor && focus) dom.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
    agreed.current = { start: selection.start, end: selection.end };
  });

  // Like Word, bring the selection into view when the task pane moves it.
  useEffect(() => {
    if (!focused)
      root.current
        ?.querySelector("[data-caret], [data-selected]")
        ?.scrollIntoView({ block: "nearest" });
  });

  // DOM selection → model selection: on every change, and synchronously when focus leaves the page
  // or the host is about to read or write, so a click in the task pane never acts on an older
  // selection.
  useEffect(() => {
    const fromDom = () => {
      const element = root.current;
      const dom = window.getSelection();
      if (
        !element ||
        !dom?.anchorNode ||
        !dom.focusNode ||
        !paragraphElement(dom.anchorNode, element)
      )
        return;
      const anchor = toModel(element, dom.anchorNode, dom.anchorOffset);
      const focus = toModel(element, dom.focusNode, dom.focusOffset);
      if (!anchor || !focus) return;
      const current = doc.selection();
      const ordered =
        anchor.paragraph < focus.paragraph ||
        (anchor.paragraph === focus.paragraph && anchor.offset <= focus.offset);
      const [start, end] = ordered ? [anchor, focus] : [focus, anchor];
      agreed.current = { start, end };
      if (!same(start, current.start) || !same(end, current.end)) doc.setSelection(anchor, focus);
    };
    // Without focus the page redraws its own caret, and the DOM selection no longer says where the
    // person left it.
    const whileFocused = () => {
      if (root.current?.contains(document.activeElement)) fromDom();
    };
    const element = root.current;
    doc.inputSource = whileFocused;
    document.addEventListener("selectionchange", whileFocused);
    element?.addEventListener("focusout", fromDom);
    return () => {
      if (doc.inputSource === whileFocused) doc.inputSource = undefined;
      document.removeEventListener("selectionchange", whileFocused);
      element?.removeEventListener("focusout", fromDom);
    };
  }, [doc]);

  // Typing, Enter and deleting go to the model; IME composition is read back when it ends.
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType === "insertCompositionText") return;
      event.preventDefault();
      switch (event.inputType) {
        case "insertText":
        case "insertReplacementText":
          return doc.replaceSelection(
            event.data ?? event.dataTransfer?.getData("text/plain") ?? ""
          );
        case "insertParagraph":
        case "insertLineBreak":
          return doc.replaceSelection("\n");
        case "deleteContentBackward":
          return doc.deleteBackward();
        case "deleteContentForward":
          return doc.deleteForward();
        case "historyUndo":
          return void doc.undo();
        case "historyRedo":
          return void doc.redo();
        default:
          if (event.inputType.startsWith("delete")) return doc.replaceSelection("");
      }
    };
    const onCompositionEnd = (event: CompositionEvent) => {
      const p = paragraphElement(window.getSelection()?.anchorNode ?? null, element);
      if (p) {
        const index = Number(p.dataset.index);
        const caret = toModel(
          element,
          window.getSelection()!.anchorNode!,
          window.getSelection()!.anchorOffset
        );
        doc.setParagraphText(
          index,
          p.textContent ?? "",
          caret?.offset ?? (event.data ?? "").length
        );
      }
      setComposing((n) => n + 1);
    };
    // Ctrl+Z and Ctrl+Y (⌘Z and ⇧⌘Z on a Mac) undo and redo the document's edits, the task pane's
    // included.
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const redo = key === "y" || (key === "z" && event.shiftKey);
      if (key !== "z" && !redo) return;
      event.preventDefault();
      if (redo) doc.redo();
      else doc.undo();
    };
    element.addEventListener("beforeinput", onBeforeInput);
    element.addEventListener("compositionend", onCompositionEnd);
    element.addEventListener("keydown", onKeyDown);
    return () => {
      element.removeEventListener("keydown", onKeyDown);
      element.removeEventListener("beforeinput", onBeforeInput);
      element.removeEventListener("compositionend", onCompositionEnd);
    };
  }, [doc]);

  const onPaste = (event: React.ClipboardEvent) => {
    event.preventDefault();
    doc.replaceSelection(event.clipboardData.getData("text/plain"));
  };
  const onCopy = (event: React.ClipboardEvent) => {
    event.preventDefault();
    event.clipboardData.setData("text/plain", doc.selection().text);
  };
  const onCut = (event: React.ClipboardEvent) => {
    onCopy(event);
    doc.replaceSelection("");
  };

  const collapsed = same(selection.start, selection.end);
  /**
   * The caret or selection drawn in a paragraph while the page has no focus (Word keeps showing it
   * too).
   */
  const markIn = (text: string, index: number): Mark | undefined => {
    if (focused || index < selection.start.paragraph || index > selection.end.paragraph)
      return undefined;
    return {
      from: index === selection.start.paragraph ? selection.start.offset : 0,
      to: index === selection.end.paragraph ? selection.end.offset : text.length,
      collapsed,
    };
  };

  return (
    <div
      ref={root}
      className={styles.page}
      role="textbox"
      aria-multiline="true"
      aria-label="文档"
      contentEditable
      suppressContentEditableWarning
      spellCheck={false}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onPaste={onPaste}
      onCopy={onCopy}
      onCut={onCut}
    >
      {paragraphs.map((p, index) => {
        const mark = markIn(p.text, index);
        return (
          <Paragraph
            key={`${composing}-${index}`}
            index={index}
            text={p.text}
            level={p.level}
            format={p.format}
            from={mark?.from}
            to={mark?.to}
            collapsed={mark?.collapsed}
          />
        );
      })}
    </div>
  );
}
