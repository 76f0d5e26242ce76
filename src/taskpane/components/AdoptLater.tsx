import { useIsomorphicLayoutEffect } from "@fluentui/react-components";
import type { ReactNode, RefObject } from "react";
import { Suspense, useRef } from "react";
import { ADOPT_LATER, liveDrawnPart } from "../state/drawnScreen";

/** Once React has taken over the part's drawn elements: their focus attributes given back. */
function Adopted({ part }: { part: RefObject<HTMLDivElement | null> }) {
  useIsomorphicLayoutEffect(() => void (part.current && liveDrawnPart(part.current)), []);
  return null;
}

/**
 * A part of the drawn screen the live pane takes over after the rest (selective hydration): React
 * adopts the elements inside a Suspense boundary at its lowest priority, once the screen around it
 * is live, so the main button does not wait for them. Until then they show as drawn; a click in
 * them makes React adopt them at once. Rendered afresh, it is only a box that lays out nothing.
 */
export function AdoptLater({ children }: { children: ReactNode }) {
  const part = useRef<HTMLDivElement>(null);
  return (
    <div {...{ [ADOPT_LATER]: "" }} ref={part} style={{ display: "contents" }}>
      <Suspense fallback={null}>
        {children}
        <Adopted part={part} />
      </Suspense>
    </div>
  );
}
