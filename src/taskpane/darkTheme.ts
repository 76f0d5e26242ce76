// The dark theme's tokens, loaded only when Word shows its dark theme: the entry script carries the
// light one alone.
export { webDarkTheme as darkTheme } from "@fluentui/react-components";
