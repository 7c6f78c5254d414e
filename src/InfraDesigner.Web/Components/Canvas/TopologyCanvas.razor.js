// The editor's only script: lets the canvas take palette drops, and says where it is on screen so a
// drop point becomes diagram coordinates.
export function acceptDrops(element) {
  element.addEventListener('dragover', e => e.preventDefault());
}

export function origin(element) {
  const rect = element.getBoundingClientRect();
  return [rect.left, rect.top];
}
