import { Dropdown, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { DOCUMENT_TYPES } from "../../content/documentTypes";
import type { DocumentTypeId } from "../../content/types";
import { DocumentTypeOptions } from "../components/DocumentTypeOptions";
import { strings } from "../strings";

export interface TemplateFormValues {
  typeId: DocumentTypeId;
  unit: string;
  year: string;
  superior: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const t = strings.templates;

export function yearIsValid(year: string): boolean {
  return year.trim() === "" || /^\d{4}$/.test(year.trim());
}

/** 文稿类型 and the short form whose values fill the templates' blanks. */
export function TemplateForm({ values, onChange }: { values: TemplateFormValues; onChange(next: TemplateFormValues): void }) {
  const styles = useStyles();
  const type = DOCUMENT_TYPES.find((d) => d.id === values.typeId) ?? DOCUMENT_TYPES[0]!;
  const set = (key: keyof TemplateFormValues) => (_: unknown, data: { value: string }) => onChange({ ...values, [key]: data.value });
  return (
    <div className={styles.root}>
      <Field label={t.type} hint={type.description}>
        <Dropdown
          value={type.name}
          selectedOptions={[type.id]}
          onOptionSelect={(_, data) => data.optionValue && onChange({ ...values, typeId: data.optionValue as DocumentTypeId })}
        >
          <DocumentTypeOptions />
        </Dropdown>
      </Field>
      <Field label={t.unit}>
        <Input value={values.unit} placeholder={t.unitPlaceholder} onChange={set("unit")} />
      </Field>
      <Field
        label={t.year}
        validationMessage={yearIsValid(values.year) ? undefined : t.yearInvalid}
        hint={yearIsValid(values.year) ? t.yearHint : undefined}
      >
        <Input value={values.year} inputMode="numeric" maxLength={4} onChange={set("year")} />
      </Field>
      <Field label={t.superior}>
        <Input value={values.superior} placeholder={t.superiorPlaceholder} onChange={set("superior")} />
      </Field>
    </div>
  );
}
