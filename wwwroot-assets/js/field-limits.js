// Keeps an oversized field value from dropping the circuit. A value set past the browser's own
// maxlength (by a script, or a field without one) would travel to the server in one SignalR message
// larger than the hub accepts, which closes the circuit. Before Blazor reads the value (its listeners
// are on the document, in the bubbling phase), this cuts it to one character past the field's limit:
// the server still sees it is too long and refuses it at the field, with the limit in words.
(() => {
  const script = document.currentScript;
  const defaultLimit = Number(script.dataset.maxTextLength);
  const guard = event => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
    const limit = field.maxLength >= 0 ? field.maxLength : defaultLimit;
    if (field.value.length > limit + 1) field.value = field.value.slice(0, limit + 1);
  };
  document.addEventListener('input', guard, true);
  document.addEventListener('change', guard, true);
})();
