import { Button, Caption1, Dropdown, Field, Link, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Option, Subtitle2, tokens } from "@fluentui/react-components";
import { CommentAddRegular, CommentDismissRegular, DismissRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { GB_9704 } from "../../content/layout";
import { withFallbacks } from "../../core/layout/fonts";
import { LayoutSection } from "../layout/LayoutSection";
import { usePersistentState } from "../state/usePersistentState";
import { DOCUMENT_TYPES } from "../../content/documentTypes";
import type { DocumentTypeId } from "../../content/types";
import type { CheckState } from "../check/useCheck";
import { statusAt } from "../check/statusAt";
import { useCheck } from "../check/useCheck";
import { FindingGroups } from "../check/FindingGroups";
import { SectionList } from "../check/SectionList";
import { EmptyState } from "../components/EmptyState";
import { StatusBar } from "../components/StatusBar";
import type { DocumentHost } from "../../host/DocumentHost";
import { DocumentTypeOptions } from "../components/DocumentTypeOptions";
import { strings } from "../strings";

const t = strings.check;
const AUTO = "auto";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h2: { margin: 0 },
  ignored: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", color: tokens.colorNeutralForeground3 },
  comments: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** 添加为批注 and 删除本工具的批注 where Word has comments; a line saying which Word has them where not. */
function CommentActions({ host, check, busy }: { host: DocumentHost; check: ReturnType<typeof useCheck>; busy: boolean }) {
  const styles = useStyles();
  if (!host.comments) return <Caption1 className={styles.hint}>{t.commentsUnsupported}</Caption1>;
  return (
    <>
      <Caption1 className={styles.hint}>{t.commentsHint}</Caption1>
      <div className={styles.comments}>
        <Button icon={<CommentAddRegular />} disabled={busy || check.state?.shown.length === 0} onClick={() => void check.addComments()}>
          {t.addComments}
        </Button>
        <Button appearance="subtle" icon={<CommentDismissRegular />} disabled={busy} onClick={() => void check.removeComments()}>
          {t.removeComments}
        </Button>
      </div>
      <StatusBar status={check.status} at={statusAt.comments} />
    </>
  );
}

/** The verdict: errors and what to verify; layout findings counted apart, since they never block 可以提交. */
function Summary({ state }: { state: CheckState }) {
  const errors = state.shown.filter((f) => f.severity === "error").length;
  const layout = state.shown.filter((f) => f.rule === "format").length;
  const warnings = state.shown.length - errors - layout;
  const [intent, text] = errors > 0 ? (["error", t.notReady(errors, warnings)] as const) : warnings > 0 ? (["warning", t.readyWithWarnings(warnings)] as const) : (["success", t.ready] as const);
  return (
    <MessageBar intent={intent} aria-live="polite">
      <MessageBarBody>
        {text}
        {layout > 0 && t.layoutIssues(layout)}
      </MessageBarBody>
    </MessageBar>
  );
}

export function CheckTab({ host }: { host: DocumentHost }) {
  const styles = useStyles();
  const [typeChoice, setTypeChoice] = useState<DocumentTypeId | typeof AUTO>(AUTO);
  // The typefaces used where a standard one is missing, chosen once on this computer.
  const [fallbacks, setFallbacks] = usePersistentState<Record<string, string>>("fontFallbacks", {});
  const layout = useMemo(() => withFallbacks(GB_9704, fallbacks), [fallbacks]);
  const check = useCheck(host, typeChoice === AUTO ? undefined : typeChoice, layout);
  const { state, busy } = check;
  const detected = DOCUMENT_TYPES.find((d) => d.id === state?.type);
  const autoName = t.autoType(detected?.name);
  const chosen = DOCUMENT_TYPES.find((d) => d.id === typeChoice);
  // The note on tracked changes stays until the writer closes it, once for the session.
  const [revisionsNoted, setRevisionsNoted] = useState(false);
  const at = check.status?.at;
  const orphaned = at?.startsWith("rule:") && !state?.shown.some((f) => statusAt.rule(f.rule) === at);

  return (
    <div className={styles.root}>
      <Field label={t.type}>
        <Dropdown value={chosen?.name ?? autoName} selectedOptions={[typeChoice]} onOptionSelect={(_, d) => d.optionValue && setTypeChoice(d.optionValue as DocumentTypeId)}>
          <Option value={AUTO} text={autoName}>
            {autoName}
          </Option>
          <DocumentTypeOptions />
        </Dropdown>
      </Field>
      <Button appearance="primary" disabled={busy} onClick={() => void check.start()}>
        {state ? t.rerun : t.run}
      </Button>
      <StatusBar status={check.status} />
      {!state ? (
        <EmptyState text={strings.empty.check} />
      ) : (
        <>
          <Summary state={state} />
          {state.limits.deletedTextMayCount && !revisionsNoted && (
            <MessageBar intent="info">
              <MessageBarBody>{t.deletedTextMayCount}</MessageBarBody>
              <MessageBarActions containerAction={<Button appearance="transparent" size="small" icon={<DismissRegular />} aria-label={t.closeNote} onClick={() => setRevisionsNoted(true)} />} />
            </MessageBar>
          )}
          <Subtitle2 as="h2" className={styles.h2}>
            {t.sections}
          </Subtitle2>
          <SectionList
            sections={state.sections}
            disabled={busy}
            onLocate={(paragraph) => void check.locate({ paragraph, start: 0, end: state.paragraphs[paragraph]?.text.length ?? 0 })}
            onAdd={(s) => void check.addSection(s.id)}
          />
          <StatusBar status={check.status} at={statusAt.sections} />
          <Subtitle2 as="h2" className={styles.h2}>
            {t.findings}
          </Subtitle2>
          {state.shown.length === 0 && <Caption1>{t.noFindings}</Caption1>}
          {/* A message from a group that is gone (its last finding fixed) stands where the groups begin. */}
          <StatusBar status={orphaned ? { ...check.status!, at: statusAt.findings } : check.status} at={statusAt.findings} />
          <FindingGroups
            findings={state.shown}
            paragraphs={state.paragraphs}
            status={check.status}
            disabled={busy}
            onLocate={(f) => void check.locate(f, statusAt.rule(f.rule))}
            onReplace={(f, text) => void check.replace(f, text)}
            onAddSection={(f) => f.section && void check.addSection(f.section, statusAt.rule(f.rule))}
            onIgnore={(f) => void check.ignore(f)}
          />
          {state.ignoredCount > 0 && (
            <div className={styles.ignored}>
              <Caption1>{t.ignoredCount(state.ignoredCount)}</Caption1>
              <Link as="button" disabled={busy} onClick={() => void check.restore()}>
                {t.restoreIgnored}
              </Link>
            </div>
          )}
          <LayoutSection
            issues={state.shown.filter((f) => f.rule === "format").length}
            busy={busy}
            status={check.status}
            fallbacks={fallbacks}
            onFallbacks={setFallbacks}
            onApply={() => void check.applyLayout()}
          />
          <Subtitle2 as="h2" className={styles.h2}>
            {t.comments}
          </Subtitle2>
          <CommentActions host={host} check={check} busy={busy} />
        </>
      )}
    </div>
  );
}
