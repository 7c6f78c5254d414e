// The words of a player's position, in the page's language: the controls' data-at (data-ready before the first step)
// with {0}, {1}… filled in from values; no values, no words.
export function showPosition(panel, values, ready = false) {
  const text = panel.querySelector('[data-player-position]');
  if (!text) return;
  const template = (ready ? text.dataset.ready : text.dataset.at) ?? '';
  text.textContent = values ? template.replace(/\{(\d+)\}/g, (_, i) => String(values[Number(i)] ?? '')) : '';
}
