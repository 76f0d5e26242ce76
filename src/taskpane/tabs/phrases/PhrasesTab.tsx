import {
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Link,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Option,
  OptionGroup,
  SearchBox,
  Toolbar,
  ToolbarButton,
  tokens,
} from "@fluentui/react-components";
import { ChevronDownRegular } from "@fluentui/react-icons";
import { Fragment, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { PHRASE_CATEGORIES } from "../../../content/phrases/types";
import type { LibraryItem } from "../../../core/library";
import { renderTemplate } from "../../../core/render";
import type { UserEntry } from "../../../core/userLibrary";
import { suggestName } from "../../../core/phraseName";
import { MAX_IMPORT_BYTES, newEntryId } from "../../../core/userLibrary";
import type { DocumentHost } from "../../../host/DocumentHost";
import { StatusBar } from "../../components/StatusBar";
import { useReturnFocus } from "../../components/useReturnFocus";
import { EntryDialog } from "./EntryDialog";
import { PhraseCard } from "./PhraseCard";
import { SettingsDialog, sharedStatus } from "./SettingsDialog";
import { phraseStore } from "./store";
import { copyText, downloadText } from "../../state/clipboard";
import { useStatus } from "../../state/status";
import { templateValues } from "../../state/templateForm";
import { strings } from "../../strings";

const t = strings.phrases;
const SHOWN = 50;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  scope: { minWidth: "140px", flexGrow: 1 },
  toolbar: { flexWrap: "wrap", padding: 0 },
  // As wide as their words, so the bar is one row from 300 px.
  tool: { minWidth: "unset" },
  meta: { color: tokens.colorNeutralForeground3 },
});

function inScope(
  scope: string,
  favourites: readonly string[],
  recent: readonly string[]
): (item: LibraryItem) => boolean {
  switch (scope) {
    case "all":
      return () => true;
    case "favourites":
      return (item) => favourites.includes(item.id);
    case "recent":
      return (item) => recent.includes(item.id);
    case "user":
    case "shared":
      return (item) => item.source === scope;
    default:
      return (item) => item.category === scope;
  }
}

/** A phrase's own messages (inserted, copied) show under its card. */
const cardStatus = (id: string) => `phrase:${id}`;
/** A deleted phrase's message: its card is gone, so it stays in view at the pane's foot. */
const DELETED = "deleted";
/** How long 撤消删除 is offered. */
const UNDO_MS = 10_000;

