using BenchmarkDotNet.Attributes;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Compilation;
using InfraDesigner.Simulation.Reachability.Fixes;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Benchmarks.Reachability;

/// <summary>
/// The engine's share of the hub's measured trace (worked question 1 on the zones-firewall sample, a denied flow):
/// the plain trace, and the trace with the search for what would change the answer that REST and the hub return.
/// </summary>
[MemoryDiagnoser]
public class HubTraceBenchmarks
{
    private NetworkSnapshot _snapshot = null!;
    private readonly TraceQuestion _question = new("app-a", "sap", Protocol.Tcp, 3300);

    [GlobalSetup]
    public void Setup() => _snapshot = TopologyCompiler.Compile(SampleTopologies.ZonesFirewall.Topology);

    [Benchmark]
    public TraceAnswer Trace() => TraceAnalyzer.Analyze(_snapshot, _question);

    [Benchmark]
    public WhyNotAnswer TraceWithFixes() => WhyNotAnalyzer.Analyze(_snapshot, _question);
}
