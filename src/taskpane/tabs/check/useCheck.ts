import { useCallback, useRef, useState } from "react";
import type { LayoutSpec } from "../../../content/layout";
import { GB_9704 } from "../../../content/layout";
import type { DocumentTypeId } from "../../../content/types";
import type { CheckResult } from "../../../core/check/check";
import { checkContext } from "../../../core/check/check";
import { commentRequests } from "../../../core/check/comment";
import { fixesTogether } from "../../../core/check/fixTogether";
import {
  addIgnored,
  IGNORED_SETTING,
  ignoreKey,
  ignoreWordKey,
  parseIgnored,
  removeIgnored,
  withoutIgnored,
} from "../../../core/check/ignore";
import { placeMissingSection } from "../../../core/check/placeSection";
import { layoutPlan } from "../../../core/layout/plan";
import { sectionName } from "../../../core/check/sections";
import { section } from "../../../core/templates";
import { kindOf, remedyOf } from "../../../core/check/rules";
import { chosenLayout } from "../../state/fontFallbacks";
import type { Finding } from "../../../core/check/types";
import type { DocParagraph, ReadLimits, TextRange } from "../../../core/document";
import type { DocumentHost } from "../../../host/DocumentHost";
import { templateValues } from "../../state/templateForm";
import { useStatus } from "../../state/status";
import { strings } from "../../strings";
import { checkOffThread } from "./checkOffThread";
import type { Requirements } from "../../../core/requirements/types";
import { statusAt } from "./statusAt";

const t = strings.check;
/** How many times 全部修改 checks again for fixes its own fixes brought. */
const FIX_ROUNDS = 5;

export interface CheckState extends CheckResult {
  paragraphs: readonly DocParagraph[];
  /** What the host could not read for this check. */
  limits: ReadLimits;
  /** The findings not ignored, in document order. */
  shown: Finding[];
  ignoredCount: number;
  ignoredKeys: string[];
  /** Words the organisation's shared library marks as correct. */
  allowedWords: readonly string[];
}

/**
 * The organisation's allowed words, from its shared library as last fetched (the phrase store,
 * already loaded by the pane).
 */
async function organisationWords(): Promise<readonly string[]> {
  const { phraseStore } = await import("../phrases/store");
  return phraseStore.get().shared.allowedWords ?? [];
}

/**
 * The 检查 tab's state: the last check, and the actions that change the document and check again.
 */
