import { Button, Checkbox, makeStyles, Tree, TreeItem, TreeItemLayout } from "@fluentui/react-components";
import type { DocumentTypeDef } from "../../content/types";
import type { FieldValues } from "../../core/render";
import { renderTemplate } from "../../core/render";
import { topic } from "../../core/templates";
import { strings } from "../strings";

/** What the preview shows: a whole section, or one topic of a section. */
export type OutlineNode = { kind: "section"; sectionId: string } | { kind: "topic"; sectionId: string; topicId: string };

export function nodeKey(node: OutlineNode): string {
  return node.kind === "section" ? `section:${node.sectionId}` : `topic:${node.sectionId}:${node.topicId}`;
}

const useStyles = makeStyles({ selected: { fontWeight: 600 } });

interface Props {
  type: DocumentTypeDef;
  values: FieldValues;
  chosen: Readonly<Record<string, readonly string[]>>;
  selected: string | undefined;
  disabled: boolean;
  onChoose(sectionId: string, topicId: string, included: boolean): void;
  onSelect(node: OutlineNode): void;
  onInsert(node: OutlineNode): void;
}

/** The document type's sections with their topics: pick topics, preview and insert any part. */
export function OutlineTree({ type, values, chosen, selected, disabled, onChoose, onSelect, onInsert }: Props) {
  const styles = useStyles();
  const insertButton = (node: OutlineNode, name: string) => ({
    visible: true as const,
    children: (
      <Button size="small" appearance="subtle" disabled={disabled} aria-label={strings.templates.insertNamed(name)} onClick={(e) => (e.stopPropagation(), onInsert(node))}>
        {strings.templates.insert}
      </Button>
    ),
  });
  return (
    <Tree aria-label={strings.templates.structure} defaultOpenItems={["section:main-work"]}>
      {type.sections.map((s) => {
        const sectionNode: OutlineNode = { kind: "section", sectionId: s.id };
        const name = s.kind === "numbered" ? renderTemplate(s.title, values) : s.title;
        const key = nodeKey(sectionNode);
        return (
          <TreeItem key={key} value={key} itemType={s.topics?.length ? "branch" : "leaf"}>
            <TreeItemLayout
              className={selected === key ? styles.selected : undefined}
              onClick={() => onSelect(sectionNode)}
              actions={insertButton(sectionNode, name)}
            >
              {name}
            </TreeItemLayout>
            {s.topics?.length ? (
              <Tree>
                {s.topics.map((id) => {
                  const node: OutlineNode = { kind: "topic", sectionId: s.id, topicId: id };
                  const title = renderTemplate(topic(id).title, values);
                  const included = chosen[s.id]?.includes(id) ?? false;
                  return (
                    <TreeItem key={id} value={nodeKey(node)} itemType="leaf">
                      <TreeItemLayout
                        className={selected === nodeKey(node) ? styles.selected : undefined}
                        onClick={() => onSelect(node)}
                        iconBefore={
                          <Checkbox
                            checked={included}
                            aria-label={title}
                            onClick={(e) => e.stopPropagation()}
                            onChange={(_, data) => onChoose(s.id, id, data.checked === true)}
                          />
                        }
                        actions={insertButton(node, title)}
                      >
                        {title}
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
