// The browser half of InfraDesigner.Diagrams. Drag, pan, zoom, box select and link drawing run
// here on the DOM the Razor components rendered; .NET hears of a gesture once, when it ends.
// Geometry that decides the final result (snapping, guides, hit tests) lives in C#; the preview
// here follows the same rules so the drop lands where the user saw it.

export function attach(root, dotnet, settings) {
  return new Canvas(root, dotnet, settings);
}

// Chromium draws no canvas larger than this many pixels a side (and about 268 million in all).
const MAX_CANVAS_SIDE = 16384;
const MAX_CANVAS_AREA = 16384 * 16384;

/** Renders an SVG string onto a canvas and downloads it as PNG; answers the scale drawn, smaller than asked when the picture would be too large. */
export async function downloadPng(svg, fileName, scale) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise((ok, fail) => { img.onload = ok; img.onerror = fail; img.src = url; });
    scale = Math.min(scale, MAX_CANVAS_SIDE / img.width, MAX_CANVAS_SIDE / img.height, Math.sqrt(MAX_CANVAS_AREA / (img.width * img.height)));
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(img.width * scale);
    canvas.height = Math.ceil(img.height * scale);
    const ctx = canvas.getContext('2d');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    const blob = await new Promise(ok => canvas.toBlob(ok, 'image/png'));
    save(blob, fileName);
    return scale;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadText(text, fileName, mimeType) {
  save(new Blob([text], { type: mimeType }), fileName);
}

function save(blob, fileName) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

const SVG = 'http://www.w3.org/2000/svg';
const CLICK_TOLERANCE = 3;
const SIZE_SETTLE_MS = 150;

class Canvas {
  constructor(root, dotnet, settings) {
    this.root = root;
    this.dotnet = dotnet;
    this.settings = settings;
    this.gesture = null;
    this.touches = new Map();
    this.spaceDown = false;
    this.wheelTimer = 0;
    this.sizeTimer = 0;
    this.sizeReported = false;
    this.lastSize = null;
    this.target = null;
    this.handlers = {
      pointerdown: e => this.down(e),
      pointermove: e => this.move(e),
      pointerup: e => this.up(e),
      pointercancel: e => this.cancel(e),
      wheel: e => this.wheel(e),
      keydown: e => this.key(e, true),
      keyup: e => this.key(e, false),
      contextmenu: e => this.contextMenu(e),
      dblclick: e => this.doubleClick(e),
    };
    for (const [name, fn] of Object.entries(this.handlers))
      root.addEventListener(name, fn, name === 'wheel' ? { passive: false } : undefined);
    this.resizeObserver = new ResizeObserver(() => this.sizeChanged());
    this.resizeObserver.observe(root);
    // Lets browser tests wait until gestures are listened to.
    root.dataset.dgReady = 'true';
  }

  update(settings) { this.settings = settings; }

  focus() { this.root.focus({ preventScroll: true }); }

  dispose() {
    for (const [name, fn] of Object.entries(this.handlers)) this.root.removeEventListener(name, fn);
    this.resizeObserver.disconnect();
    clearTimeout(this.wheelTimer);
    clearTimeout(this.sizeTimer);
    delete this.root.dataset.dgReady;
  }

  // ---- state read from what .NET rendered ----
  get world() { return this.root.querySelector('.dg-world'); }
  get overlay() { return this.root.querySelector('.dg-overlay'); }

  viewport() {
    const w = this.world.dataset;
    return { panX: +w.panX, panY: +w.panY, zoom: +w.zoom };
  }

