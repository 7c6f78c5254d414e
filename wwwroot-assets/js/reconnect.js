// Buttons of the reconnect dialog. The 9.0 Blazor script shows the dialog by toggling
// components-reconnect-show / -failed / -rejected on #components-reconnect-modal.
document.addEventListener("click", event => {
  const action = event.target.closest("[data-reconnect]")?.dataset.reconnect;
  if (action === "retry") {
    window.Blazor?.reconnect().then(ok => { if (!ok) location.reload(); });
  } else if (action === "reload") {
    location.reload();
  }
});
