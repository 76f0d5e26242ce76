import { Button, Caption1, Field, Input, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import { strings } from "../strings";
import { FormDialog } from "./FormDialog";
import { sharedUrlProblem } from "./sharedUrl";
import type { SharedState } from "./store";

const t = strings.phrases;
const PROBLEMS = { insecure: t.sharedUrlInsecure, invalid: t.sharedUrlInvalid, credentials: t.sharedUrlCredentials };

export function sharedStatus(shared: SharedState): string | undefined {
  if (shared.error) return t.sharedFailed(shared.error, shared.entries.length);
  if (shared.fetchedAt) return t.sharedStatus(shared.entries.length, new Date(shared.fetchedAt).toLocaleString("zh-CN"));
  return undefined;
}

interface Props {
  shared: SharedState;
  onSave(url: string): void;
  onRefresh(): void;
  onClose(): void;
}

/** 设置: where the organisation's shared library is published. */
export function SettingsDialog({ shared, onSave, onRefresh, onClose }: Props) {
  const [url, setUrl] = useState(shared.url);
  const problem = sharedUrlProblem(url);
  const valid = problem === undefined;
  return (
    // Enter in the address box saves.
    <FormDialog
      title={t.settingsTitle}
      onSave={() => onSave(url.trim())}
      canSave={valid}
      onClose={onClose}
      actions={
        shared.url && (
          <Button type="button" disabled={shared.updating} onClick={onRefresh}>
            {t.refresh}
          </Button>
        )
      }
    >
      <Field label={t.sharedUrl} hint={t.sharedUrlHint} validationMessage={problem === undefined ? undefined : PROBLEMS[problem]}>
        <Input value={url} type="url" onChange={(_, d) => setUrl(d.value)} />
      </Field>
      {shared.updating ? (
        <Spinner size="extra-tiny" labelPosition="after" label={t.sharedUpdating} />
      ) : (
        sharedStatus(shared) && <Caption1>{sharedStatus(shared)}</Caption1>
      )}
      <Caption1>{t.storageNote}</Caption1>
    </FormDialog>
  );
}
