// The editor's only script. Elements marked data-dropzone (the canvas, firewall rule rows) take HTML5
// drops: Blazor's @ondragover:preventDefault alone registers no listener, and a .NET handler per
// dragover would send a circuit message per mouse move. It also says where the canvas is on screen,
// so a drop point becomes diagram coordinates.
let listening = false;

export function acceptDrops() {
  if (listening) return;
  listening = true;
  document.addEventListener('dragover', e => {
    if (e.target instanceof Element && e.target.closest('[data-dropzone]')) e.preventDefault();
  });
}

export function origin(element) {
  const rect = element.getBoundingClientRect();
  return [rect.left, rect.top];
}

/** Scrolls the first element matching the selector into view (a rule opened from an answer). */
export function reveal(selector) {
  document.querySelector(selector)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
