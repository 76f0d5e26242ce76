import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { RULES } from "../../../core/check/rules";
import type { Finding } from "../../../core/check/types";
import { fixesTogether } from "../../../core/check/fixTogether";
import { findingKey } from "./findingKey";
import { statusAt } from "./statusAt";
import type { FindingActions } from "./FindingItem";
import { FindingItem } from "./FindingItem";
import { strings } from "../../strings";

const t = strings.check;
/** How many findings of a group are drawn at first, and how many more each time. */
const PAGE = 50;

const useStyles = makeStyles({
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

interface GroupProps {
  findings: readonly Finding[];
  paragraphs: readonly { text: string }[];
  /**
   * The finding 下一条 or a click last went to: its group is open and it is drawn, marked and in
   * view.
   */
  current?: string;
  onFixGroup(rule: string, at: string): void;
}

/**
 * Findings grouped by rule, in the rules' order, each group with its count; groups are open unless
 * the user closed them, those appearing at a later check too.
 */
export function FindingGroups({
  findings,
  paragraphs,
  current,
  onFixGroup,
  ...actions
}: GroupProps & FindingActions) {
  const styles = useStyles();
  const groups = RULES.map((rule) => ({
    rule,
    items: findings.filter((f) => f.rule === rule.id),
  })).filter((g) => g.items.length > 0);
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  // A long report can have thousands of findings: each group draws a page of them, and more on
  // request.
  const [limits, setLimits] = useState<Readonly<Record<string, number>>>({});
  const shown = groups.map((g) => g.rule.id);
  const currentRule = findings.find((f) => findingKey(f) === current)?.rule;
  /** How many of a group are drawn: a page at a time, and always as far as the current finding. */
  const drawn = (rule: string, items: readonly Finding[]) =>
    Math.max(limits[rule] ?? PAGE, items.findIndex((f) => findingKey(f) === current) + 1);
  return (
    <Accordion
      multiple
      collapsible
      openItems={shown.filter((id) => !closed.has(id) || id === currentRule)}
      onToggle={(_, data) => setClosed(new Set(shown.filter((id) => !data.openItems.includes(id))))}
    >
      {groups.map(({ rule, items }) => {
        const fixes = fixesTogether(items).length;
        const limit = drawn(rule.id, items);
        return (
          <AccordionItem key={rule.id} value={rule.id}>
            <AccordionHeader>
              <span className={styles.header}>
                {rule.meta.title}
                <CounterBadge
                  count={items.length}
                  overflowCount={999}
                  size="medium"
                  color={items.some((f) => f.severity === "error") ? "danger" : "informative"}
                />
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {fixes > 1 && (
                <Button
                  size="small"
                  disabledFocusable={actions.disabled}
                  onClick={() => onFixGroup(rule.id, statusAt.rule(rule.id))}
                >
                  {t.fixGroup(fixes)}
                </Button>
              )}
              <ul className={styles.list} aria-label={rule.meta.title}>
                {items.slice(0, limit).map((f) => (
                  <FindingItem
                    key={findingKey(f)}
                    finding={f}
                    current={findingKey(f) === current}
                    paragraph={paragraphs[f.paragraph]?.text ?? ""}
                    {...actions}
                  />
                ))}
              </ul>
              {items.length > limit && (
                <Button
                  appearance="subtle"
                  size="small"
                  onClick={() => setLimits({ ...limits, [rule.id]: limit + PAGE })}
                >
                  {t.showMore(Math.min(PAGE, items.length - limit), items.length - limit)}
                </Button>
              )}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
