import { Badge, Button, Caption1, Input, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core/check/types";
import { strings } from "../strings";

const t = strings.check;
const CONTEXT = 14;

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  message: { textAlign: "start" },
  context: { color: tokens.colorNeutralForeground3, wordBreak: "break-all" },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  fill: { width: "9em" },
});

const BADGE = { error: "danger", warning: "warning", info: "informative" } as const;

export interface FindingActions {
  disabled: boolean;
  onLocate(f: Finding): void;
  onReplace(f: Finding, text: string): void;
  onAddSection(f: Finding): void;
  onIgnore(f: Finding): void;
}

/** One finding: its message (click to select its text), the text in context, and what can be done. */
export function FindingItem({ finding: f, paragraph, ...actions }: { finding: Finding; paragraph: string } & FindingActions) {
  const styles = useStyles();
  const [value, setValue] = useState("");
  const before = paragraph.slice(Math.max(0, f.start - CONTEXT), f.start);
  const after = paragraph.slice(f.end, f.end + CONTEXT);
  const missing = f.rule === "missing-section" && f.text === "";
  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <Badge size="small" appearance="tint" color={BADGE[f.severity]} className={styles.badge}>
          {t.severity[f.severity]}
        </Badge>
        {f.part && (
          <Badge size="small" appearance="outline" color="informative" className={styles.badge}>
            {t.part[f.part]}
          </Badge>
        )}
        {missing ? (
          <span className={styles.message}>{f.message}</span>
        ) : (
          <Link as="button" className={styles.message} onClick={() => actions.onLocate(f)}>
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
      {f.source && <Caption1 className={styles.context}>{t.sourceOf(f.source)}</Caption1>}
      <div className={styles.actions}>
        {f.fix !== undefined && (
          <Button size="small" appearance="primary" disabled={actions.disabled} onClick={() => actions.onReplace(f, f.fix!)}>
            {t.fixTo(f.fix)}
          </Button>
        )}
        {f.rule === "placeholder" && (
          <>
            <Input size="small" className={styles.fill} aria-label={t.fillLabel} value={value} onChange={(_, d) => setValue(d.value)} />
            <Button size="small" disabled={actions.disabled} onClick={() => actions.onReplace(f, value.trim())}>
              {t.fill}
            </Button>
          </>
        )}
        {missing && f.section && (
          <Button size="small" appearance="primary" disabled={actions.disabled} onClick={() => actions.onAddSection(f)}>
            {t.addSection}
          </Button>
        )}
        <Button size="small" appearance="subtle" disabled={actions.disabled} onClick={() => actions.onIgnore(f)}>
          {t.ignore}
        </Button>
      </div>
    </li>
  );
}
