import { Radio, RadioGroup } from "@fluentui/react-components";
import type { VariantHint } from "../../../content/types";
import { templatesStrings as t } from "../../strings/templates";

export interface VariantChoiceProps {
  variants: number;
  /** What sets each wording apart, one per variant. */
  hints?: readonly VariantHint[];
  variant: number;
  onVariant(index: number): void;
}

/**
 * The choice between a part's wordings (写法一、写法二…), shown in the preview once a row with
 * several is chosen.
 */
export function VariantChoice({ variants, hints, variant, onVariant }: VariantChoiceProps) {
  return (
    <RadioGroup
      // A hint beside each 写法 makes its line long: one choice a line.
      layout={hints ? "vertical" : "horizontal"}
      aria-label={t.variant}
      value={String(variant)}
      onChange={(_, data) => onVariant(Number(data.value))}
    >
      {Array.from({ length: variants }, (_, i) => (
        <Radio
          key={i}
          value={String(i)}
          label={t.variantLabel(i, hints?.[i]?.theme, hints?.[i]?.year)}
        />
      ))}
    </RadioGroup>
  );
}
