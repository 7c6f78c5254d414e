using BenchmarkDotNet.Attributes;
using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Diff;
using InfraDesigner.Simulation.Reachability.Matrix;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Benchmarks.Reachability;

/// <summary>
/// Targets (issue 4): build &lt; 200 ms, one trace &lt; 50 µs median, zone x zone x 20-port matrix &lt; 1 s,
/// diff after one rule edit &lt; 10 ms, snapshot &lt; 100 MB (printed by the setup as retained bytes).
/// </summary>
[MemoryDiagnoser]
public class ReachabilityBenchmarks
{
    private NetworkSnapshot _snapshot = null!;
    private Device[] _devices = null!;
    private Link[] _links = null!;
    private TraceQuestion _crossZone = null!;
    private ReachabilityBaseline _baseline = null!;
    private FirewallPolicy _edited = null!;

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = SyntheticDataCentre.Build();
        _devices = _snapshot.Devices.ToArray();
        _links = _snapshot.Links.ToArray();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var kept = NetworkSnapshot.Create(_devices, _links);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(kept);
        Console.WriteLine($"// snapshot: {_devices.Length} devices, {_links.Count()} links, retained {retained / 1024.0 / 1024.0:F1} MB (model records shared)");

        // The benchmarked trace is an accepted one that crosses two firewalls (source and destination zone) with ECMP.
        _crossZone = _devices.Where(d => d.Kind == DeviceKind.VirtualMachine && d.Zone != "zone-4")
            .SelectMany(d => d.Listeners.Select(l => new TraceQuestion("vm0", d.Name, Protocol.Tcp, l.Port)))
            .First(q => TraceAnalyzer.Analyze(_snapshot, q) is { Reachable: true } answer && answer.Paths[0].Filters.Select(f => f.Firewall).Distinct().Count() == 2);
        var sample = TraceAnalyzer.Analyze(_snapshot, _crossZone);
        Console.WriteLine($"// trace: {sample.Summary}; {sample.Paths.Count} paths");

        var random = new Random(7);
        var ends = _devices.Where(d => d.Kind == DeviceKind.VirtualMachine).ToArray();
        var flows = Enumerable.Range(0, 5000).Select(_ =>
        {
            var destination = ends[random.Next(ends.Length)];
            return new FlowSpec(ends[random.Next(ends.Length)].Name, destination.Name, Protocol.Tcp, destination.Listeners[random.Next(destination.Listeners.Count)].Port);
        }).ToArray();
        _baseline = ReachabilityBaseline.Build(_snapshot, flows);
        var policy = _snapshot.Device("fw3").Policy!;
        _edited = policy.Insert(0, new FirewallRule("edit", AddressMatch.OfZone("core"), AddressMatch.OfZone("zone-3"), Protocol.Tcp, PortRange.Single(443), RuleAction.Allow));
        var diff = _baseline.Compare(_snapshot.WithPolicy("fw3", _edited));
        Console.WriteLine($"// diff: {diff.Checked} flows, {diff.Retraced} retraced, +{diff.Gained.Count} -{diff.Lost.Count}");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var matrix = MatrixAnalyzer.Analyze(_snapshot, new MatrixQuestion(SyntheticDataCentre.Ports));
        Console.WriteLine($"// matrix ({SyntheticDataCentre.Ports.Length} ports): {matrix.Cells.Count} cells, {string.Join(", ", matrix.Cells.GroupBy(c => c.Verdict).Select(g => $"{g.Key} {g.Count()}"))}, {matrix.Cells.Sum(c => c.Checked)} flows judged in {watch.ElapsedMilliseconds} ms");
    }

    [Benchmark]
    public NetworkSnapshot BuildSnapshot() => NetworkSnapshot.Create(_devices, _links);

    [Benchmark]
    public TraceAnswer TraceAcrossTwoFirewalls() => TraceAnalyzer.Analyze(_snapshot, _crossZone);

    [Benchmark]
    public MatrixAnswer ZoneMatrixOfTwentyPorts() => MatrixAnalyzer.Analyze(_snapshot, new MatrixQuestion(SyntheticDataCentre.Ports));

    [Benchmark]
    public DiffAnswer DiffAfterOneRuleEdit() => _baseline.Compare(_snapshot.WithPolicy("fw3", _edited));
}
