// An on/off control drawn as a sliding switch: a button with role="switch", named by its text.
import type { ReactNode } from 'react';

export function Switch({
  on,
  onToggle,
  children,
}: {
  on: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" role="switch" aria-checked={on} className="switch" onClick={onToggle}>
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      {children}
    </button>
  );
}
