import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import { strings } from "../../strings";

const t = strings.check;

const useStyles = makeStyles({
  // Stays at the top of the pane while the list scrolls under it, so 下一条 is always at hand.
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    position: "sticky",
    top: `calc(-1 * ${tokens.spacingHorizontalM})`,
    zIndex: 2,
    paddingBlock: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  position: { flexGrow: 1, whiteSpace: "nowrap" },
  // As wide as their words: the bar holds one row in a 320 px pane.
  compact: { minWidth: "unset" },
});

interface Props {
  count: number;
  /** The finding last stepped to, from 0; -1 before any. */
  current: number;
  fixable: number;
  disabled: boolean;
  onStep(delta: 1 | -1): void;
  onFixAll(): void;
  /** Tab from 上一条/下一条: to the current finding; false when there is none. */
  onTabToCurrent?(): boolean;
}

/**
 * 上一条 / 下一条 through the findings in document order, where the writer stands, and 全部修改.
 */
export function FindingNavigator({
  count,
  current,
  fixable,
  disabled,
  onStep,
  onFixAll,
  onTabToCurrent,
}: Props) {
  const styles = useStyles();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Tab" && !event.shiftKey && current >= 0 && onTabToCurrent?.())
      event.preventDefault();
  };
  return (
    <div className={styles.bar} role="group" aria-label={t.findings}>
      <Button
        size="small"
        className={styles.compact}
        disabledFocusable={count === 0}
        onClick={() => onStep(-1)}
        onKeyDown={onKeyDown}
      >
        {t.previous}
      </Button>
      <Button
        size="small"
        className={styles.compact}
        disabledFocusable={count === 0}
        onClick={() => onStep(1)}
        onKeyDown={onKeyDown}
        data-nav-next
      >
        {t.next}
      </Button>
      <Text className={styles.position} aria-live="polite">
        {current >= 0 ? t.position(current + 1, count) : t.count(count)}
      </Text>
      {fixable > 0 && (
        <Button
          size="small"
          className={styles.compact}
          appearance="primary"
          disabledFocusable={disabled}
          onClick={onFixAll}
        >
          {t.fixAll(fixable)}
        </Button>
      )}
    </div>
  );
}
