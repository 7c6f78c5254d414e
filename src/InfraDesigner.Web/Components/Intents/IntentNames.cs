using InfraDesigner.Domain.Network;

namespace InfraDesigner.Web.Components.Intents;

/// <summary>New intents, named by what they check: "app-a must not reach db 5432/tcp".</summary>
public static class IntentNames
{
    public static Intent New(string from, string to, Protocol protocol, int? port, bool mustReach) => new()
    {
        Name = $"{from} {(mustReach ? "must reach" : "must not reach")} {to} {(port is { } p ? $"{p}/{protocol.ToString().ToLowerInvariant()}" : "ping")}",
        From = from,
        To = to,
        Protocol = protocol,
        Port = port,
        MustReach = mustReach,
    };
}
