// The "Open a capture" panel (loaded on demand): a labelled file input inside a drop zone,
// what went wrong (role="alert"), the capture's TCP conversations as a radio list, and the
// way back to the simulation. Files go to openCaptureFile; the worker does the parsing.
import { useId, useState, type DragEvent } from 'react';
import { seconds, useTranslations } from '../../app/i18n/i18n.tsx';
import {
  CAPTURE_FILE_LIMIT_BYTES,
  CAPTURE_PACKET_LIMIT,
  type ConversationSummary,
} from '../../protocol/capture-messages.ts';
import { useLab, useLabStore } from '../../state/LabProvider.tsx';
import { sayCaptureProblem } from '../capture-problems/say-problem.ts';
import { chooseConversation, openCaptureFile } from './open-capture.ts';
import { useCaptureT, type CaptureTranslate } from './use-capture-t.ts';
import { CAPTURE_CSS } from './capture-styles.ts';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

export default function CapturePanel({ onClose }: { onClose?: () => void }) {
  const t = useCaptureT();
  const translations = useTranslations();
  const store = useLabStore();
  const capture = useLab((s) => s.capture);
  const status = useLab((s) => s.captureImport);
  const { leaveCapture, dismissCaptureError } = useLab((s) => s.actions);
  const inputId = useId();
  const headingId = useId();
  const listName = useId();
  const [dragging, setDragging] = useState(false);

  const open = (file: File | null | undefined): void => {
    if (file) void openCaptureFile(store, file);
  };
  // The panel handles its own drops (and keeps them from the page-wide handler).
  const onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.stopPropagation();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.stopPropagation();
    setDragging(false);
    open(e.dataTransfer.files[0]);
  };

  return (
    <section className="panel capture-panel" aria-labelledby={headingId}>
      <style href="handshake-lab-capture-panel" precedence="default">
        {CAPTURE_CSS}
      </style>
      <div className="capture-panel-head">
        <h2 id={headingId}>{t('capture.title')}</h2>
        {onClose && !capture && (
          <button
            type="button"
            className="capture-close"
            onClick={() => {
              dismissCaptureError();
              onClose();
            }}
            aria-label={t('capture.close')}
          >
            ×
          </button>
        )}
      </div>
      <div
        className={dragging ? 'capture-drop is-dragging' : 'capture-drop'}
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId}>{t('capture.fileLabel')}</label>
        <input
          id={inputId}
          type="file"
          accept=".pcap,.pcapng,.cap,.dmp,application/vnd.tcpdump.pcap"
          onChange={(e) => {
            open(e.currentTarget.files?.[0]);
            // The same file chosen again (after fixing it, say) must fire a change again.
            e.currentTarget.value = '';
          }}
        />
        <p className="muted">{t('capture.dropHint')}</p>
      </div>
      <p className="muted capture-small">
        {t('capture.limits', {
          mb: CAPTURE_FILE_LIMIT_BYTES / (1024 * 1024),
          packets: CAPTURE_PACKET_LIMIT.toLocaleString('en'),
        })}
      </p>
      {status.status === 'reading' && (
        <p role="status">{t('capture.reading', { file: status.fileName ?? '' })}</p>
      )}
      {status.status === 'error' && status.problem !== null && (
        <div role="alert" className="capture-alert">
          <p>
            {status.fileName
              ? t('capture.error', {
                  file: status.fileName,
                  message: sayCaptureProblem(status.problem, translations),
                })
              : t('capture.errorNoFile', {
                  message: sayCaptureProblem(status.problem, translations),
                })}
          </p>
          <button type="button" onClick={dismissCaptureError}>
            {t('capture.dismiss')}
          </button>
        </div>
      )}
      {capture && (
        <>
          <p className="capture-file">
            {t('capture.opened', {
              file: capture.fileName,
              format: capture.format,
              packets: capture.packetCount,
            })}
          </p>
          <fieldset className="capture-conversations">
            <legend>{t('capture.conversations')}</legend>
            {capture.conversations.map((c) => (
              <ConversationOption
                key={c.id}
                c={c}
                name={listName}
                checked={c.id === capture.chosen}
                onChoose={() => void chooseConversation(store, c.id)}
                t={t}
              />
            ))}
          </fieldset>
          {capture.trace.segments.length < capture.trace.totalSegments && (
            <p className="muted">
              {t('capture.shownFirst', {
                shown: capture.trace.segments.length,
                total: capture.trace.totalSegments,
              })}
            </p>
          )}
          {capture.warnings.length > 0 && (
            <details>
              <summary>{t('capture.warnings')}</summary>
              <ul>
                {capture.warnings.map((w, i) => (
                  <li key={i}>{sayCaptureProblem(w, translations)}</li>
                ))}
              </ul>
            </details>
          )}
          <p className="muted capture-small">{t('capture.inferredNote')}</p>
        </>
      )}
      <p className="muted capture-small">{t('capture.linkNote')}</p>
      {capture && (
        <button type="button" className="capture-back" onClick={leaveCapture}>
          {t('capture.back')}
        </button>
      )}
    </section>
  );
}

function ConversationOption({
  c,
  name,
  checked,
  onChoose,
  t,
}: {
  c: ConversationSummary;
  name: string;
  checked: boolean;
  onChoose: () => void;
  t: CaptureTranslate;
}) {
  return (
    <label className={checked ? 'capture-conversation is-chosen' : 'capture-conversation'}>
      <input type="radio" name={name} checked={checked} onChange={onChoose} />
      <span>
        <span className="capture-endpoints">
          {t('capture.conversation', { client: c.client, server: c.server })}
        </span>
        <span className="capture-facts">
          {t('capture.conversationFacts', {
            packets: c.packetCount,
            flags: c.firstFlags.length > 0 ? c.firstFlags.join(',') : t('capture.noFlags'),
            duration: seconds(c.durationMs),
          })}
          {c.handshakeSeen ? ` · ${t('capture.handshake')}` : ''}
        </span>
      </span>
    </label>
  );
}