export function PhrasesTab({ host }: { host: DocumentHost }) {
  const styles = useStyles();
  const library = useSyncExternalStore(phraseStore.subscribe, phraseStore.get);
  const [query, setQuery] = useState("");
  const [scope, setScope] = useState("all");
  const [replace, setReplace] = useState(false);
  const [editing, setEditing] = useState<{ entry: UserEntry; isNew: boolean } | undefined>();
  const [settings, setSettings] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const dialogFocus = useReturnFocus(searchBox);
  const openEditor = (value: { entry: UserEntry; isNew: boolean }) => {
    dialogFocus.opening();
    setEditing(value);
  };
  const openSettings = () => {
    dialogFocus.opening();
    setSettings(true);
  };
  const { status, setStatus, busy, run, moveOn } = useStatus();
  const shownStatus = useRef(status);
  shownStatus.current = status;

  /** Deleting one's own phrase is done at once, and can be undone for a few seconds. */
  const deleteEntry = (entry: UserEntry) =>
    void phraseStore.deleteEntry(entry.id).then(
      () => {
        const restore = () =>
          void phraseStore.saveEntry(entry).then(
            () => setStatus({ intent: "success", text: t.restoredEntry(entry.name), at: DELETED }),
            (error: Error) => setStatus({ intent: "error", text: error.message, at: DELETED })
          );
        const offered = {
          intent: "success" as const,
          text: t.deleted(entry.name),
          at: DELETED,
          action: { label: t.undoDelete, run: restore },
        };
        setStatus(offered);
        window.setTimeout(
          () => shownStatus.current === offered && setStatus({ ...offered, action: undefined }),
          UNDO_MS
        );
      },
      (error: Error) => setStatus({ intent: "error", text: error.message })
    );

  const results = useMemo(() => {
    const found = library.index.search(query, inScope(scope, library.favourites, library.recent));
    return scope === "recent" && !query
      ? library.recent
          .map((id) => found.find((i) => i.id === id))
          .filter((i): i is LibraryItem => !!i)
      : found;
  }, [library, query, scope]);

  // Nothing found for pinyin letters: the entries one wrong letter away.
  const near = useMemo(
    () =>
      results.length === 0 && query
        ? library.index.nearMatches(query, inScope(scope, library.favourites, library.recent))
        : [],
    [results, query, library, scope]
  );

  const insert = (item: LibraryItem, text: string) =>
    run(async () => {
      const rendered = renderTemplate(text, templateValues());
      await host.insertText(rendered, { replaceSelection: replace });
      phraseStore.used(item.id);
      return t.inserted(rendered);
    }, cardStatus(item.id));

  const saveSelection = () =>
    run(async () => {
      const { selection } = await host.read();
      if (!selection.text.trim()) return setStatus({ intent: "warning", text: t.noSelection });
      // The word lists load at the first naming: the name is never cut inside a word they know.
      const { isKnownWord } = await import(
        /* webpackChunkName: "name-words" */ "../../../core/nameWords"
      );
      openEditor({
        entry: {
          id: newEntryId(library.user),
          name: suggestName(selection.text, isKnownWord),
          text: selection.text,
        },
        isNew: true,
      });
    });

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES)
      return setStatus({
        intent: "error",
        text: t.importFailed(
          `文件过大（${(file.size / 1024 / 1024).toFixed(1)} MB），不能超过 5 MB。`
        ),
      });
    const result = await phraseStore.importUser(await file.text());
    setStatus(
      result.ok
        ? { intent: "success", text: t.imported(result.added, result.updated) }
        : { intent: "error", text: t.importFailed(result.error) }
    );
  };

  const shared = sharedStatus(library.shared);
  // Read once a drawing: the blanks in the cards are shown as the 模板 form fills them.
  const values = templateValues();
  return (
    <div className={styles.root}>
      <Field label={t.search}>
        <SearchBox
          ref={searchBox}
          value={query}
          placeholder={t.searchPlaceholder}
          aria-label={t.search}
          onChange={(_, d) => {
            setQuery(d.value);
            moveOn();
          }}
        />
      </Field>
      <div className={styles.row}>
        <Dropdown
          className={styles.scope}
          aria-label={t.scope}
          value={t.scopes[scope] ?? scope}
          selectedOptions={[scope]}
          onOptionSelect={(_, d) => {
            if (!d.optionValue) return;
            setScope(d.optionValue);
            moveOn();
          }}
        >
          {Object.entries(t.scopes).map(([value, label]) => (
            <Option key={value} value={value}>
              {label}
            </Option>
          ))}
          <OptionGroup label="分类">
            {PHRASE_CATEGORIES.map((c) => (
              <Option key={c} value={c}>
                {c}
              </Option>
            ))}
          </OptionGroup>
        </Dropdown>
        <Checkbox
          label={t.replaceSelection}
          checked={replace}
          onChange={(_, d) => setReplace(d.checked === true)}
        />
      </div>
      <Toolbar className={styles.toolbar} size="small">
        <ToolbarButton
          className={styles.tool}
          onClick={() =>
            openEditor({ entry: { id: newEntryId(library.user), name: "", text: "" }, isNew: true })
          }
        >
          {t.newEntry}
        </ToolbarButton>
        <ToolbarButton className={styles.tool} disabled={busy} onClick={() => void saveSelection()}>
          {t.saveSelection}
        </ToolbarButton>
        {/* The rarer actions in one menu, so the bar stays one row from 300 px. */}
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <ToolbarButton className={styles.tool} icon={<ChevronDownRegular />}>
              {t.moreActions}
            </ToolbarButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => fileInput.current?.click()}>{t.importFile}</MenuItem>
              <MenuItem
                disabled={library.user.length === 0}
                onClick={() => {
                  downloadText("党建写作助手-常用语.json", phraseStore.exportUser());
                  setStatus({ intent: "success", text: t.exported });
                }}
              >
                {t.exportFile}
              </MenuItem>
              <MenuItem onClick={openSettings}>{t.settings}</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </Toolbar>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t.importFile}
        onChange={(e) => {
          void importFile(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
      <StatusBar
        status={
          status && status.at === undefined
            ? status
            : library.shared.error && shared
              ? { intent: "warning", text: shared }
              : undefined
        }
      />
      <Caption1 className={styles.meta} role="status">
        {results.length === 0 ? t.none : t.results(results.length)}
        {near.length > 0 && (
          <>
            {t.didYouMean}
            {near.map((item, i) => (
              <Fragment key={item.id}>
                {i > 0 && "、"}
                <Link
                  as="button"
                  onClick={() => {
                    setQuery(item.name);
                    moveOn();
                  }}
                >
                  {item.name}
                </Link>
              </Fragment>
            ))}
          </>
        )}
      </Caption1>
      <div role="list" aria-label={t.search}>
        {results.slice(0, SHOWN).map((item) => (
          <div role="listitem" key={item.id} data-entry={item.id}>
            <PhraseCard
              item={item}
              values={values}
              favourite={library.favourites.includes(item.id)}
              disabled={busy}
              onInsert={(text) => void insert(item, text)}
              onCopy={(text) =>
                void copyText(renderTemplate(text, templateValues())).then((ok) =>
                  setStatus(
                    ok
                      ? { intent: "success", text: t.copied, at: cardStatus(item.id) }
                      : { intent: "error", text: t.copyFailed, at: cardStatus(item.id) }
                  )
                )
              }
              onFavourite={() => {
                moveOn();
                try {
                  phraseStore.toggleFavourite(item.id);
                } catch (error) {
                  setStatus({
                    intent: "error",
                    text: (error as Error).message,
                    at: cardStatus(item.id),
                  });
                }
              }}
              onEdit={
                item.source === "user"
                  ? () =>
                      openEditor({
                        entry: library.user.find((e) => e.id === item.id)!,
                        isNew: false,
                      })
                  : undefined
              }
              onDelete={
                item.source === "user"
                  ? () => deleteEntry(library.user.find((e) => e.id === item.id)!)
                  : undefined
              }
            />
            <StatusBar status={status} at={cardStatus(item.id)} />
          </div>
        ))}
      </div>
      {results.length > SHOWN && <Caption1 className={styles.meta}>{t.more(SHOWN)}</Caption1>}
      {editing && (
        <EntryDialog
          entry={editing.entry}
          isNew={editing.isNew}
          onClose={() => {
            setEditing(undefined);
            dialogFocus.closed();
          }}
          onSave={async (entry) => {
            try {
              await phraseStore.saveEntry(entry);
            } catch (error) {
              return (error as Error).message;
            }
            setEditing(undefined);
            // Back to the list: the saved entry's card where the search shows it.
            dialogFocus.closed(`[data-entry="${CSS.escape(entry.id)}"] button`);
            setStatus({ intent: "success", text: t.saved(entry.name) });
            return undefined;
          }}
        />
      )}
      {settings && (
        <SettingsDialog
          shared={library.shared}
          host={host}
          onClose={() => {
            setSettings(false);
            dialogFocus.closed();
          }}
          onRefresh={() => void phraseStore.refreshShared()}
          onSave={(url) => {
            phraseStore.setSharedUrl(url).then(
              () => {
                setSettings(false);
                dialogFocus.closed();
              },
              (error: Error) => setStatus({ intent: "error", text: error.message })
            );
          }}
        />
      )}
      <StatusBar status={status} at={DELETED} floating onDismiss={() => setStatus(undefined)} />
    </div>
  );
}
