// English strings of the profile comparison's table of differences ("What differs"), loaded
// with that table, not with the first frame. The rest of the comparison (its switches and
// verdicts) is in the first frame's catalogue. Another language implements DiffCatalogue.

export const diffMessagesEn = {
  'diff.title': 'What differs',
  'diff.none': 'Both runs are the same: nothing in this scenario depends on the profile.',
  'diff.firstSegment': 'First different segment',
  'diff.schedule': '{flags} from the {host} sent at',
  'diff.call': '{call} on the {host}',
  'diff.timeWait': 'TIME-WAIT on the {host} lasts',
  'diff.segment': '{flags} at {time} s',
  'diff.segmentRetransmitted': '{flags} (retransmission) at {time} s',
  'diff.nothingSent': 'nothing more sent',
  'diff.times': '{times} s',
  'diff.never': 'never',
  'diff.outcomeOk': 'succeeded at {time} s',
  'diff.outcome': '{result} at {time} s',
  'diff.show': 'Show',
  'diff.showLabel': 'Show the first different segment',
} as const;

export type DiffMessageKey = keyof typeof diffMessagesEn;
export type DiffCatalogue = Record<DiffMessageKey, string>;
