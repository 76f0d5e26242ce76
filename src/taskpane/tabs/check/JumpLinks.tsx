import { Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { forwardRef } from "react";
import { strings } from "../../strings";

const t = strings.check;

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The ids of the controls below the findings that a jump link focuses. */
export const JUMP_TARGETS = {
  layout: "layout-apply",
  comments: "comments-add",
  export: "result-export",
} as const;

const jump = (id: string) => () => {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: "nearest" });
  target?.focus();
};

/**
 * Right after the findings (Tab leaves the list to here): links straight to 一键排版, 导出 and
 * 批注, so the keyboard reaches them in a key or two, however many findings there are.
 */
export const JumpLinks = forwardRef<HTMLButtonElement, { comments: boolean }>(function JumpLinks(
  { comments },
  first
) {
  const styles = useStyles();
  return (
    <nav className={styles.row} aria-label={t.jumpTo} data-jump>
      <Caption1 className={styles.hint}>{t.jumpTo}：</Caption1>
      <Link as="button" ref={first} onClick={jump(JUMP_TARGETS.layout)}>
        {t.jumpLayout}
      </Link>
      <Link as="button" onClick={jump(JUMP_TARGETS.export)}>
        {t.jumpExport}
      </Link>
      {comments && (
        <Link as="button" onClick={jump(JUMP_TARGETS.comments)}>
          {t.jumpComments}
        </Link>
      )}
    </nav>
  );
});
