import { Button, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { IgnoredItem } from "../../../core/check/ignore";
import { ignoredItems } from "../../../core/check/ignore";
import { ruleTitle } from "../../../core/check/rules";
import { strings } from "../../strings";
import type { CheckState } from "./useCheck";

const t = strings.check;
/** A finding's text or message is shortened to this in the list. */
const SHOWN = 24;

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    color: tokens.colorNeutralForeground3,
  },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  what: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
});

const short = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text);

/** Characters shown either side of an ignored finding's text, to tell one XX from another. */
const AROUND = 6;

/**
 * What an ignored item is called: in the list (with its neighbours), and in the message when it is
 * restored.
 */
function named(
  item: IgnoredItem,
  paragraphs: CheckState["paragraphs"]
): { label: string; what: string } {
  if (item.word !== undefined)
    return { label: t.ignoredWord(item.word, item.hidden), what: item.word };
  const f = item.finding!;
  const rule = ruleTitle(f.rule);
  if (!f.text)
    return { label: t.ignoredFinding(rule, short(f.message), item.hidden), what: short(f.message) };
  const text = paragraphs[f.paragraph]?.text ?? "";
  const before = (f.start > AROUND ? "…" : "") + text.slice(Math.max(0, f.start - AROUND), f.start);
  const after = text.slice(f.end, f.end + AROUND) + (f.end + AROUND < text.length ? "…" : "");
  const quoted = `“${before}${short(f.text)}${after}”`;
  return { label: t.ignoredFinding(rule, quoted, item.hidden), what: short(f.text) };
}

interface Props {
  state: CheckState;
  busy: boolean;
  onRestoreAll(): void;
  onRestore(key: string, what: string): void;
}

/** 已忽略 N 项, with 恢复全部, and a list to restore them one at a time. */
export function IgnoredFindings({ state, busy, onRestoreAll, onRestore }: Props) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const items = useMemo(
    () => ignoredItems(state.findings, state.paragraphs, state.ignoredKeys),
    [state]
  );
  const list = useRef<HTMLUListElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  /** Where the restored item was: focus goes to the one now there, as its button is gone. */
  const restored = useRef<number>(undefined);
  useEffect(() => {
    const at = restored.current;
    if (at === undefined || busy) return;
    restored.current = undefined;
    const buttons = list.current?.querySelectorAll("button");
    const next = buttons?.[Math.min(at, buttons.length - 1)];
    (
      next ??
      toggle.current ??
      document.querySelector<HTMLElement>("[data-findings-heading]")
    )?.focus();
  }, [items, busy]);

  if (state.ignoredCount === 0) return null;
  return (
    <>
      <div className={styles.row}>
        <Caption1>{t.ignoredCount(state.ignoredCount)}</Caption1>
        {items.length > 0 && (
          <Link as="button" ref={toggle} aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t.hideIgnored : t.showIgnored}
          </Link>
        )}
        <Link as="button" disabled={busy} onClick={onRestoreAll}>
          {t.restoreIgnored}
        </Link>
      </div>
      {open && items.length > 0 && (
        <ul className={styles.list} aria-label={t.ignoredList} ref={list}>
          {items.map((item, i) => {
            const { label, what } = named(item, state.paragraphs);
            return (
              <li key={item.key} className={styles.item}>
                <Caption1 className={styles.what}>{label}</Caption1>
                <Button
                  size="small"
                  disabledFocusable={busy}
                  aria-label={t.restoreOneLabel(label)}
                  onClick={() => {
                    restored.current = i;
                    onRestore(item.key, what);
                  }}
                >
                  {t.restoreOne}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
