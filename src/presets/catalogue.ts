// What the scenario picker lists of the presets, without their contents: the id, the title and
// whether it opens side by side. The files themselves (actions, faults, notes and step notes:
// about 5 KB of the first frame's JavaScript, gzip) load when the page is idle, or when a
// preset is chosen or named by a link (src/app/builtin-catalogue.ts). catalogue.test.ts checks
// that this list says exactly what the files say, in the same order.

export interface PresetEntry {
  /** Stable id: share links name presets by it, so it never changes once published. */
  id: string;
  /** The file's own title (the page's language may replace it: src/presets/i18n). */
  title: string;
  /** Opens with two-way next to three-way. */
  compare: boolean;
}

const entry = (id: string, title: string, compare = false): PresetEntry => ({ id, title, compare });

export const PRESET_CATALOGUE: readonly PresetEntry[] = [
  entry('handshake-data-close', 'Three-way handshake, a request, a reply, a close'),
  entry('lost-syn', 'Lost SYN: retransmission and back-off'),
  entry('lost-syn-ack', 'Lost SYN-ACK'),
  entry('lost-final-ack', 'Lost final ACK: data completes the handshake'),
  entry('duplicate-syn', 'Duplicate SYN'),
  entry('old-duplicate-syn', 'The old duplicate SYN: why TCP needs three messages', true),
  entry(
    'old-duplicate-syn-stale-data',
    'Old duplicate SYN with stale data: two-way delivers it twice',
    true,
  ),
  entry('simultaneous-open', 'Simultaneous open'),
  entry('half-open-after-crash', 'Half-open connection discovered after a crash'),
  entry('closed-port', 'Connecting to a closed port'),
  entry('syn-black-hole', 'SYN black hole: connect() times out'),
  entry('close-time-wait', "Normal close and TIME-WAIT: why the last ACK's sender waits"),
  entry('simultaneous-close', 'Simultaneous close'),
  entry('syn-flood', 'SYN flood: a full backlog shuts the client out'),
  entry('syn-flood-cookies', 'SYN flood with SYN cookies: the client gets through'),
];
