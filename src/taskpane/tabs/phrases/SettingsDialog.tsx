import { Button, Caption1, Field, Input, Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { strings } from "../../strings";
import type { DocumentHost } from "../../../host/DocumentHost";
import { FormDialog } from "./FormDialog";
import { sharedUrlProblem } from "./sharedUrl";
import type { SharedState } from "./store";
import { requirementsLabel } from "../../../core/requirements/inForce";
import { useRequirements } from "../../requirements/useRequirements";

const t = strings.phrases;
/** 自检 loads with the dialog's first render, apart from the phrases tab. */
const SelfTestSection = lazy(() => import(/* webpackChunkName: "self-test" */ "./SelfTestSection"));
const PROBLEMS = {
  insecure: t.sharedUrlInsecure,
  invalid: t.sharedUrlInvalid,
  credentials: t.sharedUrlCredentials,
};

export function sharedStatus(shared: SharedState): string | undefined {
  if (shared.error) return t.sharedFailed(shared.error, shared.entries.length);
  if (shared.fetchedAt)
    return t.sharedStatus(
      shared.entries.length,
      new Date(shared.fetchedAt).toLocaleString("zh-CN")
    );
  return undefined;
}

interface Props {
  shared: SharedState;
  /** The document, for 自检; absent, 自检 is not offered. */
  host?: DocumentHost;
  onSave(url: string): void;
  onRefresh(): void;
  onClose(): void;
}

/** 设置: where the organisation's shared library is published, and 自检. */
export function SettingsDialog({ shared, host, onSave, onRefresh, onClose }: Props) {
  const [url, setUrl] = useState(shared.url);
  const requirements = useRequirements();
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
      <Field
        label={t.sharedUrl}
        hint={t.sharedUrlHint}
        validationMessage={problem === undefined ? undefined : PROBLEMS[problem]}
      >
        <Input value={url} type="url" onChange={(_, d) => setUrl(d.value)} />
      </Field>
      {shared.updating ? (
        <Spinner size="extra-tiny" labelPosition="after" label={t.sharedUpdating} />
      ) : (
        sharedStatus(shared) && <Caption1>{sharedStatus(shared)}</Caption1>
      )}
      {requirements && (
        <Caption1>
          {t.requirementsInUse(requirementsLabel(requirements), requirements.notice)}
        </Caption1>
      )}
      <Caption1>{t.storageNote}</Caption1>
      {host && (
        <Suspense fallback={null}>
          <SelfTestSection host={host} />
        </Suspense>
      )}
    </FormDialog>
  );
}
