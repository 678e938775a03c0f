/**
 * Runs `fn` in a task after the next frame, so what the current task changed is painted first
 * (and its style and layout are computed by that frame, not forced by `fn`). A hidden tab paints
 * no frames: `fn` then waits until the tab is shown, which suits its caller (what a click of the
 * visitor's grants, boot.ts).
 */
export const afterPaint = (fn: () => void): void => void requestAnimationFrame(() => setTimeout(fn));
