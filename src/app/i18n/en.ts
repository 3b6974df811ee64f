// The English message catalogue: every string the UI shows. Other languages (zh-CN next)
// provide a `Catalogue` with exactly these keys; `{name}` placeholders are filled by t().

export const en = {
  'app.skipToPlayback': 'Skip to the playback controls',
  'app.title': 'Handshake Lab',
  'app.tagline': 'Watch the TCP handshake, break it, and see why it takes three messages.',
  'app.loading': 'Simulating…',
  'app.sidePanel': 'Details',
  'app.sidePanelSlot': 'Select a segment to inspect it.',
  'app.loadingPanel': 'Loading…',
  'app.partUnavailable':
    'This part could not be loaded (are you offline?). Reload the page to try again.',
  'app.loadingLink': 'Opening the linked experiment…',
  'app.stateDiagrams': 'State machines (RFC 9293 Figure 5)',

  'scenario.label': 'Scenario',
  'lesson.label': 'Lesson notes',
  'lesson.introduction': 'Introduction',
  'lesson.beforeFirstStep': 'Step forward to follow the story.',
  'lesson.showSideBySide': 'Show two-way next to three-way',
  'scenario.basic': 'Handshake, a little data, close',
  'scenario.custom': 'Edited scenario',

  'host.client': 'Client',
  'host.server': 'Server',
  'lane.state': 'State',
  'lane.listener': 'listening socket: {state}',
  'lane.returnedToListen': 'LISTEN again',

  'protocol.label': 'Protocol',
  'protocol.three-way': 'Three-way',
  'protocol.two-way': 'Two-way',

  'timeline.label': 'Space-time diagram, {protocol}',
  'timeline.axis': 'time (s)',
  'timeline.scrollRegion': 'Timeline (Up and Down scroll it)',
  'timeline.seconds': '{s} s',
  'timeline.idleGap': 'idle {s} s',
  'timeline.dropped': 'lost',
  'timeline.copy': 'copy',
  /** A copy's packet in flight: its flags, and that it is a copy. */
  'timeline.copyTag': '{flags} copy',
  'timeline.retransmission': 'retransmission',
  'timeline.fromPast': 'from an old connection',
  'timeline.spoofed': 'forged source address',
  'timeline.discarded': 'discarded',
  'timeline.rto': 'RTO {ms} ms',
  'timeline.timeWait': 'TIME-WAIT 2×MSL',
  'timeline.timeWaitFixed': 'TIME-WAIT {s} s',
  'timeline.timerFired': 'timer fires',
  'timeline.dragDelay': '+{ms} ms',
  'timeline.dragDelayHint': 'Drag the arrowhead down to delay this segment',
  'timeline.timerCancelled': 'timer cancelled',
  'timeline.empty':
    'Nothing has happened yet. Time runs down the page, and each segment will be an arrow from the host that sends it to the host that receives it. Press Play or Step forward.',
  'timeline.seqRelative': 'relative',
  'timeline.seqAbsolute': 'absolute',
  'timeline.seqMode': 'Sequence numbers',

  'segment.label': '{flags} seq={seq}{ack}{len} {from} → {to}',
  'segment.host.client': 'client',
  'segment.host.server': 'server',
  'segment.ack': ' ack={ack}',
  'segment.len': ' len={len}',
  'segment.noFlags': 'no flags',
  'segment.stateLost': 'lost in the network',
  'segment.stateDelivered': 'delivered',
  'segment.stateCaptured': 'seen in the capture',
  'segment.stateDiscarded': 'delivered and discarded',
  'segment.stateInFlight': 'in flight',
  'segment.copy': 'copy of segment {id}',
  'segment.retransmission': 'retransmission',
  'segment.stale': 'old segment from an earlier connection',
  /** Between the parts of a spoken list (a segment's accessible label). */
  'list.separator': ', ',
  'segment.spoofed': 'forged source address',

  'app.call.listen': 'listen()',
  'app.call.connect': 'connect()',
  'app.call.accept': 'accept()',
  'app.call.send': 'send({bytes})',
  'app.call.receive': 'recv() → {bytes} B',
  /** A recv() that failed (the connection was reset): no byte count. */
  'app.call.receiveFailed': 'recv()',
  'app.call.close': 'close()',
  'app.call.abort': 'abort()',
  'app.call.crash': 'crash',
  'app.call.restart': 'restart',
  'app.call.blocking': '{call} blocks…',
  'app.result.ok': '{call} → ok',
  'app.result.fail': '{call} → {result}',
  /** A socket call's result code, as the timeline shows it after the call. */
  'app.outcome.ok': 'ok',
  'app.outcome.refused': 'refused',
  'app.outcome.timeout': 'timeout',
  'app.outcome.reset': 'reset',
  'app.outcome.closing': 'closing',
  'app.outcome.error': 'error',
  'app.outcome.connection-exists': 'connection-exists',
  'app.outcome.no-connection': 'no-connection',

  'anomaly.phantom-connection': 'phantom connection',
  'anomaly.stale-data-delivered': 'stale data delivered',
  'anomaly.half-open': 'half-open connection',
  'anomaly.connect-failed': 'connect() failed',
  'anomaly.short.phantom-connection': 'phantom',
  'anomaly.short.stale-data-delivered': 'stale data',
  'anomaly.short.half-open': 'half-open',
  'anomaly.short.connect-failed': 'failed',

  'controls.label': 'Playback',
  'controls.play': 'Play',
  'controls.pause': 'Pause',
  'controls.stepForward': 'Step forward',
  'controls.stepBack': 'Step back',
  'controls.jumpStart': 'Jump to start',
  'controls.jumpEnd': 'Jump to end',
  'controls.speed': 'Speed',
  'controls.speedValue': '{speed}×',
  'controls.scrub': 'Position in the run',
  'controls.scrubValue': 'event {index} of {total}, {time} s',
  'controls.time': '{time} s',
  'controls.shortcuts': 'Keyboard shortcuts',
  'controls.faster': 'Faster',
  'controls.slower': 'Slower',

  'announce.start': 'Start of the run. Nothing has happened yet.',
  'announce.narration': '{time} s: {sentence}',
  'announce.narrationIn': '{protocol}, {time} s: {sentence}',
  'timer.retransmit': 'retransmission',
  'timer.time-wait': 'TIME-WAIT',

  'compare.toggle': 'Two-way vs three-way',
  'compare.verdict.phantom': '{protocol}: the {host} holds a phantom connection since {time} s',
  'compare.verdict.phantomUntil':
    '{protocol}: the {host} held a phantom connection from {time} s until {until} s',
  'compare.verdictPending': '{protocol}: the verdict shows at the end (predict mode)',
  'compare.showNext': '{side} →',
  'compare.showPrevious': '← {side}',
  'compare.showSide': 'Show {side}',
  'compare.verdictLabel': 'Verdict',
  'compare.verdict.none': '{protocol}: no phantom connection',
  'compare.verdict.dropped':
    "{protocol}: the old SYN's half-open connection was dropped at {time} s; no phantom connection",
  'compare.verdict.reset': '{protocol}: the old SYN was reset at {time} s; no phantom connection',
  'compare.verdict.noneSoFar': '{protocol}: no phantom connection so far',
  // Ends with the space before the button that follows it ('compare.verdict.injectOne').
  'compare.verdict.noneUntested':
    '{protocol}: no phantom connection, but no old SYN arrived to test it: ',
  'compare.verdict.noneUntestedQuiet':
    '{protocol}: no phantom connection, but no old SYN arrived to test it',
  'compare.verdict.injectOne': 'inject one',
  'compare.verdict.other': '{protocol}: {anomaly} at {time} s',
  'compare.verdict.phantomStale':
    '{protocol}: a phantom connection since {time} s, and old data delivered at {stale} s',
  'compare.verdict.phantomStaleUntil':
    '{protocol}: a phantom connection from {time} s to {until} s, and old data delivered at {stale} s',
  'compare.profilesToggle': 'RFC 9293 vs Linux',
  'compare.verdict.connected': '{protocol}: connected at {time} s',
  'compare.verdict.quiet': '{protocol}: no anomaly',
  'profile.rfc9293': 'RFC 9293',
  'profile.rfc793': 'RFC 793',
  'profile.linux': 'Linux 6.x',

  'error.title': 'Something went wrong',
  'error.engine': 'The simulation failed: {message}',
  'error.invalid': 'The scenario cannot be run:',
  'error.problem': '{path}: {message}',
  'error.dismiss': 'Dismiss',
  'export.title': 'Export',
  'export.pcap': 'Download pcap (opens in Wireshark)',
  'export.pcapFor': 'Download {protocol} pcap',
  'share.open': 'Share',
  'link.newerVersion':
    'This link was made by a newer version of Handshake Lab (link format v{version}). Open it in an up-to-date Handshake Lab.',
  'link.malformed': 'This link cannot be opened: {detail}.',
  // What is shown instead of a link that cannot be opened, after what is wrong with it.
  'link.withFallback': '{problem} {fallback}',
  'link.keptCurrent': 'The current scenario is shown instead.',
  'link.openedDefault': 'The lab has opened with its default scenario instead.',
  'link.partlyIgnored':
    'This link is open; what could not be read in it is left at its usual setting: {detail}.',
  'link.unreadable':
    'This link cannot be opened now: the part of the lab that reads links did not load (are you offline?). Reload the page to try again.',
  'status.running': 'Simulating…',
  'status.ready': 'Simulated {events} events in {ms} ms',
  'status.readyPrecomputed': '{events} events',
  'update.ready': 'A new version of Handshake Lab is ready.',
  'update.reload': 'Reload to update',
  'update.later': 'Later',

  'language.accessibleName': 'Language / 语言',
  'scenario.loadFailed':
    'That scenario could not be loaded (are you offline?); the lab keeps the one on screen.',
  'language.loadFailed':
    'The other language could not be loaded (are you offline?); the page stays in this one.',
  'capture.open': 'Open a capture…',
  'capture.caption': '{file}: states inferred from the captured segments',
  'capture.inferred': 'inferred',
  'capture.scenarioOption': 'Capture: {file}',
  'capture.simOnly':
    'Faults, comparison and pcap export apply to simulated scenarios: go back to the simulation to use them.',

  'shortcuts.togglePlay': 'Play or pause',
  'shortcuts.fullscreen': 'Full screen on or off',
  'shortcuts.exitPresenter': 'Leave presenter mode',
  'shortcuts.help': 'Show or hide this list',
  'shortcuts.title': 'Keyboard shortcuts',
  'present.tools': 'Presenting',
  'present.presenterMode': 'Presenter mode',
  'present.fullscreen': 'Full screen',
  'present.exitFullscreen': 'Exit full screen',
  'present.openInLab': 'Open in Handshake Lab',
  'present.openInLabHint': '(opens in a new tab)',
  'predict.toggle': 'Predict mode',

  // ── glossary (src/features/glossary) ──
  'glossary.title': 'Terms used here',
} as const;

export type MessageKey = keyof typeof en;
/** A catalogue for another language: the same keys, any wording. */
export type Catalogue = Record<MessageKey, string>;
