import { useIsomorphicLayoutEffect } from "@fluentui/react-components";
import type { ReactNode, RefObject } from "react";
import { Suspense, useMemo, useRef, useState } from "react";
import { ADOPT_LATER, liveDrawnPart } from "../state/drawnScreen";

/** Once React has taken over the part's drawn elements: their focus attributes given back. */
function Adopted(props: { part: RefObject<HTMLDivElement | null>; onAdopted(yes: true): void }) {
  useIsomorphicLayoutEffect(() => {
    if (props.part.current) liveDrawnPart(props.part.current);
    props.onAdopted(true);
  }, []);
  return null;
}

/**
 * A part of the drawn screen the live pane takes over after the rest (selective hydration): React
 * adopts the elements inside a Suspense boundary at its lowest priority, once the screen around it
 * is live, so the main button does not wait for them. Until then they show as drawn; an event in
 * them makes React adopt them at once. Rendered afresh, it is only a box that lays out nothing.
 */
export function AdoptLater({
  children,
  codeLater = false,
}: {
  children: ReactNode;
  /**
   * Its code arrives after the screen is live: until then React could not adopt it for an event,
   * and the event would be lost. It stays inert till adopted, as the whole screen was till live.
   */
  codeLater?: boolean;
}) {
  const part = useRef<HTMLDivElement>(null);
  // Until it is adopted, the part is rendered as it was drawn, the same elements: an update to a
  // part React has not adopted yet (the form typed in, the main button clicked) would make React
  // drop its drawn elements and draw it afresh, blank while its code is still on the way.
  const [drawnWith] = useState(children);
  const [adopted, setAdopted] = useState(false);
  const shown = adopted ? children : drawnWith;
  const boundary = useMemo(
    () => (
      <Suspense fallback={null}>
        {shown}
        <Adopted part={part} onAdopted={setAdopted} />
      </Suspense>
    ),
    [shown]
  );
  return (
    <div
      {...{ [ADOPT_LATER]: "", inert: codeLater && !adopted ? "" : undefined }}
      ref={part}
      style={{ display: "contents" }}
    >
      {boundary}
    </div>
  );
}
