import {
  Badge,
  Button,
  Caption1,
  Input,
  Link,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { remedyOf } from "../../../core/check/rules";
import type { Finding } from "../../../core/check/types";
import { strings } from "../../strings";

const t = strings.check;
const CONTEXT = 14;

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    scrollMarginBlock: "48px",
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  message: { textAlign: "start" },
  // The text in context and the source, at 14 px: read closely, so never smaller than the message.
  context: {
    color: tokens.colorNeutralForeground2,
    wordBreak: "break-all",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  fill: { width: "9em" },
  fix: { whiteSpace: "normal", textAlign: "start", height: "auto", minHeight: "24px" },
});

const BADGE = { error: "danger", warning: "warning", info: "informative" } as const;

export interface FindingActions {
  disabled: boolean;
  onLocate(f: Finding): void;
  onReplace(f: Finding, text: string): void;
  onAddSection(f: Finding): void;
  onIgnore(f: Finding): void;
  /** Keep a typo finding's text as a correct word in this document (忽略此词). */
  onIgnoreWord(f: Finding): void;
}

/**
 * One finding: its message (click to select its text), the text in context, and what can be done.
 * Its main control is marked `data-primary`: focus goes there when the finding before it is
 * settled.
 */
export function FindingItem({
  finding: f,
  paragraph,
  current,
  ...actions
}: { finding: Finding; paragraph: string; current: boolean } & FindingActions) {
  const styles = useStyles();
  const [value, setValue] = useState("");
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (current) item.current?.scrollIntoView({ block: "nearest" });
  }, [current]);
  const before = paragraph.slice(Math.max(0, f.start - CONTEXT), f.start);
  const after = paragraph.slice(f.end, f.end + CONTEXT);
  const remedy = remedyOf(f);
  const missing = remedy === "add-section" && f.text === "";
  return (
    <li
      ref={item}
      className={current ? `${styles.item} ${styles.current}` : styles.item}
      data-finding
      aria-current={current || undefined}
    >
      <div className={styles.head}>
        <Badge size="medium" appearance="tint" color={BADGE[f.severity]} className={styles.badge}>
          {t.severity[f.severity]}
        </Badge>
        {f.part && (
          <Badge size="medium" appearance="outline" color="informative" className={styles.badge}>
            {t.part[f.part]}
          </Badge>
        )}
        {missing ? (
          <span className={styles.message}>{f.message}</span>
        ) : (
          <Link
            as="button"
            className={styles.message}
            data-primary={f.fix === undefined && remedy !== "fill" ? true : undefined}
            onClick={() => actions.onLocate(f)}
          >
            {f.message}
          </Link>
        )}
      </div>
      {f.text !== "" && (
        <Caption1 className={styles.context}>
          {f.start > CONTEXT && "…"}
          {before}
          <mark className={styles.mark}>{f.text}</mark>
          {after}
          {f.end + CONTEXT < paragraph.length && "…"}
        </Caption1>
      )}
      {f.data?.citation && (
        <Caption1 className={styles.context}>{t.sourceOf(f.data.citation)}</Caption1>
      )}
      {remedy === "fill" && value.trim() !== "" && (
        <Caption1 className={styles.context} data-fill-preview>
          {t.fillPreview}…{before.slice(-6)}
          <mark className={styles.mark}>{value.trim()}</mark>
          {after.slice(0, 6)}…
        </Caption1>
      )}
      <div className={styles.actions}>
        {f.fix !== undefined && (
          <Button
            size="small"
            appearance="primary"
            className={styles.fix}
            data-primary
            disabledFocusable={actions.disabled}
            onClick={() => actions.onReplace(f, f.fix!)}
          >
            {t.fixTo(f.fix)}
          </Button>
        )}
        {remedy === "fill" && (
          <>
            <Input
              size="small"
              className={styles.fill}
              input={{ "data-primary": f.fix === undefined ? true : undefined } as object}
              aria-label={t.fillLabel}
              value={value}
              onChange={(_, d) => setValue(d.value)}
              onKeyDown={(event) =>
                event.key === "Enter" && !actions.disabled && actions.onReplace(f, value.trim())
              }
            />
            <Button
              size="small"
              disabledFocusable={actions.disabled}
              onClick={() => actions.onReplace(f, value.trim())}
            >
              {t.fill}
            </Button>
          </>
        )}
        {missing && f.data?.section && (
          <Button
            size="small"
            appearance="primary"
            data-primary
            disabledFocusable={actions.disabled}
            onClick={() => actions.onAddSection(f)}
          >
            {t.addSection}
          </Button>
        )}
        <Button
          size="small"
          appearance="subtle"
          disabledFocusable={actions.disabled}
          onClick={() => actions.onIgnore(f)}
        >
          {t.ignore}
        </Button>
        {remedy === "allow-word" && (
          <Button
            size="small"
            appearance="subtle"
            aria-label={t.ignoreWordLabel(f.text)}
            disabledFocusable={actions.disabled}
            onClick={() => actions.onIgnoreWord(f)}
          >
            {t.ignoreWord}
          </Button>
        )}
      </div>
    </li>
  );
}
