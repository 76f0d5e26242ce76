import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, CounterBadge, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { RULES } from "../../core/check/rules";
import type { Finding } from "../../core/check/types";
import { StatusBar } from "../components/StatusBar";
import type { Status } from "../state/status";
import { statusAt } from "./statusAt";
import type { FindingActions } from "./FindingItem";
import { FindingItem } from "./FindingItem";
import { strings } from "../strings";

const t = strings.check;
/** How many findings of a group are drawn at first, and how many more each time. */
const PAGE = 50;

const useStyles = makeStyles({
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

/** Findings grouped by rule, in the rules' order, each group with its count; groups are open unless the user closed them, those appearing at a later check too. */
export function FindingGroups({ findings, paragraphs, status, ...actions }: { findings: readonly Finding[]; paragraphs: readonly { text: string }[]; status?: Status } & FindingActions) {
  const styles = useStyles();
  const groups = RULES.map((rule) => ({ rule, items: findings.filter((f) => f.rule === rule.id) })).filter((g) => g.items.length > 0);
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  // A long report can have thousands of findings: each group draws a page of them, and more on request.
  const [limits, setLimits] = useState<Readonly<Record<string, number>>>({});
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
            <StatusBar status={status} at={statusAt.rule(rule.id)} />
            <ul className={styles.list} aria-label={rule.title}>
              {items.slice(0, limits[rule.id] ?? PAGE).map((f) => (
                <FindingItem key={`${f.paragraph}:${f.start}:${f.rule}:${f.text}`} finding={f} paragraph={paragraphs[f.paragraph]?.text ?? ""} {...actions} />
              ))}
            </ul>
            {items.length > (limits[rule.id] ?? PAGE) && (
              <Button appearance="subtle" size="small" onClick={() => setLimits({ ...limits, [rule.id]: (limits[rule.id] ?? PAGE) + PAGE })}>
                {t.showMore(Math.min(PAGE, items.length - (limits[rule.id] ?? PAGE)), items.length - (limits[rule.id] ?? PAGE))}
              </Button>
            )}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
