// Moves a packet marker hop by hop along the path drawn on the canvas, in the browser: no server round trip per
// frame. The stops come from .NET once per answer; the geometry is read from the drawn highlight segments
// ([data-segment] paths), so the packet follows the links as they are routed now. The current hop is marked with
// data-current on its canvas node and on its entries in the Ask tab's lists ([data-hop-key]).
import { showPosition } from '../Playback/PlayerControls.razor.js';

const BASE_MS = 700;
const state = { routes: [], path: 0, index: 0, speed: 1, playing: false, frame: 0, leg: null };

export function load(routes) {
  stop();
  Object.assign(state, { routes, path: 0, index: 0 });
  show();
  return current();
}

export function clear() {
  load([]);
  document.querySelectorAll('[data-current]').forEach(e => e.removeAttribute('data-current'));
}

export function selectPath(path) {
  if (!state.routes[path]) return current();
  stop();
  Object.assign(state, { path, index: 0 });
  show();
  return current();
}

export function play() {
  if (!route().length) return current();
  if (state.index >= route().length - 1) state.index = 0;
  state.playing = true;
  controls();
  advance();
  return current();
}

export function pause() { stop(); show(); return current(); }

/** One hop forward (+1) or back (-1); forward moves the packet along the link, back jumps. */
export function step(delta) {
  stop();
  const target = Math.max(0, Math.min(route().length - 1, state.index + delta));
  if (delta > 0 && target !== state.index) travel(target, () => show());
  else { state.index = target; show(); }
  return key(target);
}

/** Puts the packet at the hop with this list key ("0:2", "0:r1"), on its path. */
export function seek(hopKey) {
  const path = state.routes.findIndex(r => r.some(h => h.key === hopKey));
  if (path < 0) return current();
  stop();
  Object.assign(state, { path, index: state.routes[path].findIndex(h => h.key === hopKey) });
  show();
  return current();
}

export function setSpeed(speed) { state.speed = speed > 0 ? speed : 1; }

function route() { return state.routes[state.path] ?? []; }
function key(index) { return route()[index]?.key ?? null; }
function current() { return key(state.index); }

function stop() {
  state.playing = false;
  cancelAnimationFrame(state.frame);
  state.leg = null;
  controls();
}

function advance() {
  if (!state.playing) return;
  if (state.index >= route().length - 1) { stop(); return; }
  travel(state.index + 1, () => { show(); state.frame = requestAnimationFrame(() => setTimeout(advance, 250 / state.speed)); });
}

/** Animates the marker along the segment into hop `target`, then calls done. */
function travel(target, done) {
  const hop = route()[target];
  const line = segmentLine(hop.segment);
  state.index = target;
  if (!line) { done(); return; }
  const length = line.getTotalLength();
  const started = performance.now();
  const duration = BASE_MS / state.speed;
  const frame = now => {
    const t = Math.min(1, (now - started) / duration);
    const p = line.getPointAtLength(length * t);
    place(p.x, p.y);
    if (t < 1) state.frame = requestAnimationFrame(frame);
    else done();
  };
  state.frame = requestAnimationFrame(frame);
}

function segmentLine(id) {
  return id ? document.querySelector(`.dg-highlight-layer [data-segment="${CSS.escape(id)}"] .dg-hl-line`) : null;
}

/** Where the packet rests at a hop: the end of the link it came in on, or for the first hop the start of the next one. */
function restingPoint(index) {
  const hops = route();
  const incoming = segmentLine(hops[index]?.segment);
  if (incoming) return incoming.getPointAtLength(incoming.getTotalLength());
  const outgoing = segmentLine(hops[index + 1]?.segment);
  if (outgoing) return outgoing.getPointAtLength(0);
  if (hops.length > 1) return null;
  const node = document.querySelector(`.dg-node[data-node-id="${CSS.escape(hops[index]?.node ?? '')}"]`);
  if (!node) return null;
  return { x: parseFloat(node.style.left) + parseFloat(node.style.width) / 2, y: parseFloat(node.style.top) + parseFloat(node.style.height) / 2 };
}

function marker() {
  const layer = document.querySelector('.dg-marker-layer');
  if (!layer) return null;
  let dot = layer.querySelector('.packet-marker');
  if (!dot) {
    dot = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
    dot.setAttribute('class', 'packet-marker');
    dot.setAttribute('r', '7');
    layer.appendChild(dot);
  }
  return dot;
}

function place(x, y) {
  const dot = marker();
  if (!dot) return;
  dot.setAttribute('cx', x);
  dot.setAttribute('cy', y);
  dot.style.display = '';
}

/**
 * Draws the current hop: the marker at rest, data-current on its node and list entries, the position text. The canvas
 * and the Ask tab may not have drawn the new answer yet: what is missing is looked for again on the next frames.
 */
function show(retries = 30) {
  const hop = route()[state.index];
  document.querySelectorAll('[data-current]').forEach(e => e.removeAttribute('data-current'));
  const drawn = controls();
  if (!hop) { const dot = marker(); if (dot) dot.style.display = 'none'; return; }
  const listed = document.querySelectorAll(`[data-hop-key="${hop.key}"]`);
  listed.forEach(e => e.setAttribute('data-current', 'true'));
  listed[0]?.scrollIntoView({ block: 'nearest' });
  document.querySelector(`.dg-node[data-node-id="${CSS.escape(hop.node)}"]`)?.setAttribute('data-current', 'true');
  const at = restingPoint(state.index);
  if (at) place(at.x, at.y);
  if ((!at || !listed.length || !drawn) && retries > 0 && !state.playing) state.frame = requestAnimationFrame(() => show(retries - 1));
}

/** Shows the current hop again (the Ask tab was opened again and drew its lists anew). */
export function refresh() { if (!state.playing) show(); }

/** Updates the play/pause state and the position text of the controls; false when none are on the page. */
function controls() {
  const hops = route();
  const panels = document.querySelectorAll('[data-player="packet"]');
  for (const panel of panels) {
    panel.dataset.playing = state.playing ? 'true' : 'false';
    showPosition(panel, hops.length ? [state.index + 1, hops.length, hops[state.index].node] : null);
  }
  return panels.length > 0;
}
