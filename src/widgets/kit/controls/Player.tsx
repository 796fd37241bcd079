/**
 * Play / pause / step through frames 0 … frames−1 with a scrubber and a speed
 * choice. Never autoplays. With prefers-reduced-motion, Play jumps to the
 * last frame instead of animating.
 */
import type { JSX } from 'preact';
import { useContext, useEffect, useId, useRef, useState } from 'preact/hooks';
import { KitContext } from '../context';
import { usePrefersReducedMotion } from '../usePrefersReducedMotion';

export interface PlayerProps {
  /** What is being played, e.g. "Descent". */
  readonly label: string;
  readonly frame: number;
  readonly frames: number;
  onFrame(frame: number): void;
  /** Frames per second at speed 1 (default 4). */
  readonly fps?: number;
  readonly speeds?: readonly number[];
}

export function Player(p: PlayerProps): JSX.Element {
  const { hydrated } = useContext(KitContext);
  const reduce = usePrefersReducedMotion();
  const uid = useId();
  const [playing, setPlaying] = useState(false);
  const speeds = p.speeds ?? [0.5, 1, 2, 4];
  const [speed, setSpeed] = useState(1);
  const last = Math.max(0, p.frames - 1);
  const frame = Math.min(last, Math.max(0, Math.round(p.frame)));
  const live = useRef({ frame, onFrame: p.onFrame });
  live.current = { frame, onFrame: p.onFrame };

  useEffect(() => {
    if (!playing) return;
    // From the current frame; from the start again when at the end.
    const from = live.current.frame >= last ? 0 : live.current.frame;
    if (from !== live.current.frame) live.current.onFrame(from);
    const fps = p.fps ?? 4;
    let id = 0;
    let t0: number | null = null;
    const tick = (t: number): void => {
      t0 ??= t;
      const f = Math.min(last, from + Math.floor(((t - t0) / 1000) * fps * speed));
      if (f !== live.current.frame) live.current.onFrame(f);
      if (f >= last) {
        setPlaying(false);
        return;
      }
      id = requestAnimationFrame(tick);
    };
    id = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(id);
  }, [playing, speed, last, p.fps]);

  const play = (): void => {
    if (playing) return setPlaying(false);
    if (reduce) return p.onFrame(last);
    setPlaying(true);
  };
  const step = (d: number): void => {
    setPlaying(false);
    p.onFrame(Math.min(last, Math.max(0, frame + d)));
  };

  return (
    <div class="kit-player" role="group" aria-label={p.label}>
      <button type="button" class="kit-button" disabled={!hydrated || frame <= 0} onClick={() => step(-1)} aria-label="Step back">
        ◀︎
      </button>
      <button type="button" class="kit-button kit-play" disabled={!hydrated} onClick={play} aria-pressed={playing}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" class="kit-button" disabled={!hydrated || frame >= last} onClick={() => step(1)} aria-label="Step forward">
        ▶︎
      </button>
      <label for={`${uid}-f`} class="kit-sr-only">
        {p.label}: frame
      </label>
      <input
        id={`${uid}-f`}
        type="range"
        min={0}
        max={last}
        step={1}
        value={frame}
        aria-valuetext={`step ${frame} of ${last}`}
        disabled={!hydrated}
        onInput={(e) => {
          setPlaying(false);
          p.onFrame(Number(e.currentTarget.value));
        }}
      />
      <span class="kit-frame" aria-hidden="true">
        {frame} / {last}
      </span>
      <label for={`${uid}-s`}>Speed</label>
      <select id={`${uid}-s`} value={String(speed)} disabled={!hydrated} onChange={(e) => setSpeed(Number(e.currentTarget.value) || 1)}>
        {speeds.map((s) => (
          <option key={s} value={String(s)}>
            {s}×
          </option>
        ))}
      </select>
    </div>
  );
}
