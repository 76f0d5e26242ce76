import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { DocumentTypeDef, DocumentTypeId } from "../../../content/types";
import { typeUsesField } from "../../../core/templates";
import { normalizeYear, yearIsValid } from "../../../core/year";
import { templatesStrings as t } from "../../strings/templates";

export interface TemplateFormValues {
  typeId: DocumentTypeId;
  unit: string;
  year: string;
  superior: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** 文稿类型 and the short form whose values fill the templates' blanks. */
export function TemplateForm({
  values,
  types,
  onChange,
}: {
  values: TemplateFormValues;
  /** The types in force: the built-in ones, or as the organisation's requirements have them. */
  types: readonly DocumentTypeDef[];
  onChange(next: TemplateFormValues): void;
}) {
  const styles = useStyles();
  const type = types.find((d) => d.id === values.typeId) ?? types[0]!;
  const set = (key: keyof TemplateFormValues) => (_: unknown, data: { value: string }) =>
    onChange({ ...values, [key]: data.value });
  return (
    <div className={styles.root}>
      <Field label={t.type} hint={type.description}>
        {/* The system's own list (Fluent's Select): the first screen needs no popup positioning code. */}
        <Select
          value={type.id}
          onChange={(_, data) => onChange({ ...values, typeId: data.value as DocumentTypeId })}
        >
          {types.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </Select>
      </Field>
      {/* A personal 对照检查材料 names no unit and plans no next year. */}
      {typeUsesField(type, "unit") && (
        <Field label={t.unit}>
          <Input value={values.unit} placeholder={t.unitPlaceholder} onChange={set("unit")} />
        </Field>
      )}
      <Field
        label={t.year}
        validationMessage={yearIsValid(values.year) ? undefined : t.yearInvalid}
        hint={yearIsValid(values.year) && typeUsesField(type, "nextYear") ? t.yearHint : undefined}
      >
        {/* ２０２６ and 二〇二六 are years too: written as 2026 once the box is left. */}
        <Input
          value={values.year}
          maxLength={8}
          onChange={set("year")}
          onBlur={() => onChange({ ...values, year: normalizeYear(values.year) })}
        />
      </Field>
      {typeUsesField(type, "superior") && (
        <Field label={t.superior}>
          <Input
            value={values.superior}
            placeholder={t.superiorPlaceholder}
            onChange={set("superior")}
          />
        </Field>
      )}
    </div>
  );
}