  screen(e) {
    const r = this.root.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  toWorld(p, v = this.viewport()) { return { x: (p.x - v.panX) / v.zoom, y: (p.y - v.panY) / v.zoom }; }

  static rectOf(el) {
    const s = el.style;
    return { left: parseFloat(s.left), top: parseFloat(s.top), width: parseFloat(s.width), height: parseFloat(s.height) };
  }

  // ---- pointer gestures ----
  down(e) {
    if (e.button === 2 || e.target.closest('.dg-passthrough')) return;
    if (e.target.closest('input, textarea, select, [contenteditable]')) return;
    const start = this.screen(e);
    if (e.pointerType === 'touch') {
      this.touches.set(e.pointerId, start);
      if (this.touches.size === 2) { this.beginPinch(); return; }
    }
    const port = e.target.closest('[data-port-id]');
    const edge = e.target.closest('.dg-edge');
    const resize = e.target.closest('.dg-resize');
    const node = e.target.closest('[data-node-id]');
    const link = e.target.closest('[data-link-id]');
    const editable = !this.settings.readOnly;
    const movable = editable && node && node.dataset.locked !== 'true';
    const base = { start, pointerId: e.pointerId, toggle: e.shiftKey || e.ctrlKey || e.metaKey, moved: false, clickNode: node, link };
    if (e.button === 1 || this.spaceDown) this.gesture = { ...base, kind: 'pan', viewport: this.viewport(), panKey: true };
    else if (editable && port && node) this.gesture = { ...base, kind: 'connect', node, port };
    else if (editable && edge && node) this.gesture = { ...base, kind: 'connect', node, port: null };
    else if (resize && movable) this.gesture = { ...base, kind: 'resize', node, rect: Canvas.rectOf(node) };
    else if (movable) this.gesture = { ...base, kind: 'move', node };
    else if (link) this.gesture = { ...base, kind: 'link' };
    // Empty space, a locked node such as a background zone, or any node of a read-only drawing: pan or draw a selection box.
    else if (e.shiftKey !== this.settings.panOnEmptyDrag) this.gesture = { ...base, kind: 'pan', viewport: this.viewport() };
    else this.gesture = { ...base, kind: 'box', additive: e.ctrlKey || e.metaKey };
    this.root.setPointerCapture(e.pointerId);
    this.focus();
  }

  move(e) {
    const g = this.gesture;
    if (this.touches.has(e.pointerId)) this.touches.set(e.pointerId, this.screen(e));
    if (g?.kind === 'pinch') { this.pinch(g); return; }
    if (!g || e.pointerId !== g.pointerId) return;
    const p = this.screen(e);
    const dxs = p.x - g.start.x, dys = p.y - g.start.y;
    if (!g.moved && Math.hypot(dxs, dys) < CLICK_TOLERANCE) return;
    if (!g.moved) { g.moved = true; this.begin(g); }
    const zoom = this.viewport().zoom;
    switch (g.kind) {
      case 'pan': this.applyViewport({ ...g.viewport, panX: g.viewport.panX + dxs, panY: g.viewport.panY + dys }); break;
      case 'move': this.dragTo(g, dxs / zoom, dys / zoom); break;
      case 'resize': this.resizeTo(g, dxs / zoom, dys / zoom); break;
      case 'box': this.drawBox(g, p); break;
      case 'connect': this.drawConnection(g, p, e); break;
    }
  }

  async up(e) {
    const g = this.gesture;
    this.touches.delete(e.pointerId);
    if (g?.kind === 'pinch') {
      this.gesture = null;
      await this.send({ kind: 'viewport', ...this.viewport() });
      return;
    }
    if (!g || e.pointerId !== g.pointerId) return;
    this.gesture = null;
    this.clearOverlay();
    if (!g.moved) {
      const nodeId = g.clickNode?.dataset.nodeId ?? null;
      const linkId = nodeId ? null : g.link?.dataset.linkId ?? null;
      if (!g.panKey) await this.send({ kind: 'click', nodeId, linkId, toggle: g.toggle });
      return;
    }
    const p = this.screen(e);
    switch (g.kind) {
      case 'pan': await this.send({ kind: 'viewport', ...this.viewport() }); break;
      case 'move': {
        const accepted = await this.send({ kind: 'move', nodeId: g.node.dataset.nodeId, dx: g.dx, dy: g.dy });
        if (!accepted) this.restore(g);
        break;
      }
      case 'resize': {
        const accepted = await this.send({ kind: 'resize', nodeId: g.node.dataset.nodeId, width: g.width, height: g.height });
        if (!accepted) this.restore(g);
        break;
      }
      case 'box': {
        const a = this.toWorld(g.start), b = this.toWorld(p);
        await this.send({ kind: 'box', x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y), toggle: g.additive });
        break;
      }
      case 'connect': {
        const hit = document.elementFromPoint(e.clientX, e.clientY);
        const targetNode = hit?.closest('[data-node-id]');
        const targetPort = hit?.closest('[data-port-id]');
        const w = this.toWorld(p);
        await this.send({
          kind: 'connect', nodeId: g.node.dataset.nodeId, portId: g.port?.dataset.portId ?? null,
          targetNodeId: targetNode?.dataset.nodeId ?? null, targetPortId: targetPort?.dataset.portId ?? null, x: w.x, y: w.y,
        });
        break;
      }
    }
  }

