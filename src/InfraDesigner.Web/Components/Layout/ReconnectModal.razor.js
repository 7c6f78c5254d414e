// The .NET 10 template's reconnect handling, except that a session the server no longer knows
// (it restarted) is not reloaded behind the user's back: the dialog says so and offers Reload.
const reconnectModal = document.getElementById("components-reconnect-modal");
reconnectModal.addEventListener("components-reconnect-state-changed", handleReconnectStateChanged);
document.getElementById("components-reconnect-button").addEventListener("click", retry);
document.getElementById("components-resume-button").addEventListener("click", resume);
document.getElementById("components-reload-button").addEventListener("click", () => location.reload());

function handleReconnectStateChanged(event) {
  // The top bar's connection marker follows the connection, not only the first start.
  document.documentElement.classList.toggle("circuit-down", event.detail.state !== "hide");
  document.documentElement.classList.toggle("circuit-paused", event.detail.state === "paused");
  // "rejected": the server no longer holds this circuit, so only a reload starts a new session.
  document.documentElement.classList.toggle("circuit-ended", event.detail.state === "rejected");
  if (event.detail.state === "show") {
    reconnectModal.showModal();
  } else if (event.detail.state === "hide") {
    reconnectModal.close();
  } else if (event.detail.state === "failed") {
    document.addEventListener("visibilitychange", retryWhenDocumentBecomesVisible);
  }
}

async function retry() {
  document.removeEventListener("visibilitychange", retryWhenDocumentBecomesVisible);
  try {
    // true: rejoined; false: the server answered but no longer holds this circuit; throws: server unreachable.
    if (!await Blazor.reconnect()) await resumeOrOfferReload();
  } catch {
    document.addEventListener("visibilitychange", retryWhenDocumentBecomesVisible);
  }
}

async function resume() {
  try {
    await resumeOrOfferReload();
  } catch {
    showState("components-reconnect-resume-failed");
  }
}

// Blazor.resumeCircuit() starts a new circuit from the state the browser or the server kept for this one.
async function resumeOrOfferReload() {
  if (await Blazor.resumeCircuit()) {
    reconnectModal.close();
    document.documentElement.classList.remove("circuit-down", "circuit-paused");
  }
  else {
    document.documentElement.classList.add("circuit-ended");
    showState("components-reconnect-rejected");
  }
}

function showState(className) {
  reconnectModal.classList.remove(...[...reconnectModal.classList].filter(name => name.startsWith("components-reconnect-")));
  reconnectModal.classList.add(className);
  if (!reconnectModal.open) reconnectModal.showModal();
}

async function retryWhenDocumentBecomesVisible() {
  if (document.visibilityState === "visible") await retry();
}
