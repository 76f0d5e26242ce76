import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  tokens,
  ToggleButton,
} from "@fluentui/react-components";
import type { LibraryItem } from "../../../core/library";
import { quotedName } from "../../../core/library";
import type { FieldValues } from "../../../core/render";
import { displayTemplate } from "../../../core/render";
import { strings } from "../../strings";

const t = strings.phrases;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    flexWrap: "wrap",
  },
  // The star beside the name, so the actions below fit one row from 300 px.
  star: { marginLeft: "auto" },
  name: { fontWeight: tokens.fontWeightSemibold },
  text: { color: tokens.colorNeutralForeground2 },
  meta: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  // Buttons only as wide as their words: four fit in one row of a 300 px pane.
  action: { minWidth: "unset", paddingInline: tokens.spacingHorizontalS },
});

interface Props {
  item: LibraryItem;
  /** The 模板 form's values: a blank in the text is shown filled, or by its Chinese name. */
  values: FieldValues;
  favourite: boolean;
  disabled: boolean;
  onInsert(text: string): void;
  onCopy(text: string): void;
  onFavourite(): void;
  onEdit?(): void;
  onDelete?(): void;
}

/** One entry: its wording, where it comes from, and what can be done with it. */
export function PhraseCard({
  item,
  values,
  favourite,
  disabled,
  onInsert,
  onCopy,
  onFavourite,
  onEdit,
  onDelete,
}: Props) {
  const styles = useStyles();
  const name = quotedName(item);
  return (
    <article className={styles.root} aria-label={item.name}>
      <div className={styles.head}>
        <Text className={styles.name}>{item.name}</Text>
        {item.historical && (
          <Badge appearance="tint" color="warning">
            {t.historical}
          </Badge>
        )}
        {item.source === "user" && (
          <Badge appearance="tint" color="brand">
            {t.own}
          </Badge>
        )}
        {item.source === "shared" && (
          <Badge appearance="tint" color="success">
            {t.shared}
          </Badge>
        )}
        <Caption1 className={styles.meta}>{item.category}</Caption1>
        <span className={styles.star}>
          <ToggleButton
            size="small"
            appearance="subtle"
            checked={favourite}
            onClick={onFavourite}
            aria-label={`${favourite ? t.unfavourite : t.favourite}：${item.name}`}
          >
            {favourite ? "★" : "☆"}
          </ToggleButton>
        </span>
      </div>
      <Body1 className={styles.text}>{displayTemplate(item.text, values)}</Body1>
      {item.note && <Caption1 className={styles.meta}>{`${t.regional}：${item.note}`}</Caption1>}
      {item.origin && <Caption1 className={styles.meta}>{item.origin}</Caption1>}
      <div className={styles.actions}>
        {item.formulation && (
          <Button
            className={styles.action}
            size="small"
            disabled={disabled}
            onClick={() => onInsert(name)}
            aria-label={`${t.insertName}：${item.name}`}
          >
            {t.insertName}
          </Button>
        )}
        <Button
          className={styles.action}
          size="small"
          disabled={disabled}
          onClick={() => onInsert(item.text)}
          aria-label={`${t.insertText}：${item.name}`}
        >
          {t.insertText}
        </Button>
        {item.usages.length > 0 && (
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button className={styles.action} size="small" disabled={disabled}>
                {t.insertUsage}
              </Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {item.usages.map((usage) => (
                  <MenuItem key={usage} onClick={() => onInsert(usage)}>
                    {displayTemplate(usage, values)}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
        <Button
          className={styles.action}
          size="small"
          appearance="subtle"
          onClick={() => onCopy(item.text)}
        >
          {t.copy}
        </Button>
        {onEdit && (
          <Button className={styles.action} size="small" appearance="subtle" onClick={onEdit}>
            {t.edit}
          </Button>
        )}
        {onDelete && (
          <Button
            className={styles.action}
            size="small"
            appearance="subtle"
            onClick={onDelete}
            aria-label={`${t.delete}：${item.name}`}
          >
            {t.delete}
          </Button>
        )}
      </div>
    </article>
  );
}
