import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense } from "react";
import type { VariantHint } from "../../../content/types";
import type { BlockParagraph } from "../../../core/document";
import { laterChunk } from "../../laterChunk";
import { templatesStrings as t } from "../../strings/templates";
import type { VariantChoiceProps } from "./VariantChoice";

/**
 * The choice of wording (Fluent's radio group) loads once the pane is idle: no row is previewed at
 * first.
 */
export const variantChoice = laterChunk<VariantChoiceProps>(() =>
  import(/* webpackChunkName: "variant-choice" */ "./VariantChoice").then((m) => m.VariantChoice)
);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { fontWeight: tokens.fontWeightSemibold },
  body: { textIndent: "2em", lineHeight: tokens.lineHeightBase300 },
  title: { textAlign: "center", fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  paragraphs: readonly BlockParagraph[];
  variants: number;
  /** What sets each wording apart, one per variant, from the template data. */
  hints?: readonly VariantHint[];
  variant: number;
  onVariant(index: number): void;
  /** What is previewed, for its 插入 button; none before a row is chosen. */
  name?: string;
  disabled: boolean;
  onInsert(): void;
}

/** What an insert will put in the document, with the choice of wording where there is one. */
export function Preview({
  paragraphs,
  variants,
  hints,
  variant,
  onVariant,
  name,
  disabled,
  onInsert,
}: Props) {
  const styles = useStyles();
  // Asked for only when shown: asked for before it has loaded, it would go through Suspense for
  // good.
  const Choice = variants > 1 ? variantChoice.component() : undefined;
  return (
    <section aria-label={t.preview} className={styles.root}>
      {Choice && (
        <Suspense fallback={null}>
          <Choice variants={variants} hints={hints} variant={variant} onVariant={onVariant} />
        </Suspense>
      )}
      {name && (
        <Button size="small" disabledFocusable={disabled} onClick={onInsert}>
          {t.insertPreviewed}
        </Button>
      )}
      {paragraphs.length === 0 ? (
        <Caption1>{t.previewHint}</Caption1>
      ) : (
        paragraphs.map((p, i) => (
          <Body1
            key={i}
            className={
              p.role === "title"
                ? styles.title
                : p.level > 0
                  ? styles.heading
                  : p.role === "body"
                    ? styles.body
                    : undefined
            }
          >
            {p.text}
          </Body1>
        ))
      )}
    </section>
  );
}
