import { Caption1, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle20Filled,
  DismissCircle20Filled,
  Warning20Filled,
} from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { useState } from "react";
import type { SectionReport } from "../../../core/check/sections";
import { sectionName } from "../../../core/check/sections";
import { strings } from "../../strings";

const t = strings.check;

const useStyles = makeStyles({
  line: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minHeight: "28px" },
  name: { flexGrow: 1 },
  present: { color: tokens.colorPaletteGreenForeground1 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  empty: { color: tokens.colorPaletteDarkOrangeForeground1 },
  optional: { color: tokens.colorNeutralForeground3 },
});

const ICONS = {
  present: CheckmarkCircle20Filled,
  missing: DismissCircle20Filled,
  empty: Warning20Filled,
};

/**
 * The document type's sections in one line (all there, or which are missing: those are findings
 * with 补上 below, so they are listed once); the full list, each present one jumping to its place,
 * on request.
 */
export function SectionList(props: {
  sections: readonly SectionReport[];
  onLocate(paragraph: number): void;
  children?: ReactNode;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const required = props.sections.filter((s) => s.required);
  const lacking = required.filter((s) => s.status !== "present").map(sectionName);
  return (
    <>
      <div className={styles.line}>
        <Text className={lacking.length ? styles.missing : styles.present}>
          {lacking.length ? t.sectionsMissing(lacking) : t.sectionsComplete(required.length)}
        </Text>
        <Link as="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t.hideSections : t.showSections}
        </Link>
        {props.children}
      </div>
      {open && (
        <ul className={styles.list} aria-label={t.sections}>
          {props.sections.map((s) => {
            const Icon = ICONS[s.status];
            const name = sectionName(s);
            const state = s.required || s.status === "present" ? styles[s.status] : styles.optional;
            return (
              <li key={s.id} className={styles.row}>
                <Icon className={state} aria-hidden />
                <Text className={styles.name}>
                  {s.paragraph !== undefined ? (
                    <Link as="button" onClick={() => props.onLocate(s.paragraph!)}>
                      {name}
                    </Link>
                  ) : (
                    name
                  )}
                  {!s.required && <Caption1 className={styles.optional}>{t.optional}</Caption1>}
                </Text>
                <Text className={state}>{t.status[s.status]}</Text>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
