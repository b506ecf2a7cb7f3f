/** Space kept between the list and the edge of the window. */
const MARGIN = 8;
/** The tallest the list grows before it scrolls. */
const MAX_HEIGHT = 320;

/**
 * Places a listbox shown in the top layer (a popover) against its box: below it where it fits,
 * else above, as wide as the box, never past the window's edges. Top-layer placement means the
 * block's or the embed's overflow never clips it, while it stays in the app's shadow root (the
 * app's theme and css= still reach it).
 */
export function placeListbox(list: HTMLElement, anchor: HTMLElement): void {
  const box = anchor.getBoundingClientRect();
  const viewport = window.visualViewport;
  const height = viewport?.height ?? window.innerHeight;
  const width = viewport?.width ?? window.innerWidth;
  const below = height - box.bottom - MARGIN;
  const above = box.top - MARGIN;
  const wanted = Math.min(list.scrollHeight, MAX_HEIGHT);
  const downwards = below >= wanted || below >= above;
  const room = Math.max(0, Math.min(MAX_HEIGHT, downwards ? below : above) - 2);
  const style = list.style;
  style.maxHeight = `${room}px`;
  style.minWidth = `${box.width}px`;
  style.maxWidth = `${Math.max(box.width, width - box.left - MARGIN)}px`;
  style.left = `${box.left}px`;
  if (downwards) {
    style.top = `${box.bottom + 2}px`;
    style.bottom = 'auto';
  } else {
    style.top = 'auto';
    style.bottom = `${height - box.top + 2}px`;
  }
  list.dataset.side = downwards ? 'below' : 'above';
}

/** Scrolls the list (only the list, never the page) so that the option is in view. */
export function scrollOptionIntoView(list: HTMLElement, option: HTMLElement): void {
  const top = option.offsetTop;
  const bottom = top + option.offsetHeight;
  if (top < list.scrollTop) list.scrollTop = top;
  else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
}
