import { Button, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, DismissCircle20Filled, Warning20Filled } from "@fluentui/react-icons";
import type { SectionReport } from "../../core/check/sections";
import { sectionName } from "../../core/check/sections";
import { strings } from "../strings";

const t = strings.check;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minHeight: "28px" },
  name: { flexGrow: 1 },
  present: { color: tokens.colorPaletteGreenForeground1 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  empty: { color: tokens.colorPaletteDarkOrangeForeground1 },
  optional: { color: tokens.colorNeutralForeground3 },
});

const ICONS = { present: CheckmarkCircle20Filled, missing: DismissCircle20Filled, empty: Warning20Filled };

/** The document type's sections, each present, missing or empty; a present one jumps to its place. */
export function SectionList(props: { sections: readonly SectionReport[]; disabled: boolean; onLocate(paragraph: number): void; onAdd(section: SectionReport): void }) {
  const styles = useStyles();
  return (
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
              {!s.required && <Text className={styles.optional}>{t.optional}</Text>}
            </Text>
            <Text className={state}>{t.status[s.status]}</Text>
            {s.status === "missing" && s.required && (
              <Button size="small" disabled={props.disabled} onClick={() => props.onAdd(s)}>
                {t.addSection}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
