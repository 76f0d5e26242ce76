import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { strings } from "../../strings";

const t = strings.check;

const useStyles = makeStyles({ input: { width: "11em" } });

/**
 * The 字数 target for this type of document: the type's usual length until the writer sets another
 * (remembered).
 */
export function LengthTarget({
  target,
  onTarget,
}: {
  target: number;
  onTarget(next: number): void;
}) {
  const styles = useStyles();
  const [text, setText] = useState(String(target));
  const commit = () => {
    const value = Number(text);
    if (Number.isInteger(value) && value > 0) onTarget(value);
    else setText(String(target));
  };
  return (
    <Field label={t.lengthTarget} orientation="horizontal">
      <Input
        className={styles.input}
        size="small"
        type="number"
        min={1}
        step={100}
        value={text}
        contentAfter={t.lengthUnit}
        onChange={(_, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === "Enter" && commit()}
      />
    </Field>
  );
}
