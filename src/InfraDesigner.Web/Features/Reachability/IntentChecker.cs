using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>Traces each intent of a topology and says whether it holds.</summary>
public static class IntentChecker
{
    public static IReadOnlyList<IntentResult> Check(Topology topology, NetworkSnapshot snapshot, CancellationToken cancellationToken = default) =>
        topology.Intents.Select(intent =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Check(snapshot, intent);
        }).ToArray();

    private static IntentResult Check(NetworkSnapshot snapshot, Intent intent)
    {
        var protocol = ProtocolNames.Parse(IntentResult.Names(intent.Protocol));
        TraceAnswer trace;
        try
        {
            trace = TraceAnalyzer.Analyze(snapshot, new TraceQuestion(intent.From, intent.To, protocol, intent.Port));
        }
        catch (ArgumentException unknown)
        {
            return IntentResult.Unanswerable(intent, unknown.Message);
        }
        return new IntentResult(intent.Name, intent.From, intent.To, IntentResult.Names(intent.Protocol), intent.Port, intent.MustReach,
            Holds: trace.Reachable == intent.MustReach, trace.Reachable, trace.Summary, trace.DecidedBy is null ? null : RuleView.Of(trace.DecidedBy));
    }
}
