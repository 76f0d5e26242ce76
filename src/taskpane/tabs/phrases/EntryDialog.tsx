import { Field, Input, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { UserEntry } from "../../../core/userLibrary";
import { MAX_NAME_LENGTH } from "../../../core/userLibrary";
import { strings } from "../../strings";
import { FormDialog } from "./FormDialog";

const t = strings.phrases;

interface Props {
  entry: UserEntry;
  isNew: boolean;
  /**
   * Resolves to an error in Chinese when the entry could not be saved; the dialog then stays open
   * with the text.
   */
  onSave(entry: UserEntry): Promise<string | undefined>;
  onClose(): void;
}

/** Add or edit one of the user's own entries. */
export function EntryDialog({ entry, isNew, onSave, onClose }: Props) {
  const [draft, setDraft] = useState(entry);
  const [error, setError] = useState<string | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (!draft.name.trim() || !draft.text.trim()) return setError(t.required);
    setSaving(true);
    setFailed(
      await onSave({
        ...draft,
        name: draft.name.trim(),
        category: draft.category?.trim() || undefined,
      })
    );
    setSaving(false);
  };
  return (
    // Enter in a one-line box saves; in the text, Ctrl+Enter does.
    <FormDialog
      title={isNew ? t.dialogNew : t.dialogEdit}
      onSave={() => void save()}
      canSave
      busy={saving}
      onClose={onClose}
    >
      <Field label={t.name} required validationMessage={error}>
        <Input
          value={draft.name}
          maxLength={MAX_NAME_LENGTH}
          onChange={(_, d) => setDraft({ ...draft, name: d.value })}
        />
      </Field>
      <Field label={t.text} required hint={t.textHint}>
        <Textarea
          value={draft.text}
          resize="vertical"
          rows={5}
          onChange={(_, d) => setDraft({ ...draft, text: d.value })}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
        />
      </Field>
      <Field label={t.category}>
        <Input
          value={draft.category ?? ""}
          onChange={(_, d) => setDraft({ ...draft, category: d.value })}
        />
      </Field>
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>{failed}</MessageBarBody>
        </MessageBar>
      )}
    </FormDialog>
  );
}
