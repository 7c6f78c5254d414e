using InfraDesigner.Domain.Network;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>
/// An intent checked against the topology: whether it holds, what the trace found (reachable, and the rule or
/// reason that decided), in words the panel shows ("app-a must not reach db on 5432/tcp: holds, denied at fw1").
/// </summary>
public sealed record IntentResult(string Name, string From, string To, string Protocol, int? Port, bool MustReach, bool Holds, bool? Reachable, string Summary, RuleView? DecidedBy)
{
    public string Flow => $"{From} → {To}" + (Port is { } port ? $" on {port}/{Protocol}" : " (ping)");

    public string Expectation => MustReach ? "must reach" : "must not reach";

    public static IntentResult Unanswerable(Intent intent, string reason) =>
        new(intent.Name, intent.From, intent.To, Names(intent.Protocol), intent.Port, intent.MustReach, Holds: false, Reachable: null, reason, null);

    public static string Names(Protocol protocol) => protocol.ToString().ToLowerInvariant();
}
