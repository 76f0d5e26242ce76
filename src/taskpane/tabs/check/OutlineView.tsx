import { Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Finding } from "../../../core/check/types";
import type { DocParagraph } from "../../../core/document";
import { outlineSummary } from "../../../core/outlineSummary";
import { strings } from "../../strings";

const t = strings.check;

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  row: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    minHeight: "24px",
  },
  heading: {
    textAlign: "start",
    flexGrow: 1,
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  figures: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap", flexShrink: 0 },
  problems: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

interface Props {
  paragraphs: readonly DocParagraph[];
  findings: readonly Finding[];
  onLocate(paragraph: number): void;
}

/** 查看大纲 / 收起大纲, for the line above the list. */
export function OutlineToggle({ open, onToggle }: { open: boolean; onToggle(): void }) {
  return (
    <Link as="button" aria-expanded={open} onClick={onToggle}>
      {open ? t.hideOutline : t.showOutline}
    </Link>
  );
}

/**
 * The report's headings to move by, each with its part's 字数 and findings; a click or Enter
 * selects it in the document.
 */
export function OutlineView({ paragraphs, findings, onLocate }: Props) {
  const styles = useStyles();
  const entries = useMemo(() => outlineSummary(paragraphs, findings), [paragraphs, findings]);
  return (
    <>
      {entries.length === 0 && <Caption1>{t.noOutline}</Caption1>}
      {entries.length > 0 && (
        <nav aria-label={t.outline}>
          <ul className={styles.list}>
            {entries.map((e) => (
              <li
                key={e.paragraph}
                className={styles.row}
                style={{ paddingInlineStart: `${(e.level - 1) * 12}px` }}
              >
                <Link
                  as="button"
                  className={styles.heading}
                  title={e.text}
                  onClick={() => onLocate(e.paragraph)}
                >
                  {e.text}
                </Link>
                <Caption1
                  className={
                    e.findings > 0 ? `${styles.figures} ${styles.problems}` : styles.figures
                  }
                >
                  {t.outlineFigures(e.characters, e.findings)}
                </Caption1>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
