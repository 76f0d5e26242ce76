import { Caption1, Card, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import type { EditableDocument } from "../host/memory/EditableDocument";
import { playgroundStrings } from "./strings";

const useStyles = makeStyles({
  margin: {
    width: "240px",
    flexShrink: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  quote: { color: tokens.colorNeutralForeground3 },
});

/** The comments beside the page, as Word shows them in its margin. */
export function CommentMargin({ doc }: { doc: EditableDocument }) {
  const styles = useStyles();
  const comments = useSyncExternalStore(
    (listener) => doc.subscribe(listener),
    () => doc.comments
  );
  if (comments.length === 0) return null;
  return (
    <aside className={styles.margin} aria-label={playgroundStrings.comments}>
      {comments.map((c) => {
        const paragraph = c.paragraph < doc.paragraphCount ? doc.paragraph(c.paragraph).text : "";
        return (
          <Card key={c.id} size="small" data-comment={c.id}>
            <Caption1>
              {c.author} · {playgroundStrings.paragraphOf(c.paragraph)}
            </Caption1>
            <Caption1 className={styles.quote}>“{paragraph.slice(c.start, c.end)}”</Caption1>
            <Text size={200}>{c.text}</Text>
          </Card>
        );
      })}
    </aside>
  );
}
