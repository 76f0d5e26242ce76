import { Radio, RadioGroup } from "@fluentui/react-components";
import { templatesStrings as t } from "../strings/templates";

export interface VariantChoiceProps {
  variants: number;
  variant: number;
  onVariant(index: number): void;
}

/** The choice between a part's wordings (写法一、写法二…), shown in the preview once a row with several is chosen. */
export function VariantChoice({ variants, variant, onVariant }: VariantChoiceProps) {
  return (
    <RadioGroup
      layout="horizontal"
      aria-label={t.variant}
      value={String(variant)}
      onChange={(_, data) => onVariant(Number(data.value))}
    >
      {Array.from({ length: variants }, (_, i) => (
        <Radio key={i} value={String(i)} label={t.variantName(i)} />
      ))}
    </RadioGroup>
  );
}
