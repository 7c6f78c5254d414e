using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Ask;
using InfraDesigner.Simulation.Reachability.Diff;
using InfraDesigner.Simulation.Reachability.Fixes;
using InfraDesigner.Simulation.Reachability.Matrix;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Shadowing;
using InfraDesigner.Simulation.Reachability.Tracing;
using static InfraDesigner.Simulation.Tests.Reachability.WorkedQuestionNetworks;

namespace InfraDesigner.Simulation.Tests.Reachability;

/// <summary>Every analysis that loops over flows, rules or fixes stops when its token is cancelled (the server's time budget).</summary>
public class AnalysisCancellationTests
{
    private static readonly Dictionary<string, Action<NetworkSnapshot, CancellationToken>> Analyses = new()
    {
        ["diff"] = (network, token) => DiffAnalyzer.Analyze(network, network, cancellationToken: token),
        ["shadowed rules"] = (network, token) => ShadowedRulesAnalyzer.Analyze(network, cancellationToken: token),
        ["what can reach"] = (network, token) => AskAnalyzer.Analyze(network, "what can reach sap?", token),
        ["services between two elements"] = (network, token) => AskAnalyzer.Analyze(network, "can app-a reach sap?", token),
        ["why not"] = (network, token) => WhyNotAnalyzer.Analyze(network, new TraceQuestion("app-a", "sap", Protocol.Tcp, 3300), token),
        ["matrix"] = (network, token) => MatrixAnalyzer.Analyze(network, new MatrixQuestion([3300]), token),
    };

    public static TheoryData<string> Names => [.. Analyses.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_cancelled_analysis_stops(string analysis)
    {
        var network = ZonesEai();

        Should.Throw<OperationCanceledException>(() => Analyses[analysis](network, new CancellationToken(canceled: true)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void An_analysis_with_time_left_answers(string analysis)
    {
        var network = ZonesEai();

        Should.NotThrow(() => Analyses[analysis](network, CancellationToken.None));
    }
}
