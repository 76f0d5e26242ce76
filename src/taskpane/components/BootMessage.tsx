import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, webLightTheme } from "@fluentui/react-components";

export type BootMessageProps = { loading: string } | { title: string; body: string };

/** What shows instead of the task pane while it loads, or when it cannot run here. */
export function BootMessage(props: BootMessageProps) {
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN" style={{ padding: 12, height: "100%" }}>
      {"loading" in props ? (
        <Spinner label={props.loading} />
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{props.title}</MessageBarTitle>
            {props.body}
          </MessageBarBody>
        </MessageBar>
      )}
    </FluentProvider>
  );
}
