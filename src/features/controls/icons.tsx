// Transport icons (decorative: every button has its name in aria-label).
const paths = {
  play: 'M8 5v14l11-7z',
  pause: 'M7 5h4v14H7zM13 5h4v14h-4z',
  stepForward: 'M6 5v14l9-7zM16 5h2.5v14H16z',
  stepBack: 'M18 5v14l-9-7zM5.5 5H8v14H5.5z',
  jumpStart: 'M4 5h2.5v14H4zM20 5v14l-7-7zM13 5v14l-7-7z',
  jumpEnd: 'M17.5 5H20v14h-2.5zM4 5v14l7-7zM11 5v14l7-7z',
} as const;

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}