export function useCheck(
  host: DocumentHost,
  typeId: DocumentTypeId | undefined,
  layout: LayoutSpec = GB_9704,
  requirements?: Requirements
) {
  const [state, setState] = useState<CheckState | undefined>();
  const status = useStatus();
  const { run, setStatus } = status;

  /** Which check is the latest: an older one that ends later does not overwrite it. */
  const latest = useRef(0);
  const check = useCallback(async (): Promise<CheckState> => {
    const ticket = ++latest.current;
    const { paragraphs, limits = {}, page } = await host.read();
    const ignoredKeys = parseIgnored(await host.getSetting(IGNORED_SETTING));
    const result = await checkOffThread(paragraphs, typeId, {
      limits,
      layout: { spec: layout, ...(page ? { page } : {}) },
      ...(requirements ? { requirements } : {}),
    });
    const allowedWords = await organisationWords();
    const { shown, ignored } = withoutIgnored(
      result.findings,
      paragraphs,
      ignoredKeys,
      allowedWords
    );
    const next = {
      ...result,
      paragraphs,
      limits,
      shown,
      ignoredCount: ignored,
      ignoredKeys,
      allowedWords,
    };
    if (ticket === latest.current) setState(next);
    return next;
  }, [host, typeId, layout, requirements]);

  /** 开始检查: the verdict says how it went; the status only speaks when something went wrong. */
  const start = () =>
    run(async () => {
      setStatus(undefined);
      await check();
    });

  /**
   * Select a range in the document; a point (where a missing section would go) selects its
   * paragraph. A note is shown there after.
   */
  const locate = (range: TextRange, at?: string, note?: string) =>
    run(async () => {
      await host.select(
        range.start === range.end
          ? { paragraph: range.paragraph }
          : { paragraph: range.paragraph, start: range.start, end: range.end }
      );
      if (note) setStatus({ intent: "info", text: note, at });
      else if (status.status?.intent === "info" && status.status.at === at) setStatus(undefined);
    }, at);

  /**
   * 全部修改 (of one rule, or of all): the fixes that go together, made in one host call, then
   * checked again; a fix can bring the next one (（三） made （二） makes （四） the next to
   * renumber), so this repeats, a few rounds at most, until no fix is left: the result is what
   * fixing one by one gives.
   */
  const fixAll = (rule: string | undefined, at: string) =>
    run(async () => {
      const inScope = (f: Finding) => rule === undefined || f.rule === rule;
      let findings = (state?.shown ?? []).filter(inScope);
      let replaced = 0;
      let skipped = 0;
      for (let round = 0; round < FIX_ROUNDS; round++) {
        const edits = fixesTogether(findings);
        if (edits.length === 0) break;
        const outcome = await host.replaceEach(edits);
        replaced += outcome.replaced;
        if (round === 0) skipped = outcome.skipped;
        findings = (await check()).shown.filter(inScope);
        if (outcome.replaced === 0) break;
      }
      return t.fixedAll(replaced, skipped);
    }, at);

  const replace = (f: Finding, text: string) => {
    const at = statusAt.rule(f.rule);
    if (text.trim() === "" && remedyOf(f) === "fill")
      return setStatus({ intent: "error", text: t.fillEmpty, at });
    return run(async () => {
      await host.replace({
        paragraph: f.paragraph,
        start: f.start,
        end: f.end,
        expected: f.text,
        text,
      });
      await check();
      return t.fixed;
    }, at);
  };

  const addSection = (sectionId: string, at: string = statusAt.sections) =>
    run(async () => {
      const { paragraphs } = await host.read();
      const context = checkContext(paragraphs, typeId, { requirements });
      const placed = placeMissingSection(context, sectionId, templateValues());
      if (!placed) return setStatus({ intent: "warning", text: t.noPlace, at });
      // Hosts insert after the selection's paragraph: put the selection where the section belongs.
      await host.select({ paragraph: placed.at.paragraph });
      await host.insertBlock(placed.paragraphs, {
        at: placed.at,
        edits: placed.edits,
        layout: chosenLayout(),
      });
      await check();
      return t.sectionAdded(sectionName(section(context.type, sectionId)), placed.edits.length);
    }, at);

  /**
   * 一键排版: each paragraph by its role as the check sees it now, then the page; checked again
   * after.
   */
  const applyLayout = () =>
    run(async () => {
      const { paragraphs } = await host.read();
      const plan = layoutPlan(
        paragraphs,
        checkContext(paragraphs, typeId, { requirements }).outline,
        layout
      );
      const outcome = await host.applyLayout(plan);
      await check();
      const l = strings.layout;
      return [
        l.applied(outcome.formatted, outcome.skipped),
        outcome.pageSet ? "" : l.pageByHand,
        outcome.pageNumbersSet ? "" : l.numbersByHand,
      ]
        .filter(Boolean)
        .join("\n");
    }, statusAt.layout);

  const saveIgnored = async (stored: string, message: string) => {
    await host.setSetting(IGNORED_SETTING, stored);
    if (!state) return message;
    const ignoredKeys = parseIgnored(stored);
    const { shown, ignored } = withoutIgnored(
      state.findings,
      state.paragraphs,
      ignoredKeys,
      state.allowedWords
    );
    setState({ ...state, shown, ignoredCount: ignored, ignoredKeys });
    return message;
  };

  const ignore = (f: Finding) =>
    state &&
    run(
      () =>
        saveIgnored(addIgnored(state.ignoredKeys, ignoreKey(f, state.paragraphs)), t.ignoredSaved),
      statusAt.rule(f.rule)
    );
  const ignoreWord = (f: Finding) =>
    state &&
    run(
      () =>
        saveIgnored(addIgnored(state.ignoredKeys, ignoreWordKey(f)), t.wordIgnoredSaved(f.text)),
      statusAt.rule(f.rule)
    );
  const restore = () => run(() => saveIgnored("[]", t.restored), statusAt.findings);
  /** One ignored finding or word back among the problems; `what` names it in the message. */
  const restoreOne = (key: string, what: string) =>
    state &&
    run(
      () => saveIgnored(removeIgnored(state.ignoredKeys, key), t.restoredOne(what)),
      statusAt.findings
    );

  /** The findings as Word comments on their text, checked again first so every range is current. */
  const addComments = () =>
    run(async () => {
      if (!host.comments) return;
      const current = await check();
      // Layout findings are settled by 一键排版, not by a comment on the text.
      const onText = current.shown.filter((f) => kindOf(f) !== "layout");
      if (onText.length === 0) return t.noComments;
      const { added, skipped } = await host.comments.add(
        commentRequests(onText, current.paragraphs)
      );
      return t.commentsAdded(added, skipped);
    }, statusAt.comments);
  const removeComments = () =>
    run(
      async () => host.comments && t.commentsRemoved(await host.comments.removeOwn()),
      statusAt.comments
    );

  return {
    state,
    ...status,
    start,
    locate,
    fixAll,
    replace,
    addSection,
    ignore,
    ignoreWord,
    restore,
    restoreOne,
    addComments,
    removeComments,
    applyLayout,
  };
}
