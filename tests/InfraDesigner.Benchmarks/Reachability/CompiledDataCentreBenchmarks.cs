using BenchmarkDotNet.Attributes;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Compilation;
using InfraDesigner.Simulation.Reachability.Diff;
using InfraDesigner.Simulation.Reachability.Matrix;
using InfraDesigner.Simulation.Reachability.Tracing;
using M = InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Benchmarks.Reachability;

/// <summary>
/// The Domain's synthetic data centre (10,000 elements) through <see cref="TopologyCompiler"/>: compile (validation
/// included), one trace, and a diff after one firewall rule edit; the setup prints the compiled snapshot's retained memory.
/// </summary>
[MemoryDiagnoser]
public class CompiledDataCentreBenchmarks
{
    private Topology _topology = null!;
    private NetworkSnapshot _snapshot = null!;
    private TraceQuestion _question = null!;
    private ReachabilityBaseline _baseline = null!;
    private Firewall _editedFirewall = null!;
    private MatrixQuestion _listening = null!;
    private LiveMatrix _live = null!;

    [GlobalSetup]
    public void Setup()
    {
        _topology = InfraDesigner.Domain.Samples.SyntheticDataCentre.Generate();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        _snapshot = TopologyCompiler.Compile(_topology);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine($"// compiled: {_snapshot.Devices.Count} devices, {_snapshot.Links.Count} links, retained {retained / 1024.0 / 1024.0:F1} MB");

        var ends = _snapshot.Devices.Where(d => d.Kind == M.DeviceKind.VirtualMachine && d.Listeners.Count > 0).ToArray();
        var random = new Random(7);
        var flows = Enumerable.Range(0, 5000).Select(_ =>
        {
            var destination = ends[random.Next(ends.Length)];
            return new FlowSpec(ends[random.Next(ends.Length)].Name, destination.Name, Protocol.Tcp, destination.Listeners[random.Next(destination.Listeners.Count)].Port);
        }).ToArray();
        _question = flows.Select(f => new TraceQuestion(f.Source, f.Destination, f.Protocol, f.Port))
            .FirstOrDefault(q => TraceAnalyzer.Analyze(_snapshot, q) is { Reachable: true } a && a.Paths[0].Filters.Any())
            ?? new TraceQuestion(flows[0].Source, flows[0].Destination, flows[0].Protocol, flows[0].Port);
        Console.WriteLine($"// trace: {TraceAnalyzer.Analyze(_snapshot, _question).Summary}");

        _baseline = ReachabilityBaseline.Build(_snapshot, flows);
        _listening = new MatrixQuestion([.. _snapshot.Devices.SelectMany(d => d.Listeners).Where(l => l.Protocol == Protocol.Tcp).Select(l => l.Port).Distinct().Order().Take(50)]);
        var matrix = ZoneMatrixOnListeningPorts();
        _live = LiveMatrix.Analyze(_snapshot, _listening);
        Console.WriteLine($"// zone matrix: {matrix.Rows.Count} zones x {matrix.Ports.Count} ports, {matrix.Cells.Sum(c => c.Checked)} flows judged");
        var firewall = _topology.ElementsOf<Firewall>().First();
        _editedFirewall = firewall with { Rules = firewall.Rules.Insert(0, firewall.Rules[^1] with { Name = "edit", Action = RuleAction.Allow }) };
        var diff = Diff();
        Console.WriteLine($"// diff after one rule edit on {firewall.Name}: {diff.Checked} flows, {diff.Retraced} retraced, +{diff.Gained.Count} -{diff.Lost.Count}");
    }

    [Benchmark]
    public NetworkSnapshot Compile() => TopologyCompiler.Compile(_topology);

    [Benchmark]
    public TraceAnswer Trace() => TraceAnalyzer.Analyze(_snapshot, _question);

    /// <summary>The matrix the live diff (FlowWatch) checks after each edit: zone × zone on the ports services listen on.</summary>
    [Benchmark]
    public MatrixAnswer ZoneMatrixOnListeningPorts() => MatrixAnalyzer.Analyze(_snapshot, _listening);

    /// <summary>
    /// The live diff's whole check after one rule edit (issue 11 target: &lt; 50 ms): the policy recompiled, and the
    /// matrix's cells whose flows cross that firewall judged again (LiveMatrix).
    /// </summary>
    [Benchmark]
    public MatrixAnswer LiveDiffAfterOneRuleEdit() =>
        _live.Next(TopologyCompiler.Recompile(_topology, _snapshot, _topology.WithElement(_editedFirewall)), _listening).Answer;

    [Benchmark]
    public DiffAnswer Diff() => _baseline.Compare(TopologyCompiler.WithFirewallRules(_snapshot, _editedFirewall));
}
