using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;
using static InfraDesigner.Simulation.Tests.Reachability.WorkedQuestionNetworks;

namespace InfraDesigner.Simulation.Tests.Reachability.Kernel;

/// <summary>
/// The engine against the Linux kernel: each network is built as namespaces, every flow is probed with a real TCP
/// connect, and the engine's verdict must agree. Needs root and kernel tools (<see cref="KernelTheoryAttribute"/>):
/// without them the tests are skipped with the install command, or fail under CI; they never pass silently.
/// </summary>
[Trait("Category", "Kernel")]
public class KernelDifferentialTests
{
    private const int Batches = 20;
    private const int TopologiesPerBatch = 10;

    private static readonly string[] Samples = ["zones-firewall", "zones-firewall+rule", "zones-eai", "vlans", "vlans+gateways", "vlans+router", "vlans+firewall"];

    public static TheoryData<string> WorkedNetworks() => [.. Samples];

    public static TheoryData<int> SeedBatches() => [.. Enumerable.Range(0, Batches)];

    [KernelTheory]
    [MemberData(nameof(WorkedNetworks))]
    public void The_kernel_agrees_with_the_engine_on_the_worked_question_network(string sample)
    {
        var network = sample switch
        {
            "zones-firewall" => ZonesFirewall().Build(),
            "zones-firewall+rule" => ZonesFirewall(withAllowRule: true).Build(),
            "zones-eai" => ZonesEai(),
            "vlans" => Vlans(VlanJoin.Nothing, gateways: false),
            "vlans+gateways" => Vlans(VlanJoin.Nothing),
            "vlans+router" => Vlans(VlanJoin.Router),
            _ => Vlans(VlanJoin.Firewall),
        };
        var (mismatches, _) = Compare(network, ListenerFlows(network), $"w{Array.IndexOf(Samples, sample)}");
        mismatches.ShouldBeEmpty();
    }

    [KernelTheory]
    [MemberData(nameof(SeedBatches))]
    public void The_kernel_agrees_with_the_engine_on_random_small_networks(int batch)
    {
        var results = Enumerable.Range(batch * TopologiesPerBatch, TopologiesPerBatch)
            .AsParallel().WithDegreeOfParallelism(4)
            .Select(seed =>
            {
                var (network, flows) = RandomTopology.Generate(seed);
                var (mismatches, verdicts) = Compare(network, flows, $"s{seed}");
                var failure = mismatches.Count == 0 ? null : $"seed {seed}:\n{string.Join("\n", mismatches)}\n{TopologyText.Describe(network)}";
                return (Failure: failure, Verdicts: verdicts);
            })
            .ToArray();

        results.Select(r => r.Failure).OfType<string>().ShouldBeEmpty();
        // A batch where every probe agrees on one verdict would prove little: both must occur.
        results.SelectMany(r => r.Verdicts).Distinct().Count().ShouldBe(2);
    }

    /// <summary>Each flow where the kernel and the engine disagree, with both verdicts and the engine's summary.</summary>
    private static (List<string> Mismatches, IReadOnlyList<bool> Verdicts) Compare(NetworkSnapshot network, IReadOnlyList<KernelFlow> flows, string id)
    {
        KernelNetwork.EnsureAvailable();
        using var kernel = KernelNetwork.Build(network, $"rq{Environment.ProcessId % 10000}{id}");
        var probed = kernel.Probe(flows);
        var mismatches = new List<string>();
        for (var i = 0; i < flows.Count; i++)
        {
            var answer = TraceAnalyzer.Analyze(network, new TraceQuestion(flows[i].Source, flows[i].DestinationAddress, Protocol.Tcp, flows[i].Port));
            if (answer.Reachable != probed[i])
                mismatches.Add($"  {flows[i]}: kernel {(probed[i] ? "connects" : "fails")}, engine {answer.Disposition}: {answer.Summary}");
        }
        return (mismatches, probed);
    }

    private static IReadOnlyList<KernelFlow> ListenerFlows(NetworkSnapshot network)
    {
        var ends = network.Devices.Where(d => !d.Forwards && d.Kind != DeviceKind.Switch && d.Interfaces.Any(i => i.Address is not null)).ToArray();
        return ends.SelectMany(source => ends.Where(d => d != source)
                .SelectMany(d => d.Listeners.Select(l => new KernelFlow(source.Name, d.Interfaces.First(i => i.Address is not null).Address!.ToString(), l.Port))))
            .ToArray();
    }
}
