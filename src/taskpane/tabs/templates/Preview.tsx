import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import type { VariantHint } from "../../../content/types";
import type { BlockParagraph } from "../../../core/document";
import { strings } from "../../strings";

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
  return (
    <section aria-label={strings.templates.preview} className={styles.root}>
      {variants > 1 && (
        <RadioGroup
          // A hint beside each 写法 makes its line long: one choice a line.
          layout={hints ? "vertical" : "horizontal"}
          aria-label={strings.templates.variant}
          value={String(variant)}
          onChange={(_, data) => onVariant(Number(data.value))}
        >
          {Array.from({ length: variants }, (_, i) => (
            <Radio
              key={i}
              value={String(i)}
              label={strings.templates.variantLabel(i, hints?.[i]?.theme, hints?.[i]?.year)}
            />
          ))}
        </RadioGroup>
      )}
      {name && (
        <Button size="small" disabledFocusable={disabled} onClick={onInsert}>
          {strings.templates.insertPreviewed}
        </Button>
      )}
      {paragraphs.length === 0 ? (
        <Caption1>{strings.templates.previewHint}</Caption1>
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
