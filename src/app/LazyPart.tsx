// A part of the page whose code loads on demand (React.lazy). Should its chunk fail to load
// (offline on a first visit, before the offline copy has it; a dropped connection), only that
// part is missing, and says so in its place: with no boundary, React unmounts the whole page
// for one part's failed load. A lazy part that failed stays failed until the page is reloaded.
import { Component, Suspense, type ReactNode } from 'react';
import { useT } from './i18n/i18n.tsx';

class Boundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function Unavailable() {
  return <p className="part-unavailable">{useT()('app.partUnavailable')}</p>;
}

/**
 * @param loading shown while the part's code loads (nothing by default).
 * @param quiet a part that shows nothing of its own (a drop zone, the tab's title, a drag
 *   handle inside the diagram's SVG) is left out without a word.
 */
export function LazyPart({
  children,
  loading = null,
  quiet = false,
}: {
  children: ReactNode;
  loading?: ReactNode;
  quiet?: boolean;
}) {
  return (
    <Boundary fallback={quiet ? null : <Unavailable />}>
      <Suspense fallback={loading}>{children}</Suspense>
    </Boundary>
  );
}