  /** Right-click: the browser's own menu never shows over the canvas; the host hears where and on what. */
  contextMenu(e) {
    e.preventDefault();
    if (e.target.closest('.dg-passthrough, input, textarea, select')) return;
    const p = this.screen(e), w = this.toWorld(p);
    const nodeId = e.target.closest('[data-node-id]')?.dataset.nodeId ?? null;
    const linkId = nodeId ? null : e.target.closest('[data-link-id]')?.dataset.linkId ?? null;
    this.send({ kind: 'contextmenu', nodeId, linkId, x: w.x, y: w.y });
  }

  doubleClick(e) {
    // The pointer capture of the clicks before makes the canvas the event's target: look under the pointer.
    const hit = document.elementFromPoint(e.clientX, e.clientY);
    if (!hit || hit.closest('.dg-passthrough, input, textarea, select')) return;
    const nodeId = hit.closest('[data-node-id]')?.dataset.nodeId;
    if (nodeId) this.send({ kind: 'doubleclick', nodeId });
  }

  cancel(e) {
    const g = this.gesture;
    this.touches.delete(e.pointerId);
    if (!g || (e.pointerId !== g.pointerId && g.kind !== 'pinch')) return;
    this.gesture = null;
    this.abandon(g);
  }

  abandon(g) {
    this.clearOverlay();
    if (g.kind === 'pan' || g.kind === 'pinch') this.applyViewport(g.viewport);
    else this.restore(g);
  }

