/** How long after the last press, wheel turn or key the user counts as still at work, in ms. */
const quietMs = 300;

let pressed = 0;
let lastInput = Number.NEGATIVE_INFINITY;
let listening = false;

/** Follows the user's input on the whole page: buttons held, and when the last input came. */
function listen(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  const touch = () => {
    lastInput = performance.now();
  };
  const options = { capture: true, passive: true } as const;
  window.addEventListener(
    'pointerdown',
    () => {
      pressed++;
      touch();
    },
    options,
  );
  const release = () => {
    pressed = Math.max(0, pressed - 1);
    touch();
  };
  window.addEventListener('pointerup', release, options);
  window.addEventListener('pointercancel', release, options);
  // A button let go outside the window is never heard: a move with no button held says so.
  window.addEventListener(
    'pointermove',
    (event) => {
      if (event.buttons === 0) pressed = 0;
      else touch();
    },
    options,
  );
  window.addEventListener('wheel', touch, options);
  window.addEventListener('keydown', touch, options);
  window.addEventListener('blur', () => {
    pressed = 0;
  });
}

/** Whether the user is in the middle of something: a button held (a pan, a drag) or input a moment ago. */
export function userBusy(): boolean {
  listen();
  return pressed > 0 || performance.now() - lastInput < quietMs;
}

/**
 * Runs `task` once the user is not panning, dragging or typing, in a moment the browser has nothing else to do:
 * background work (autosave, the version history) must never drop a frame of a pan. After `maxWaitMs` it runs
 * anyway, so a long drag cannot hold off an autosave for ever. Returns the function that cancels it.
 *
 * @param maxWaitMs - the longest it waits for the user, in ms. @default 5000
 */
export function runWhenIdle(task: () => void, { maxWaitMs = 5000 } = {}): () => void {
  listen();
  const start = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let done = false;
  const attempt = () => {
    timer = undefined;
    if (userBusy() && performance.now() - start < maxWaitMs) {
      timer = setTimeout(attempt, quietMs / 2);
      return;
    }
    const run = () => {
      idle = undefined;
      if (done) return;
      // The user may have started a pan while the browser waited for an idle moment.
      if (userBusy() && performance.now() - start < maxWaitMs) {
        timer = setTimeout(attempt, quietMs / 2);
        return;
      }
      done = true;
      task();
    };
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 1000 });
    else timer = setTimeout(run, 0);
  };
  attempt();
  return () => {
    done = true;
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
