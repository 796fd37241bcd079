/**
 * The root of every widget and its chrome: title, URL notes, the figures and
 * controls (children), live summary, toolbar (reset, copy link, downloads)
 * and the data table.
 */
import { Component, type ComponentChildren, type JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { KitContext, summaryId } from './context';
import { problemText } from './problem';
import { toCsv, type TableData } from './csv';
import { DataTable } from './DataTable';
import { download } from './download';
import { KEPT_HTML, keptChildren } from './keptHtml';
import { figuresToSvg } from './svgExport';
import { swapTurn, taskAfterTurn } from './swapTurns';
import type { UrlState } from './useUrlState';
import './kit.css';

export interface WidgetProps {
  /** Widget id (docs/conventions.md): DOM id, data-widget, URL key. */
  readonly id: string;
  readonly title: string;
  /**
   * Level of the title's heading: 3 (the default) under a chapter's h2 sections; 2 for a
   * widget right under a page's h1 (the playground), so headings never skip a level.
   */
  readonly headingLevel?: 2 | 3;
  readonly url: UrlState<object>;
  /**
   * What the figure shows now, in one or two sentences (announced politely). null: not known
   * yet (a worker computes what it says) — the server's summary stays, which describes the
   * static figure still on screen.
   */
  readonly summary: string | null;
  /**
   * The data table (also the CSV download). Called during the build (the static HTML has the
   * default table), and on the page only while the table is open or when the CSV is
   * downloaded: until the table is first opened, the server's stays, its rows not hydrated
   * (hundreds of rows on some widgets). null: not known yet (a worker computes it).
   */
  readonly table: () => TableData | null;
  /** File name stem for downloads (defaults to the id). */
  readonly downloadName?: string;
  /**
   * Work for the figure is still under way (a worker task's `pending`): the root carries
   * `data-kit-pending` until it is done, so tests and tools can wait for the settled view.
   */
  readonly pending?: boolean;
  readonly children?: ComponentChildren;
}

/**
 * Once hydrated, the widget's body gets the height of its content (kept up to
 * date by a ResizeObserver) and `contain: size layout`. That makes it a
 * relayout boundary: a redraw inside re-lays out the widget, not the whole
 * chapter around it (measured: half the layout time of a redraw, ~1 ms a
 * frame on a chapter page). Without JavaScript, and in print, nothing is
 * contained. While the widget's work is under way (`pending`) the body does not shrink: the text
 * of a run in progress is often shorter than its result's (network-landscape's row, caption and
 * summary: 111 px at 412 px), and the page below moved up when training started and down when it
 * ended, a second or more after the click. It takes its content's height when the work is done.
 */
function useContainedBody(
  body: { current: HTMLDivElement | null },
  content: { current: HTMLDivElement | null },
  pending: boolean,
): void {
  const held = useRef(pending);
  held.current = pending;
  const refit = useRef<() => void>(() => {});
  useLayoutEffect(() => {
    const b = body.current;
    const c = content.current;
    if (!b || !c || typeof ResizeObserver !== 'function') return;
    // The content's own height, unrounded: rounded up, it moved the rest of the page by up to 1 px.
    let shown = 0;
    const fit = (h: number): void => {
      shown = h;
      b.style.height = `${h}px`;
      b.dataset.contained = '';
    };
    // The observer's first report (after the frame's layout) sizes and contains the body: asking
    // for the height now would force a layout of the whole page inside the hydration task. It does
    // so in a frame of its own (a swapTurn, in turn with the figures' first drawings): in the frame
    // that laid out the hydration, containing the body meant a second layout and pre-paint of the
    // widget, 8–15 ms of a 45–55 ms frame at 4× CPU. Until then nothing is contained, as without
    // JavaScript; once contained, each report fits the body at once, before the frame paints.
    let height = 0;
    let contained = false;
    let cancel: (() => void) | undefined;
    const report = (): void => {
      if (!(held.current && height < shown)) fit(height);
    };
    const ro = new ResizeObserver((entries) => {
      const box = entries[0]?.borderBoxSize?.[0];
      height = box ? box.blockSize : c.getBoundingClientRect().height;
      if (contained) report();
      else
        cancel ??= swapTurn(() => {
          contained = true;
          fit(height);
        });
    });
    ro.observe(c);
    // Observed anew, the content is reported after the next layout, even if its height is the same.
    refit.current = () => {
      ro.unobserve(c);
      ro.observe(c);
    };
    return () => {
      cancel?.();
      ro.disconnect();
      delete b.dataset.contained;
      b.style.height = '';
    };
  }, [body, content]);
  // Done: the body takes the content's height, even one that did not change (no report would come).
  useLayoutEffect(() => {
    if (!pending) refit.current();
  }, [pending]);
}

/**
 * Catches an error thrown while rendering the widget's figures and controls:
 * the widget shows what went wrong (see problem.ts) instead of breaking the
 * page, and renders its children again once the state changes.
 */
class ErrorBoundary extends Component<
  { resetKey: string; onError(error: unknown): void; children?: ComponentChildren },
  { failedAt: string | null }
> {
  override state = { failedAt: null as string | null };
  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
    this.setState({ failedAt: this.props.resetKey });
  }
  override render(): ComponentChildren {
    return this.state.failedAt !== null && this.state.failedAt === this.props.resetKey ? null : this.props.children;
  }
}

