// Asks InfraDesigner's simulation hub whether one element reaches another, with the npm SignalR client.
// Usage: INFRADESIGNER_EMAIL=… INFRADESIGNER_PASSWORD=… node trace.mjs <app url> <topology id> <from> <to> [port]
// Prints each stream item as one JSON line; exits 2 with the hub's problem (status, errors by field) when the call is refused.
import * as signalR from "@microsoft/signalr";

const [url, topologyId, from, to, port] = process.argv.slice(2);
if (!url || !topologyId || !from || !to) {
  console.error("usage: node trace.mjs <app url> <topology id> <from> <to> [port]");
  process.exit(1);
}

// Sign in once for a bearer token; the client sends it with the connection (in the query string on WebSockets).
const signIn = await fetch(new URL("/api/account/login", url), {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ email: process.env.INFRADESIGNER_EMAIL, password: process.env.INFRADESIGNER_PASSWORD }),
});
if (!signIn.ok) {
  console.error(`sign-in refused: ${signIn.status} ${await signIn.text()}`);
  process.exit(1);
}
const { accessToken } = await signIn.json();

const connection = new signalR.HubConnectionBuilder()
  .withUrl(new URL("/hubs/simulation", url).href, { accessTokenFactory: () => accessToken })
  .configureLogging(signalR.LogLevel.Warning)
  .build();

// The hub refuses a call with a HubException whose message carries the problem as JSON after SignalR's own prefix.
const problemOf = (error) => JSON.parse(error.message.slice(error.message.indexOf("{")));

await connection.start();
try {
  const question = { from, to, port: port === undefined ? undefined : Number(port) };
  await new Promise((resolve, reject) =>
    connection.stream("Trace", topologyId, question).subscribe({
      next: (item) => console.log(JSON.stringify(item)),
      complete: resolve,
      error: reject,
    }));
} catch (error) {
  console.error(JSON.stringify(problemOf(error)));
  process.exitCode = 2;
} finally {
  await connection.stop();
}
