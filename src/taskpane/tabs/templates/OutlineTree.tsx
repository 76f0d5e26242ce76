import {
  Button,
  Checkbox,
  makeStyles,
  tokens,
  Tree,
  TreeItem,
  TreeItemLayout,
} from "@fluentui/react-components";
import type { DocumentTypeDef } from "../../../content/types";
import type { FieldValues } from "../../../core/render";
import { renderTemplate } from "../../../core/render";
import { topic } from "../../../core/templates";
import { ClauseText } from "../../components/ClauseText";
import { templatesStrings as t } from "../../strings/templates";
import type { OutlineNode } from "./outlineNode";
import { nodeKey } from "./outlineNode";

// Room for the titles in a 320 px pane: a compact 插入, its column and the checkbox without their
// outer padding.
const useStyles = makeStyles({
  selected: { fontWeight: 600 },
  actions: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: 0 },
  insert: {
    minWidth: "auto",
    whiteSpace: "nowrap",
    flexShrink: 0,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  checkbox: { marginLeft: 0, marginRight: tokens.spacingHorizontalXS },
});

export interface OutlineTreeProps {
  type: DocumentTypeDef;
  values: FieldValues;
  chosen: Readonly<Record<string, readonly string[]>>;
  selected: string | undefined;
  disabled: boolean;
  onChoose(sectionId: string, topicId: string, included: boolean): void;
  /** A row chosen for the preview, by a click or by Enter or Space on it. */
  onSelect(node: OutlineNode, by: "mouse" | "keyboard"): void;
  onInsert(node: OutlineNode): void;
}

/** The document type's sections with their topics: pick topics, preview and insert any part. */
export function OutlineTree({
  type,
  values,
  chosen,
  selected,
  disabled,
  onChoose,
  onSelect,
  onInsert,
}: OutlineTreeProps) {
  const styles = useStyles();
  const insertButton = (node: OutlineNode, name: string) => ({
    visible: true as const,
    className: styles.actions,
    children: (
      // Out of the Tab order, as the checkboxes are: the tree is one stop, and the preview's button
      // inserts from the keyboard.
      <Button
        size="small"
        appearance="subtle"
        className={styles.insert}
        tabIndex={-1}
        disabled={disabled}
        aria-label={t.insertNamed(name)}
        onClick={(e) => (e.stopPropagation(), onInsert(node))}
      >
        {t.insert}
      </Button>
    ),
  });
  /**
   * Enter on a row previews it, as a click does; Space ticks a topic's checkbox (and previews a
   * section).
   */
  const onRowKey =
    (node: OutlineNode, toggle?: () => void) => (event: React.KeyboardEvent<HTMLElement>) => {
      if ((event.key !== "Enter" && event.key !== " ") || event.target !== event.currentTarget)
        return;
      event.preventDefault();
      if (event.key === " " && toggle) toggle();
      else onSelect(node, "keyboard");
    };
  return (
    <Tree aria-label={t.structure} defaultOpenItems={["section:main-work"]}>
      {type.sections.map((s) => {
        const sectionNode: OutlineNode = { kind: "section", sectionId: s.id };
        const name = s.kind === "numbered" ? renderTemplate(s.title, values) : s.title;
        const key = nodeKey(sectionNode);
        return (
          <TreeItem
            key={key}
            value={key}
            itemType={s.topics?.length ? "branch" : "leaf"}
            aria-selected={selected === key}
            onKeyDown={onRowKey(sectionNode)}
          >
            <TreeItemLayout
              className={selected === key ? styles.selected : undefined}
              onClick={() => onSelect(sectionNode, "mouse")}
              actions={insertButton(sectionNode, name)}
            >
              <ClauseText text={name} />
            </TreeItemLayout>
            {s.topics?.length ? (
              <Tree collapseMotion={null}>
                {s.topics.map((id) => {
                  const node: OutlineNode = { kind: "topic", sectionId: s.id, topicId: id };
                  const title = renderTemplate(topic(id).title, values);
                  const included = chosen[s.id]?.includes(id) ?? false;
                  return (
                    <TreeItem
                      key={id}
                      value={nodeKey(node)}
                      itemType="leaf"
                      aria-selected={selected === nodeKey(node)}
                      onKeyDown={onRowKey(node, () => onChoose(s.id, id, !included))}
                    >
                      <TreeItemLayout
                        className={selected === nodeKey(node) ? styles.selected : undefined}
                        onClick={() => onSelect(node, "mouse")}
                        iconBefore={
                          <Checkbox
                            checked={included}
                            indicator={{ className: styles.checkbox }}
                            tabIndex={-1}
                            aria-label={title}
                            onClick={(e) => e.stopPropagation()}
                            onChange={(_, data) => onChoose(s.id, id, data.checked === true)}
                          />
                        }
                        actions={insertButton(node, title)}
                      >
                        <ClauseText text={title} />
                      </TreeItemLayout>
                    </TreeItem>
                  );
                })}
              </Tree>
            ) : null}
          </TreeItem>
        );
      })}
    </Tree>
  );
}