export function Widget(props: WidgetProps): JSX.Element {
  const { id, url } = props;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const ref = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const [hydrated, setHydrated] = useState(false);
  const [status, setStatus] = useState('');
  const [manualLink, setManualLink] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The table is only built while its <details> is open (a closed table would still cost
  // its rows and DOM updates on every input); the static HTML has the default table, and the
  // page keeps it (null) until the table is first opened: hydrating its rows was a large part
  // of hydrating a widget.
  const [tableOpen, setTableOpen] = useState(false);
  const shownTable = useRef<TableData | null>(null);
  if (tableOpen || import.meta.env.SSR) shownTable.current = props.table();
  // The summary the server rendered stays while the widget cannot say what it shows, and
  // while what it says is the same text (no needless announcement of the same words).
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const keptSummary = useRef(true);
  keptSummary.current &&= props.summary === null || summaryRef.current?.textContent === props.summary;
  // The controls are enabled (the widget hydrated) in a task right after a frame of its own, after
  // the body's containing turn (turns go in order), and are styled and laid out in that task: once
  // Preact's render (a microtask) has run, with the renders of the context's consumers (the kit's
  // controls), which come after the Widget's own commit. Enabled in the first task after the first
  // frame, as before, the next frame restyled the controls and laid out the whole page (the body
  // not yet contained): 15–18 ms of frames of 50–54 ms at 4× CPU (docs/benchmarks.md, Hydration,
  // session 31).
  useEffect(
    () =>
      taskAfterTurn(() => {
        setHydrated(true);
        queueMicrotask(() => void content.current?.offsetHeight);
      }),
    [],
  );
  // Set on the element itself, not as a JSX attribute: the first render on the page is a
  // hydration, which leaves the server's attributes alone, and the server's figure is never
  // pending while the page's first one (its worker result not yet in) is.
  const pending = props.pending === true;
  useLayoutEffect(() => {
    ref.current?.toggleAttribute('data-kit-pending', pending);
  }, [pending]);
  useContainedBody(body, content, pending);
  // Never leave the summary busy if a gesture's end went elsewhere.
  useEffect(() => {
    if (!busy) return;
    const off = (): void => setBusy(false);
    window.addEventListener('pointerup', off, true);
    window.addEventListener('pointercancel', off, true);
    return () => {
      window.removeEventListener('pointerup', off, true);
      window.removeEventListener('pointercancel', off, true);
    };
  }, [busy]);
  const report = url.report;
  const ctx = useMemo(
    () => ({ id, hydrated, setBusy, reportError: (e: unknown) => report(problemText(e)) }),
    [id, hydrated, report],
  );
  const name = props.downloadName ?? id;
  const off = !hydrated;

  const copy = async (): Promise<void> => {
    const link = url.link();
    try {
      await navigator.clipboard.writeText(link);
      setManualLink(null);
      setStatus('Link copied.');
    } catch {
      setManualLink(link);
      setStatus('Copy the link below.');
    }
  };

  return (
    <KitContext.Provider value={ctx}>
      <section
        ref={ref}
        class="widget"
        id={id}
        data-widget={id}
        aria-labelledby={`${id}-title`}
        data-hydrated={hydrated ? '' : undefined}
      >
        <div class="kit-body" ref={body}>
          <div class="kit-content" ref={content}>
            <Heading class="kit-title" id={`${id}-title`}>
              {props.title}
            </Heading>
            {url.notes.length > 0 && (
              <div class="kit-notes" data-kit="notes" role="status" data-pagefind-ignore="">
                <p>Some settings in the link could not be used as given:</p>
                <ul>
                  {url.notes.map((n, i) => (
                    <li key={i}>{n}</li>
                  ))}
                </ul>
                <button type="button" class="kit-button" onClick={url.dismissNotes}>
                  Dismiss
                </button>
              </div>
            )}
            {url.problem !== null && (
              <p class="kit-problem" data-kit="problem" role="alert" data-pagefind-ignore="">
                {url.problem}
              </p>
            )}
            <ErrorBoundary resetKey={url.serialized} onError={ctx.reportError}>
              {props.children}
            </ErrorBoundary>
            <p
              ref={summaryRef}
              class="kit-summary"
              id={summaryId(id)}
              data-kit="summary"
              aria-live="polite"
              aria-atomic="true"
              aria-busy={busy ? 'true' : undefined}
              {...keptChildren(keptSummary.current, props.summary)}
            />
            <div class="kit-toolbar" data-pagefind-ignore="">
              <button type="button" class="kit-button" data-kit="reset" disabled={off} onClick={url.reset}>
                Reset
              </button>
              <button type="button" class="kit-button" data-kit="copy-link" disabled={off} onClick={() => void copy()}>
                Copy link to this view
              </button>
              <button
                type="button"
                class="kit-button"
                data-kit="download-csv"
                disabled={off}
                onClick={() => {
                  const t = props.table();
                  if (t !== null) download(`${name}.csv`, 'text/csv;charset=utf-8', toCsv(t));
                }}
              >
                Download CSV
              </button>
              <button
                type="button"
                class="kit-button"
                data-kit="download-svg"
                disabled={off}
                onClick={() =>
                  ref.current && download(`${name}.svg`, 'image/svg+xml', figuresToSvg(ref.current, props.title))
                }
              >
                Download SVG
              </button>
              <span class="kit-status" role="status">
                {status}
              </span>
              {manualLink !== null && (
                <input
                  class="kit-link"
                  type="text"
                  readOnly
                  value={manualLink}
                  aria-label="Link to this view"
                  onFocus={(e) => e.currentTarget.select()}
                />
              )}
            </div>
            <details
              class="kit-details"
              data-kit="table"
              data-pagefind-ignore=""
              onToggle={(e) => setTableOpen((e.currentTarget as HTMLDetailsElement).open)}
            >
              <summary>Data table</summary>
              {shownTable.current ? (
                <DataTable table={shownTable.current} />
              ) : (
                <div class="kit-table-wrap" dangerouslySetInnerHTML={KEPT_HTML} />
              )}
            </details>
          </div>
        </div>
      </section>
    </KitContext.Provider>
  );
}