  // ---- two-finger pinch: zoom about the midpoint, pan with it ----
  beginPinch() {
    if (this.gesture) this.abandon(this.gesture);
    const [a, b] = [...this.touches.values()];
    const viewport = this.viewport();
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    this.gesture = { kind: 'pinch', viewport, distance: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)), anchor: this.toWorld(mid, viewport) };
  }

  pinch(g) {
    const [a, b] = [...this.touches.values()];
    if (!b) return;
    const zoom = Math.min(this.settings.maxZoom, Math.max(this.settings.minZoom, g.viewport.zoom * Math.hypot(a.x - b.x, a.y - b.y) / g.distance));
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    this.applyViewport({ panX: mid.x - g.anchor.x * zoom, panY: mid.y - g.anchor.y * zoom, zoom });
  }

  send(gesture) {
    return this.dotnet.invokeMethodAsync('OnGesture', gesture).catch(() => false);
  }

  // ---- move ----
  begin(g) {
    if (g.kind !== 'move' && g.kind !== 'resize') return;
    const all = [...this.world.querySelectorAll('[data-node-id]')];
    if (g.kind === 'resize') { g.saved = [[g.node, g.node.style.cssText]]; return; }
    const roots = g.node.classList.contains('selected')
      ? all.filter(n => n.classList.contains('selected')).map(n => n.dataset.nodeId)
      : [g.node.dataset.nodeId];
    const inSet = n => roots.includes(n.dataset.nodeId) || (n.dataset.parents ?? '').split(' ').some(id => roots.includes(id));
    g.set = all.filter(n => inSet(n) && n.dataset.locked !== 'true');
    if (g.node.dataset.locked === 'true') g.set = [];
    g.origins = new Map(g.set.map(n => [n, Canvas.rectOf(n)]));
    g.others = all.filter(n => !g.set.includes(n) && !(g.node.dataset.parents ?? '').split(' ').includes(n.dataset.nodeId)).map(Canvas.rectOf);
    const ids = new Set(g.set.map(n => n.dataset.nodeId));
    g.links = [...this.world.querySelectorAll('[data-link-id]')]
      .map(l => ({ l, s: ids.has(l.dataset.source), t: ids.has(l.dataset.target) }))
      .filter(x => x.s || x.t);
    g.saved = [...g.set.map(n => [n, n.style.cssText]), ...g.links.flatMap(x => [...x.l.querySelectorAll('path')].map(p => [p, p.getAttribute('d'), 'd']))];
    g.linkTransforms = g.links.map(x => [x.l, x.l.getAttribute('transform')]);
  }

  dragTo(g, dx, dy) {
    if (!g.set?.length) return;
    const own = g.origins.get(g.node);
    const snapped = this.snap(own, dx, dy, g.others);
    g.dx = snapped.dx; g.dy = snapped.dy;
    for (const [n, r] of g.origins) { n.style.left = `${r.left + g.dx}px`; n.style.top = `${r.top + g.dy}px`; }
    for (const { l, s, t } of g.links) {
      if (s && t) { l.setAttribute('transform', `translate(${g.dx} ${g.dy})`); continue; }
      const d = l.dataset;
      const x1 = +d.x1 + (s ? g.dx : 0), y1 = +d.y1 + (s ? g.dy : 0), x2 = +d.x2 + (t ? g.dx : 0), y2 = +d.y2 + (t ? g.dy : 0);
      for (const p of l.querySelectorAll('path')) p.setAttribute('d', `M ${x1} ${y1} L ${x2} ${y2}`);
    }
    this.drawGuides(snapped.guides);
  }

  /** Same rule as DragMoveBehavior.Snap: on each axis an alignment guide wins over the grid. */
  snap(r, dx, dy, others) {
    const s = this.settings;
    const lines = (x, vertical) => vertical ? [x.left, x.left + x.width / 2, x.left + x.width] : [x.top, x.top + x.height / 2, x.top + x.height];
    const guides = [];
    let sx = null, sy = null;
    if (s.showGuides && s.guideThreshold > 0) {
      const moved = { ...r, left: r.left + dx, top: r.top + dy };
      const nearest = vertical => {
        let best = null;
        for (const o of others) for (const t of lines(o, vertical)) for (const m of lines(moved, vertical)) {
          const delta = t - m;
          if (Math.abs(delta) <= s.guideThreshold && (best === null || Math.abs(delta) < Math.abs(best))) best = delta;
        }
        return best;
      };
      sx = nearest(true); sy = nearest(false);
      const final = { ...r, left: r.left + dx + (sx ?? 0), top: r.top + dy + (sy ?? 0) };
      const matches = vertical => lines(final, vertical).filter(v => others.some(o => lines(o, vertical).some(l => Math.abs(l - v) < 0.5)));
      if (sx !== null) for (const value of matches(true)) guides.push({ vertical: true, value });
      if (sy !== null) for (const value of matches(false)) guides.push({ vertical: false, value });
    }
    const grid = s.snapToGrid && s.gridSize > 0 ? s.gridSize : 0;
    const toGrid = (start, delta) => grid ? Math.round((start + delta) / grid) * grid - start : delta;
    return {
      dx: sx !== null ? dx + sx : toGrid(r.left, dx),
      dy: sy !== null ? dy + sy : toGrid(r.top, dy),
      guides,
    };
  }

  resizeTo(g, dx, dy) {
    g.width = Math.max(20, g.rect.width + dx);
    g.height = Math.max(20, g.rect.height + dy);
    g.node.style.width = `${g.width}px`;
    g.node.style.height = `${g.height}px`;
  }

  restore(g) {
    for (const [el, value, attr] of g.saved ?? []) attr ? el.setAttribute(attr, value) : (el.style.cssText = value);
    for (const [el, value] of g.linkTransforms ?? []) value === null ? el.removeAttribute('transform') : el.setAttribute('transform', value);
  }

  // ---- viewport ----
  applyViewport(v) {
    const w = this.world;
    w.dataset.panX = v.panX; w.dataset.panY = v.panY; w.dataset.zoom = v.zoom;
    w.style.transform = `translate(${v.panX}px, ${v.panY}px) scale(${v.zoom})`;
    const grid = this.root.querySelector('.dg-grid');
    if (grid && this.settings.gridSize > 0) {
      let size = this.settings.gridSize * v.zoom;
      while (size < 8) size *= 5; // as DiagramCanvas.GridStyle
      grid.style.backgroundSize = `${size}px ${size}px`;
      grid.style.backgroundPosition = `${v.panX}px ${v.panY}px`;
    }
  }

  wheel(e) {
    if (this.gesture) return;
    e.preventDefault();
    const v = this.viewport();
    const factor = Math.exp(-e.deltaY * (e.ctrlKey ? 0.01 : 0.0015));
    const zoom = Math.min(this.settings.maxZoom, Math.max(this.settings.minZoom, v.zoom * factor));
    const p = this.screen(e);
    const w = this.toWorld(p, v);
    this.applyViewport({ panX: p.x - w.x * zoom, panY: p.y - w.y * zoom, zoom });
    clearTimeout(this.wheelTimer);
    this.wheelTimer = setTimeout(() => this.send({ kind: 'viewport', ...this.viewport() }), 200);
  }

  /** The first size goes at once (the opening fit waits for it); later ones once per resize burst. */
  sizeChanged() {
    clearTimeout(this.sizeTimer);
    if (!this.sizeReported) { this.reportSize(); return; }
    this.sizeTimer = setTimeout(() => this.reportSize(), SIZE_SETTLE_MS);
  }

  reportSize() {
    const r = this.root.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return;
    if (this.sizeReported && r.width === this.lastSize?.width && r.height === this.lastSize?.height) return;
    this.sizeReported = true;
    this.lastSize = { width: r.width, height: r.height };
    this.send({ kind: 'size', width: r.width, height: r.height });
  }

  // ---- keys ----
  key(e, down) {
    if (e.code === 'Space' && !e.target.closest('input, textarea, [contenteditable]')) { this.spaceDown = down; if (down) e.preventDefault(); return; }
    if (!down || e.target.closest('input, textarea, select, [contenteditable]')) return;
    // Same normalisation as KeyChord: letters upper-case, Shift ignored for symbol keys.
    // With Alt, macOS layouts type a symbol ("Ó" for Alt+Shift+H): letters are read from the physical key then.
    const letter = e.altKey && /^Key[A-Z]$/.test(e.code) ? e.code.slice(3) : null;
    const key = letter ?? (e.key.length === 1 ? e.key.toUpperCase() : e.key);
    const symbol = e.key.length === 1 && !/[\p{L}\p{N}]/u.test(e.key);
    const chord = `${e.ctrlKey || e.metaKey ? 'Ctrl+' : ''}${e.altKey ? 'Alt+' : ''}${e.shiftKey && !symbol ? 'Shift+' : ''}${key}`;
    if (!this.settings.shortcuts.includes(chord)) return;
    e.preventDefault();
    this.send({ kind: 'key', key, ctrl: e.ctrlKey || e.metaKey, shift: e.shiftKey, alt: e.altKey });
  }

  // ---- overlay (screen coordinates) ----
  clearOverlay() {
    this.overlay?.replaceChildren();
    this.markTarget(null);
  }

  /** Outlines the node a link being drawn would end on. */
  markTarget(node) {
    if (this.target === node) return;
    this.target?.classList.remove('dg-connect-target');
    this.target = node;
    node?.classList.add('dg-connect-target');
  }

  shape(tag, attrs) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    this.overlay.appendChild(el);
    return el;
  }

  drawBox(g, p) {
    this.clearOverlay();
    this.shape('rect', { class: 'dg-selection-box', x: Math.min(g.start.x, p.x), y: Math.min(g.start.y, p.y), width: Math.abs(p.x - g.start.x), height: Math.abs(p.y - g.start.y) });
  }

  drawConnection(g, p, e) {
    this.overlay?.replaceChildren();
    const root = this.root.getBoundingClientRect();
    const r = g.port?.getBoundingClientRect();
    const from = r ? { x: r.left + r.width / 2 - root.left, y: r.top + r.height / 2 - root.top } : g.start;
    this.shape('line', { class: 'dg-connection-preview', x1: from.x, y1: from.y, x2: p.x, y2: p.y });
    const over = document.elementFromPoint(e.clientX, e.clientY)?.closest('[data-node-id]');
    this.markTarget(over && over !== g.node && this.root.contains(over) ? over : null);
  }

  drawGuides(guides) {
    this.clearOverlay();
    const v = this.viewport(), r = this.root.getBoundingClientRect();
    for (const guide of guides) {
      const at = guide.vertical ? guide.value * v.zoom + v.panX : guide.value * v.zoom + v.panY;
      this.shape('line', guide.vertical
        ? { class: 'dg-guide', x1: at, y1: 0, x2: at, y2: r.height }
        : { class: 'dg-guide', x1: 0, y1: at, x2: r.width, y2: at });
    }
  }
}
