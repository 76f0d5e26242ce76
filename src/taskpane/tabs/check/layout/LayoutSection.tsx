import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Link,
  makeStyles,
  Option,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { DocumentTextRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { LayoutSpec } from "../../../../content/layout";
import { GB_9704 } from "../../../../content/layout";
import { familyOf } from "../../../../core/layout/fonts";
import { StatusBar } from "../../../components/StatusBar";
import type { Status } from "../../../state/status";
import { statusAt } from "../statusAt";
import { JUMP_TARGETS } from "../JumpLinks";
import { strings } from "../../../strings";
import type { LayoutUnread } from "../../../../core/layout/unread";
import { fontInstalled } from "./fontInstalled";
import { layoutVerdict } from "./layoutVerdict";

const t = strings.layout;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  h2: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** The standard typefaces the layout uses that this computer does not have. */
function missingFonts(spec: LayoutSpec): string[] {
  const fonts = new Set(Object.values(spec.roles).map((r) => r.font));
  return [...fonts].filter((font) => fontInstalled(font) === false);
}

export interface LayoutSectionProps {
  /** Format findings of the last check. */
  issues: number;
  /** This Word gave no page setup: paper, margins, grid and page numbers went unchecked. */
  pageUnread?: boolean;
  /** What the last check could not read of the paragraphs' formatting and the page: not checked. */
  unread?: LayoutUnread;
  busy: boolean;
  status?: Status;
  fallbacks: Readonly<Record<string, string>>;
  onFallbacks(next: Record<string, string>): void;
  onApply(): void;
}

/**
 * 一键排版: what it does, a fallback for each standard typeface this computer lacks (remembered),
 * the button.
 */
export function LayoutSection({
  issues,
  pageUnread,
  unread,
  busy,
  status,
  fallbacks,
  onFallbacks,
  onApply,
}: LayoutSectionProps) {
  const styles = useStyles();
  const missing = useMemo(() => missingFonts(GB_9704), []);
  // The missing typefaces are one line; their choices open on 更改.
  const [changing, setChanging] = useState(false);
  const choice = (font: string) => fallbacks[font] ?? font;
  return (
    <section className={styles.root} aria-labelledby="layout-heading">
      <Subtitle2 as="h2" id="layout-heading" className={styles.h2}>
        {t.heading}
      </Subtitle2>
      <Caption1 data-layout-verdict>{layoutVerdict(issues, unread, pageUnread === true)}</Caption1>
      <Caption1 className={styles.hint}>{t.hint}</Caption1>
      {missing.length > 0 && !changing && (
        <Caption1>
          {t.fontsMissing(
            missing.length,
            missing.every((font) => choice(font) === font)
          )}{" "}
          <Link as="button" onClick={() => setChanging(true)}>
            {t.changeFonts}
          </Link>
        </Caption1>
      )}
      {changing &&
        missing.map((font) => {
          const options = familyOf(GB_9704, font)?.fallbacks ?? [];
          const chosen = fallbacks[font] ?? font;
          const label = (value: string) => (value === font ? t.keepFont(font) : value);
          return (
            <Field key={font} label={t.missingFont(font)}>
              <Dropdown
                value={label(chosen)}
                selectedOptions={[chosen]}
                onOptionSelect={(_, d) =>
                  d.optionValue && onFallbacks({ ...fallbacks, [font]: d.optionValue })
                }
              >
                {[font, ...options].map((value) => (
                  <Option key={value} value={value} text={label(value)}>
                    {label(value)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          );
        })}
      {changing && <Caption1 className={styles.hint}>{t.fontsNote}</Caption1>}
      <Button
        id={JUMP_TARGETS.layout}
        icon={<DocumentTextRegular />}
        disabledFocusable={busy}
        onClick={onApply}
      >
        {t.apply}
      </Button>
      <StatusBar status={status} at={statusAt.layout} />
    </section>
  );
}
