import {
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { CommentAddRegular, CommentDismissRegular, DismissRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import { fixesTogether, textFindingsInOrder } from "../../../core/check/fixTogether";
import { kindOf } from "../../../core/check/rules";
import type { Finding } from "../../../core/check/types";
import { findingKey } from "./findingKey";
import { FindingNavigator } from "./FindingNavigator";
import { JUMP_TARGETS, JumpLinks } from "./JumpLinks";
import { useFindingKeys } from "./useFindingKeys";
import { useFocusAfterAction } from "./useFocusAfterAction";
import { GB_9704 } from "../../../content/layout";
import { characterCount } from "../../../core/characterCount";
import { withFallbacks } from "../../../core/layout/fonts";
import { LayoutSection } from "./layout/LayoutSection";
import { FONT_FALLBACKS_KEY } from "../../state/fontFallbacks";
import { usePersistentState } from "../../state/usePersistentState";
import { requirementsLabel, typesInForce } from "../../../core/requirements/inForce";
import { useRequirements } from "../../requirements/useRequirements";
import type { DocumentTypeId } from "../../../content/types";
import type { CheckState } from "./useCheck";
import { statusAt } from "./statusAt";
import { useCheck } from "./useCheck";
import { FindingGroups } from "./FindingGroups";
import { ResultActions } from "./ResultActions";
import { SectionList } from "./SectionList";
import { OutlineToggle, OutlineView } from "./OutlineView";
import { LengthTarget } from "./LengthTarget";
import { IgnoredFindings } from "./IgnoredFindings";
import { EmptyState } from "../../components/EmptyState";
import { StatusBar } from "../../components/StatusBar";
import type { DocumentHost } from "../../../host/DocumentHost";
import { DocumentTypeOptions } from "../../components/DocumentTypeOptions";
import { strings } from "../../strings";

const t = strings.check;
const AUTO = "auto";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h2: { margin: 0 },
  comments: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * 添加为批注 and 删除本工具的批注 where Word has comments; a line saying which Word has them where
 * not.
 */
function CommentActions({
  host,
  check,
  busy,
}: {
  host: DocumentHost;
  check: ReturnType<typeof useCheck>;
  busy: boolean;
}) {
  const styles = useStyles();
  if (!host.comments) return <Caption1 className={styles.hint}>{t.commentsUnsupported}</Caption1>;
  return (
    <>
      <Caption1 className={styles.hint}>{t.commentsHint}</Caption1>
      <div className={styles.comments}>
        <Button
          id={JUMP_TARGETS.comments}
          icon={<CommentAddRegular />}
          disabled={busy || check.state?.shown.length === 0}
          onClick={() => void check.addComments()}
        >
          {t.addComments}
        </Button>
        <Button
          appearance="subtle"
          icon={<CommentDismissRegular />}
          disabled={busy}
          onClick={() => void check.removeComments()}
        >
          {t.removeComments}
        </Button>
      </div>
      <StatusBar status={check.status} at={statusAt.comments} />
    </>
  );
}

/**
 * No paragraph gave a size: text with no formatting of its own (pasted), so its layout went
 * unchecked.
 */
const unformatted = (state: CheckState) => {
  const u = state.layoutUnread;
  return u !== undefined && u.paragraphs > 0 && u.unread.size === u.paragraphs;
};

/**
 * The verdict: errors and what to verify; layout findings counted apart, since they never block 可
 * 以提交.
 */
function Summary({
  state,
  characters,
  target,
}: {
  state: CheckState;
  characters: number;
  target: number;
}) {
  const errors = state.shown.filter((f) => f.severity === "error").length;
  const layout = state.shown.filter((f) => kindOf(f) === "layout").length;
  const warnings = state.shown.length - errors - layout;
  const [intent, text] =
    errors > 0
      ? (["error", t.notReady(errors, warnings)] as const)
      : warnings > 0
        ? (["warning", t.readyWithWarnings(warnings)] as const)
        : (["success", t.ready] as const);
  return (
    <MessageBar intent={intent} aria-live="polite">
      <MessageBarBody>
        {text}
        {layout > 0 && t.layoutIssues(layout)}
        {layout === 0 && unformatted(state) && t.layoutUnchecked}
        {t.characters(characters, target)}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * The verdict's place when the document has no text yet: the way to 模板, not four missing
 * sections.
 */
function EmptyDocument({ onShowTemplates }: { onShowTemplates?: () => void }) {
  return (
    <MessageBar intent="info">
      <MessageBarBody>{t.emptyDocument}</MessageBarBody>
      {onShowTemplates && (
        <MessageBarActions>
          <Button size="small" onClick={onShowTemplates}>
            {t.goTemplates}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function CheckTab({
  host,
  onShowTemplates,
}: {
  host: DocumentHost;
  onShowTemplates?: () => void;
}) {
  const styles = useStyles();
  const root = useRef<HTMLDivElement>(null);
  const [typeChoice, setTypeChoice] = useState<DocumentTypeId | typeof AUTO>(AUTO);
  // The typefaces used where a standard one is missing, chosen once on this computer.
  const [fallbacks, setFallbacks] = usePersistentState<Record<string, string>>(
    FONT_FALLBACKS_KEY,
    {}
  );
  const layout = useMemo(() => withFallbacks(GB_9704, fallbacks), [fallbacks]);
  // The organisation's requirements, where it publishes them: the types and the checks follow them.
  const requirements = useRequirements();
  const types = useMemo(() => typesInForce(requirements), [requirements]);
  const check = useCheck(host, typeChoice === AUTO ? undefined : typeChoice, layout, requirements);
  const { state, busy } = check;
  const detected = types.find((d) => d.id === state?.type);
  const autoName = t.autoType(state?.typeName);
  const chosen = types.find((d) => d.id === typeChoice);
  // The note on tracked changes stays until the writer closes it, once for the session.
  const [revisionsNoted, setRevisionsNoted] = useState(false);
  const ordered = useMemo(() => textFindingsInOrder(state?.shown ?? []), [state]);
  const fixable = useMemo(() => fixesTogether(ordered).length, [ordered]);
  const [current, setCurrent] = useState<string>();
  const currentIndex = ordered.findIndex((f) => findingKey(f) === current);
  const focus = useFocusAfterAction(root, state);
  const list = useRef<HTMLDivElement>(null);
  const jump = useRef<HTMLButtonElement>(null);
  const keys = useFindingKeys(list, jump, current);
  /** 全部修改 removes its own button: the keyboard goes on from 下一条, not from the page. */
  const fixing = useRef(false);
  const fixAll = (rule: string | undefined, at: string) => {
    fixing.current = true;
    void check.fixAll(rule, at);
  };
  useEffect(() => {
    if (!fixing.current || busy) return;
    fixing.current = false;
    if (!root.current?.contains(document.activeElement))
      root.current?.querySelector<HTMLElement>("[data-nav-next]")?.focus();
  }, [state, busy]);
  const goTo = (f: Finding, note?: string) => {
    setCurrent(findingKey(f));
    void check.locate(f, statusAt.findings, note);
  };
  /** 上一条 / 下一条; going past either end starts over at the other, and says so. */
  const step = (delta: 1 | -1) => {
    const n = ordered.length;
    const next = currentIndex < 0 ? (delta > 0 ? 0 : n - 1) : (currentIndex + delta + n) % n;
    const wrapped =
      currentIndex >= 0 && n > 1 && (delta > 0 ? next < currentIndex : next > currentIndex);
    if (ordered[next])
      goTo(ordered[next], wrapped ? (delta > 0 ? t.wrappedToFirst : t.wrappedToLast) : undefined);
  };
  /** An action on one finding: focus goes on to the next finding once the list is drawn again. */
  const onFinding =
    <A extends unknown[]>(action: (...args: A) => unknown) =>
    (...args: A) => {
      focus.remember();
      void action(...args);
    };
  const [outlineOpen, setOutlineOpen] = useState(false);
  // The 字数 target: the type's usual length, or what the writer set for that type on this
  // computer.
  const [targets, setTargets] = usePersistentState<Record<string, number>>("lengthTargets", {});
  const target = targets[state?.type ?? ""] ?? detected?.suggestedLength ?? 3000;
  const locateParagraph = (paragraph: number) =>
    void check.locate({ paragraph, start: 0, end: state?.paragraphs[paragraph]?.text.length ?? 0 });
  // 字数 for the verdict; none at all is an empty document.
  const characters = useMemo(() => (state ? characterCount(state.paragraphs) : 0), [state]);
  const empty = state !== undefined && characters === 0;
  const at = check.status?.at;
  const onFindings = at === statusAt.findings || at?.startsWith("rule:");

  return (
    <div className={styles.root} ref={root}>
      <Field label={t.type}>
        <Dropdown
          value={chosen?.name ?? autoName}
          selectedOptions={[typeChoice]}
          onOptionSelect={(_, d) => d.optionValue && setTypeChoice(d.optionValue as DocumentTypeId)}
        >
          <Option value={AUTO} text={autoName}>
            {autoName}
          </Option>
          <DocumentTypeOptions types={types} />
        </Dropdown>
      </Field>
      {requirements && (
        <Caption1 data-requirements>
          {state && !state.basis && requirements.types.some((d) => d.id === state.type)
            ? t.basisNotHeld(requirementsLabel(requirements), requirements.year)
            : t.basis(requirementsLabel(requirements))}
        </Caption1>
      )}
      <Button
        appearance="primary"
        disabledFocusable={busy}
        onClick={() => {
          focus.forget();
          void check.start();
        }}
      >
        {state ? t.rerun : t.run}
      </Button>
      <StatusBar status={check.status} />
      {!state ? (
        <EmptyState text={strings.empty.check} />
      ) : empty ? (
        <EmptyDocument onShowTemplates={onShowTemplates} />
      ) : (
        <>
          <Summary state={state} characters={characters} target={target} />
          <FindingNavigator
            count={ordered.length}
            current={currentIndex}
            fixable={fixable}
            disabled={busy}
            onStep={step}
            onFixAll={() => fixAll(undefined, statusAt.findings)}
            onTabToCurrent={keys.focusCurrent}
          />
          {state.limits.deletedTextMayCount && !revisionsNoted && (
            <MessageBar intent="info">
              <MessageBarBody>{t.deletedTextMayCount}</MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button
                    appearance="transparent"
                    size="small"
                    icon={<DismissRegular />}
                    aria-label={t.closeNote}
                    onClick={() => setRevisionsNoted(true)}
                  />
                }
              />
            </MessageBar>
          )}
          <SectionList sections={state.sections} onLocate={locateParagraph}>
            <OutlineToggle open={outlineOpen} onToggle={() => setOutlineOpen(!outlineOpen)} />
          </SectionList>
          {outlineOpen && (
            <>
              <LengthTarget
                key={target}
                target={target}
                onTarget={(next) => setTargets({ ...targets, [state.type]: next })}
              />
              <OutlineView
                paragraphs={state.paragraphs}
                findings={state.shown}
                onLocate={locateParagraph}
              />
            </>
          )}
          <Subtitle2 as="h2" className={styles.h2} tabIndex={-1} data-findings-heading>
            {t.findings}
          </Subtitle2>
          {state.shown.length === 0 && <Caption1>{t.noFindings}</Caption1>}
          <div ref={list} onKeyDown={keys.onKeyDown} onFocus={keys.onFocus}>
            <FindingGroups
              findings={state.shown}
              paragraphs={state.paragraphs}
              current={current}
              disabled={busy}
              onLocate={goTo}
              onReplace={onFinding((f: Finding, text: string) => check.replace(f, text))}
              onAddSection={onFinding(
                (f: Finding) =>
                  f.data?.section && check.addSection(f.data.section, statusAt.rule(f.rule))
              )}
              onIgnore={onFinding((f: Finding) => check.ignore(f))}
              onIgnoreWord={onFinding((f: Finding) => check.ignoreWord(f))}
              onFixGroup={(rule, where) => fixAll(rule, where)}
            />
          </div>
          <JumpLinks ref={jump} comments={!!host.comments} />
          <IgnoredFindings
            state={state}
            busy={busy}
            onRestoreAll={() => void check.restore()}
            onRestore={(key, what) => void check.restoreOne(key, what)}
          />
          <LayoutSection
            issues={state.shown.filter((f) => kindOf(f) === "layout").length}
            pageUnread={state.limits.pageUnread === true}
            unread={state.layoutUnread}
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
          <ResultActions state={state} busy={busy} status={check.status} run={check.run} />
        </>
      )}
      {onFindings && (
        <StatusBar
          status={check.status}
          at={at}
          floating
          onDismiss={() => check.setStatus(undefined)}
        />
      )}
    </div>
  );
}
