import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, CounterBadge, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { RULES } from "../../core/check/rules";
import type { Finding } from "../../core/check/types";
import type { FindingActions } from "./FindingItem";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

/** Findings grouped by rule, in the rules' order, each group with its count; groups are open unless the user closed them, those appearing at a later check too. */
export function FindingGroups({ findings, paragraphs, ...actions }: { findings: readonly Finding[]; paragraphs: readonly { text: string }[] } & FindingActions) {
  const styles = useStyles();
  const groups = RULES.map((rule) => ({ rule, items: findings.filter((f) => f.rule === rule.id) })).filter((g) => g.items.length > 0);
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const shown = groups.map((g) => g.rule.id);
  return (
    <Accordion
      multiple
      collapsible
      openItems={shown.filter((id) => !closed.has(id))}
      onToggle={(_, data) => setClosed(new Set(shown.filter((id) => !data.openItems.includes(id))))}
    >
      {groups.map(({ rule, items }) => (
        <AccordionItem key={rule.id} value={rule.id}>
          <AccordionHeader>
            <span className={styles.header}>
              {rule.title}
              <CounterBadge count={items.length} overflowCount={999} size="small" color={items.some((f) => f.severity === "error") ? "danger" : "informative"} />
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list} aria-label={rule.title}>
              {items.map((f) => (
                <FindingItem key={`${f.paragraph}:${f.start}:${f.rule}:${f.text}`} finding={f} paragraph={paragraphs[f.paragraph]?.text ?? ""} {...actions} />
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
