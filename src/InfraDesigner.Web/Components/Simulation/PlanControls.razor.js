// Plays a DRS plan on the canvas, in the browser: each migration, in the plan's order, moves a copy of the VM from
// where it runs into its new host's frame (under the VMs it already runs); the VM it left stays faded
// (data-plan-left) until the step is taken back. The moves come from .NET once per plan; no round trip per frame.
import { showPosition } from '../Playback/PlayerControls.razor.js';

const BASE_MS = 900;
const GAP = 8;
const SVG = 'http://www.w3.org/2000/svg';
const state = { moves: [], done: 0, speed: 1, playing: false, frame: 0, leg: null };

export function load(moves) {
  reset();
  state.moves = moves;
  controls();
}

export function clear() { load([]); }

export function play() {
  if (!state.moves.length) return;
  if (state.done >= state.moves.length) reset();
  state.playing = true;
  controls();
  advance();
}

export function pause() { stop(); controls(); }

/** One migration forward (+1, the VM travels) or back (-1, it returns at once). */
export function step(delta) {
  stop();
  if (delta > 0 && state.done < state.moves.length) travel(() => controls());
  else if (delta < 0 && state.done > 0) undo();
  controls();
}

export function setSpeed(speed) { state.speed = speed > 0 ? speed : 1; }

function advance() {
  if (!state.playing) return;
  if (state.done >= state.moves.length) { stop(); controls(); return; }
  travel(() => { controls(); state.frame = requestAnimationFrame(() => setTimeout(advance, 300 / state.speed)); });
}

/** Ends playing; a VM still travelling lands at once. */
function stop() {
  state.playing = false;
  cancelAnimationFrame(state.frame);
  if (state.leg) { place(state.leg.ghost, state.leg.to); state.leg = null; }
}

function reset() {
  stop();
  document.querySelectorAll('.dg-marker-layer [data-plan-step]').forEach(e => e.remove());
  document.querySelectorAll('[data-plan-left]').forEach(e => e.removeAttribute('data-plan-left'));
  state.done = 0;
}

function undo() {
  state.done--;
  const move = state.moves[state.done];
  document.querySelectorAll(`.dg-marker-layer [data-plan-step="${state.done}"]`).forEach(e => e.remove());
  nodeOf(move.vm)?.removeAttribute('data-plan-left');
}

/** Moves the next migration's VM from its host into the new host's frame, then calls done. */
function travel(done) {
  const index = state.done++;
  const move = state.moves[index];
  const vm = nodeOf(move.vm);
  const layer = document.querySelector('.dg-marker-layer');
  const size = vm ? boxOf(vm) : { x: 0, y: 0, width: 160, height: 44 };
  const to = landing(index, size);
  if (!layer || !to) { done(); return; }
  const ghost = ghostOf(move, index, size);
  if (to.grow) layer.appendChild(growFrame(index, to.grow));
  layer.appendChild(ghost);
  vm?.setAttribute('data-plan-left', 'true');
  const from = vm ? { x: size.x, y: size.y } : to;
  const started = performance.now();
  const duration = BASE_MS / state.speed;
  state.leg = { ghost, to };
  const frame = now => {
    const t = Math.min(1, (now - started) / duration);
    const eased = t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
    place(ghost, { x: from.x + (to.x - from.x) * eased, y: from.y + (to.y - from.y) * eased });
    if (t < 1) state.frame = requestAnimationFrame(frame);
    else { state.leg = null; done(); }
  };
  place(ghost, from);
  state.frame = requestAnimationFrame(frame);
}

/**
 * Where the index-th migration's VM lands: in its slot of the rows under what the new host already runs. A row that
 * would cross the frame's bottom edge is drawn with the frame grown around it (a dashed extension, plan-frame-grow).
 */
function landing(index, size) {
  const move = state.moves[index];
  const frame = nodeOf(move.to);
  if (!frame) return null;
  const box = boxOf(frame);
  const inside = [...document.querySelectorAll(`.dg-node[data-parents~="${CSS.escape(move.to)}"]`)].map(boxOf);
  const top = Math.max(box.y + 32, ...inside.map(b => b.y + b.height + GAP));
  const slot = state.moves.slice(0, index).filter(m => m.to === move.to).length;
  const columns = Math.max(1, Math.floor((box.width - GAP) / (size.width + GAP)));
  const at = {
    x: box.x + GAP + (slot % columns) * (size.width + GAP),
    y: top + Math.floor(slot / columns) * (size.height + GAP),
  };
  const bottom = at.y + size.height + GAP;
  if (bottom > box.y + box.height) at.grow = { x: box.x, y: box.y + box.height, width: box.width, height: bottom - box.y - box.height };
  return at;
}

function growFrame(index, grow) {
  const rect = document.createElementNS(SVG, 'rect');
  rect.setAttribute('class', 'plan-frame-grow');
  rect.dataset.planStep = String(index);
  Object.entries(grow).forEach(([k, v]) => rect.setAttribute(k, v));
  return rect;
}

function ghostOf(move, index, size) {
  const ghost = document.createElementNS(SVG, 'g');
  ghost.setAttribute('class', 'plan-ghost');
  ghost.dataset.planStep = String(index);
  ghost.dataset.planVm = move.vm;
  ghost.dataset.planTo = move.to;
  const rect = document.createElementNS(SVG, 'rect');
  Object.entries({ width: size.width, height: size.height, rx: 6 }).forEach(([k, v]) => rect.setAttribute(k, v));
  const label = document.createElementNS(SVG, 'text');
  Object.entries({ x: 12, y: size.height / 2 + 4 }).forEach(([k, v]) => label.setAttribute(k, v));
  label.textContent = `${index + 1}. ${move.vm}`;
  ghost.append(rect, label);
  return ghost;
}

function place(ghost, at) { ghost.setAttribute('transform', `translate(${at.x} ${at.y})`); }

function nodeOf(id) { return document.querySelector(`.dg-node[data-node-id="${CSS.escape(id)}"]`); }

function boxOf(node) {
  const [x, y, width, height] = ['left', 'top', 'width', 'height'].map(p => parseFloat(node.style[p]));
  return { x, y, width, height };
}

/** Updates the play/pause state and the position text of the plan's controls. */
function controls() {
  for (const panel of document.querySelectorAll('[data-player="plan"]')) {
    panel.dataset.playing = state.playing ? 'true' : 'false';
    const last = state.moves[state.done - 1];
    if (!state.moves.length) showPosition(panel, null);
    else if (last) showPosition(panel, [state.done, state.moves.length, last.vm, last.from, last.to]);
    else showPosition(panel, [state.moves.length], true);
  }
}
