// Transport icons (decorative: every button has its name in aria-label).
const paths = {
  play: 'M8 5v14l11-7z',
  pause: 'M7 5h4v14H7zM13 5h4v14h-4z',
  stepForward: 'M6 5v14l9-7zM16 5h2.5v14H16z',
  stepBack: 'M18 5v14l-9-7zM5.5 5H8v14H5.5z',
  jumpStart: 'M4 5h2.5v14H4zM20 5v14l-7-7zM13 5v14l-7-7z',
  jumpEnd: 'M17.5 5H20v14h-2.5zM4 5v14l7-7zM11 5v14l7-7z',
  // Presenting: a screen on a stand, corners out and in, a keyboard.
  presenter: 'M3 4h18v2h-1v9H4V6H3zm3 2v7h12V6zM11 15h2v3l3 3h-2.5L12 19.5 10.5 21H8l3-3z',
  fullscreen: 'M4 4h6v2H6v4H4zM14 4h6v6h-2V6h-4zM4 14h2v4h4v2H4zM18 14h2v6h-6v-2h4z',
  exitFullscreen: 'M8 4h2v6H4V8h4zM14 4h2v4h4v2h-6zM4 14h6v6H8v-4H4zM14 14h6v2h-4v4h-2z',
  keyboard:
    'M3 6h18v12H3zm2 2v8h14V8zm1 1h2v2H6zm3 0h2v2H9zm3 0h2v2h-2zm3 0h3v2h-3zM6 12h2v2H6zm3 0h6v2H9zm7 0h2v2h-2z',
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
