import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { Suspense, useEffect, useMemo, useRef, useState } from "react";
import type { DocSnapshot } from "../../../core/document";
import { skeletonSectionsPresent } from "../../../core/skeleton";
import type { DocumentTypeDef } from "../../../content/types";
import { placeBlock } from "../../../core/placement";
import type { DraftParagraph } from "../../../core/placement";
import type { FieldValues } from "../../../core/render";
import { renderTemplate } from "../../../core/render";
import type { VariantChoice } from "../../../core/templates";
import { section, sectionDraft, skeletonDraft, topic, topicDraft } from "../../../core/templates";
import type { DocumentHost } from "../../../host/DocumentHost";
import { insertDraft } from "../../actions/insertDraft";
import { AdoptLater } from "../../components/AdoptLater";
import { LaterStatusBar, statusBarChunk } from "../../components/LaterStatusBar";
import { laterChunk } from "../../laterChunk";
import { takeEarlyAction } from "../../state/earlyAction";
import { DEFAULT_TEMPLATE_FORM, TEMPLATE_FORM_KEY } from "../../state/templateForm";
import { usePersistentState } from "../../state/usePersistentState";
import { whenIdle } from "../../state/whenIdle";
import { whenPainted } from "../../state/whenPainted";
import { useStatus } from "../../state/status";
import { templatesStrings as t } from "../../strings/templates";
import type { OutlineNode } from "./outlineNode";
import { nodeKey } from "./outlineNode";
import type { OutlineTreeProps } from "./OutlineTree";
import type { AgainDialogProps } from "./AgainDialog";
import { Preview, variantChoice } from "./Preview";
import type { TemplateFormValues } from "./TemplateForm";
import { TemplateForm } from "./TemplateForm";
import { yearIsValid } from "../../../core/year";
import { sectionName } from "../../../core/check/sections";
import { requirementsLabel } from "../../../core/requirements/inForce";
import { useRequirements } from "../../requirements/useRequirements";
import { typesForYear } from "../../requirements/typesFor";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  h2: { margin: 0 },
  // Scrolled to, it clears the sticky footer below it.
  previewBox: { scrollMarginBottom: "96px" },
  // The main button stays in view at the pane's foot, below the topics it inserts.
  footer: {
    position: "sticky",
    // Down over the panel's own padding, so that nothing scrolls by beneath the button.
    bottom: `calc(-1 * ${tokens.spacingHorizontalM})`,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0 calc(${tokens.spacingVerticalS} + ${tokens.spacingHorizontalM})`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * How much of the preview (its heading and first lines) must show above the footer after a click.
 */
const PREVIEW_SEEN = 80;
const EMPTY_DOCUMENT = {
  paragraphs: [],
  selection: { start: { paragraph: 0, offset: 0 }, end: { paragraph: 0, offset: 0 }, text: "" },
};

function defaultChoice(type: DocumentTypeDef): Record<string, readonly string[]> {
  return Object.fromEntries(type.sections.map((s) => [s.id, s.defaultTopics ?? []]));
}

function draftFor(
  type: DocumentTypeDef,
  node: OutlineNode,
  chosen: Record<string, readonly string[]>,
  values: FieldValues,
  variants: VariantChoice
): DraftParagraph[] {
  return node.kind === "topic"
    ? topicDraft(node.topicId, values, variants)
    : sectionDraft(section(type, node.sectionId), chosen[node.sectionId] ?? [], values, variants);
}

function nodeName(type: DocumentTypeDef, node: OutlineNode, values: FieldValues): string {
  return renderTemplate(
    node.kind === "topic" ? topic(node.topicId).title : section(type, node.sectionId).title,
    values
  );
}

/**
 * The dialog that asks before a second skeleton: its code loads once the pane is idle, not with the
 * first screen.
 */
const againDialog = laterChunk<AgainDialogProps>(() =>
  import(/* webpackChunkName: "again-dialog" */ "./AgainDialog").then((m) => m.AgainDialog)
);
/**
 * The structure's code (Fluent's tree, checkboxes and their motion) is fetched once the screen
 * around it is live and painted: until then the drawn tree shows (AdoptLater), and the main button
 * does not wait for it. Drawn afresh, the tab waits for it (`loadOutlineTree`).
 */
const outlineTree = laterChunk<OutlineTreeProps>(() =>
  whenPainted()
    .then(() => import(/* webpackChunkName: "outline-tree" */ "./OutlineTree"))
    .then((m) => m.OutlineTree)
);
/** The structure's code, for a tab drawn afresh or at build time, which shows it at once. */
export const loadOutlineTree = () => outlineTree.start();

/**
 * What the tab shows only after a click: loaded while the pane is idle, so it shows at once when
 * needed.
 */
const afterFirstScreen = () =>
  [againDialog, variantChoice, statusBarChunk].forEach((part) => void part.start());

/** Messages from a row of the structure show under it. */
const OUTLINE_STATUS = "outline";

export function TemplatesTab({ host }: { host: DocumentHost }) {
  const styles = useStyles();
  const [form, setForm] = usePersistentState<TemplateFormValues>(
    TEMPLATE_FORM_KEY,
    DEFAULT_TEMPLATE_FORM
  );
  // The organisation's types where its requirements hold for the form's year; the built-in ones
  // otherwise.
  const requirements = useRequirements();
  const types = useMemo(() => typesForYear(requirements, form.year), [requirements, form.year]);
  const type = types.find((d) => d.id === form.typeId) ?? types[0]!;
  const [choices, setChoices] = useState<Record<string, Record<string, readonly string[]>>>({});
  const chosen = useMemo(() => choices[type.id] ?? defaultChoice(type), [choices, type]);
  const [variants, setVariants] = useState<Record<string, number>>({});
  const [selected, setSelected] = useState<OutlineNode | undefined>();
  const { status, setStatus, busy, run } = useStatus();
  const values: FieldValues = useMemo(
    () => ({ unit: form.unit, year: form.year, superior: form.superior }),
    [form.unit, form.year, form.superior]
  );

  const node =
    selected && type.sections.some((s) => s.id === selected.sectionId) ? selected : undefined;
  const preview = useMemo(
    () =>
      node
        ? placeBlock(EMPTY_DOCUMENT, draftFor(type, node, chosen, values, variants)).paragraphs
        : [],
    [node, type, chosen, values, variants]
  );
  const variantKey = node?.kind === "topic" ? node.topicId : node?.sectionId;
  const worded = !node
    ? undefined
    : node.kind === "topic"
      ? topic(node.topicId)
      : section(type, node.sectionId);
  const variantCount = worded?.paragraphs?.length ?? (node ? 1 : 0);

  /**
   * Insert a draft; its message shows beside the button or row used (`at`), or under the main
   * button. `askFirst` looks at the document read for the insert and returns true to stop and ask
   * the writer.
   */
  const insert = (
    draft: DraftParagraph[],
    name: string,
    at?: string,
    askFirst?: (snapshot: DocSnapshot) => boolean,
    node?: OutlineNode
  ) => {
    if (!yearIsValid(form.year)) return setStatus({ intent: "error", text: t.yearInvalid, at });
    void run(async () => {
      const snapshot = await host.read();
      if (askFirst?.(snapshot)) return;
      const { renumbered, landing } = await insertDraft(host, draft, snapshot, type);
      // A part or topic says where it went; the whole skeleton goes where the cursor is.
      const done = `${node ? t.insertedAt(name, landing.heading, landing.number, renumbered) : t.inserted(name, renumbered)}${t.undoHint}`;
      // A topic of one section (主要工作) that lands in another (工作打算) is most likely a slip of
      // the cursor.
      const meant = node?.kind === "topic" ? node.sectionId : undefined;
      if (!meant || !landing.sectionId || landing.sectionId === meant) return done;
      setStatus({
        intent: "warning",
        text: `${done}\n${t.wrongSection(sectionName(section(type, meant)), landing.heading!)}`,
        at,
      });
    }, at);
  };
  /** Insert a row of the structure: a topic is meant for its own section. */
  const insertNode = (n: OutlineNode) =>
    insert(
      draftFor(type, n, chosen, values, variants),
      nodeName(type, n, values),
      OUTLINE_STATUS,
      undefined,
      n
    );

  /**
   * The sections a second whole skeleton would repeat, while the writer is asked whether to go on.
   */
  const [repeated, setRepeated] = useState<string[]>();
  useEffect(() => whenIdle(afterFirstScreen), []);
  const insertSkeleton = (confirmed: boolean) =>
    insert(skeletonDraft(type, chosen, values, variants), t.skeletonName, undefined, (snapshot) => {
      const present = confirmed ? [] : skeletonSectionsPresent(type, snapshot.paragraphs);
      if (present.length > 0) setRepeated(present);
      return present.length > 0;
    });

  // 插入全文框架 clicked on the screen drawn before the pane had run: done now that it has, once.
  // Taken in an effect, not while rendering: a render React throws away would lose it.
  useEffect(() => {
    if (takeEarlyAction("insert-skeleton")) insertSkeleton(false);
  });

  // A row previewed from the keyboard brings the preview into view; a click does so only when the
  // preview's start is out of sight (a narrow pane puts it below the tree), so a wide pane stays
  // still.
  const previewBox = useRef<HTMLDivElement>(null);
  const footer = useRef<HTMLDivElement>(null);
  const [previewBy, setPreviewBy] = useState<"mouse" | "keyboard">();
  useEffect(() => {
    const box = previewBox.current;
    if (!box || !previewBy) return;
    const foot = footer.current?.getBoundingClientRect().top ?? window.innerHeight;
    const seen = box.getBoundingClientRect().top + PREVIEW_SEEN <= foot;
    if (previewBy === "keyboard" || !seen) box.scrollIntoView({ block: "nearest" });
  }, [selected, previewBy]);

  const choose = (sectionId: string, topicId: string, included: boolean) => {
    const offered = section(type, sectionId).topics ?? [];
    const current = new Set(chosen[sectionId] ?? []);
    if (included) current.add(topicId);
    else current.delete(topicId);
    setChoices({
      ...choices,
      [type.id]: { ...chosen, [sectionId]: offered.filter((id) => current.has(id)) },
    });
  };

  // Asked for only when shown: asked for before it has loaded, it would go through Suspense for
  // good.
  const Again = repeated && againDialog.component();
  const OutlineTree = outlineTree.component();
  return (
    <div className={styles.root}>
      {/* The main button is live before the form, the structure and the preview are. */}
      <AdoptLater>
        <TemplateForm values={form} types={types} onChange={setForm} />
        {type.publishedBy && (
          <Caption1 data-requirements>{t.basis(requirementsLabel(type.publishedBy))}</Caption1>
        )}
        <div className={styles.heading}>
          <Subtitle2 as="h2" className={styles.h2}>
            {t.structure}
          </Subtitle2>
          <Caption1>{t.structureHint}</Caption1>
        </div>
      </AdoptLater>
      <AdoptLater codeLater>
        <OutlineTree
          type={type}
          values={values}
          chosen={chosen}
          selected={node && nodeKey(node)}
          disabled={busy}
          onChoose={choose}
          onSelect={(next, by) => {
            setSelected(next);
            setPreviewBy(by);
          }}
          onInsert={insertNode}
        />
      </AdoptLater>
      <LaterStatusBar status={status} at={OUTLINE_STATUS} />
      <AdoptLater>
        <div className={`${styles.heading} ${styles.previewBox}`} ref={previewBox}>
          <Subtitle2 as="h2" className={styles.h2}>
            {t.preview}
          </Subtitle2>
          <Preview
            paragraphs={preview}
            variants={variantCount}
            hints={worded?.hints}
            variant={variantKey ? (variants[variantKey] ?? 0) : 0}
            onVariant={(i) => variantKey && setVariants({ ...variants, [variantKey]: i })}
            name={node && nodeName(type, node, values)}
            disabled={busy}
            onInsert={() => node && insertNode(node)}
          />
        </div>
      </AdoptLater>
      <div className={styles.footer} ref={footer}>
        <LaterStatusBar status={status} />
        <Button appearance="primary" disabledFocusable={busy} onClick={() => insertSkeleton(false)}>
          {t.insertSkeleton}
        </Button>
      </div>
      {Again && repeated && (
        <Suspense fallback={null}>
          <Again
            repeated={repeated}
            onConfirm={() => {
              setRepeated(undefined);
              insertSkeleton(true);
            }}
            onCancel={() => setRepeated(undefined)}
          />
        </Suspense>
      )}
    </div>
  );
}
