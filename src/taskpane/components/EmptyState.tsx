import { Body1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    color: tokens.colorNeutralForeground3,
    padding: tokens.spacingVerticalL,
    textAlign: "center",
  },
});

export function EmptyState({ text }: { text: string }) {
  return <Body1 className={useStyles().root}>{text}</Body1>;
}
