import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({ clause: { display: "inline-block" } });

/**
 * A title that wraps between its clauses (after ，、；) where it can, so a narrow pane shows
 * 突出政治引领，/ 加强党的政治建设 rather than leaving one character on the last line.
 */
export function ClauseText({ text }: { text: string }) {
  const styles = useStyles();
  const clauses = text.match(/[^，、；：]+[，、；：]*|[，、；：]+/g) ?? [text];
  if (clauses.length === 1) return <>{text}</>;
  return (
    <>
      {clauses.map((clause, i) => (
        <span key={i} className={styles.clause}>
          {clause}
        </span>
      ))}
    </>
  );
}
