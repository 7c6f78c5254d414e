using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Services;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Compilation;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;
using static InfraDesigner.Simulation.Tests.Reachability.Compilation.SampleEdits;

namespace InfraDesigner.Simulation.Tests.Reachability.Kernel;

/// <summary>
/// The built-in samples, compiled by <see cref="TopologyCompiler"/>, against the Linux kernel: every listener flow between
/// end devices is probed with a real TCP connect and must get the engine's verdict. (web-lb and nas-share have load
/// balancer and share ACL semantics the kernel harness does not model.)
/// </summary>
[Trait("Category", "Kernel")]
public class KernelSampleDifferentialTests
{
    private static readonly string[] Samples = ["zones-firewall", "zones-firewall+rule", "zones-eai", "vlans", "vlans+router", "vlans+firewall"];

    public static TheoryData<string> SampleNames() => [.. Samples];

    [KernelTheory]
    [MemberData(nameof(SampleNames))]
    public void The_kernel_agrees_with_the_engine_on_the_compiled_sample(string sample)
    {
        var snapshot = TopologyCompiler.Compile(Topology(sample));
        var flows = ListenerFlows(snapshot);
        flows.ShouldNotBeEmpty();

        KernelNetwork.EnsureAvailable();
        using var kernel = KernelNetwork.Build(snapshot, $"rc{Environment.ProcessId % 10000}x{Array.IndexOf(Samples, sample)}");
        var probed = kernel.Probe(flows);

        var mismatches = flows.Select((flow, i) => (Flow: flow, Kernel: probed[i], Engine: TraceAnalyzer.Analyze(snapshot, new TraceQuestion(flow.Source, flow.DestinationAddress, Protocol.Tcp, flow.Port))))
            .Where(c => c.Kernel != c.Engine.Reachable)
            .Select(c => $"{c.Flow}: kernel {(c.Kernel ? "connects" : "fails")}, engine {c.Engine.Summary}")
            .ToArray();
        mismatches.ShouldBeEmpty(TopologyText.Describe(snapshot));
    }

    private static Topology Topology(string sample) => sample switch
    {
        "zones-firewall+rule" => WithRule(Sample("zones-firewall"), "fw-ab", AppAToSap),
        "vlans" => WithSsh(Sample("vlans")),
        "vlans+router" => WithSsh(VlansJoinedBy(firewall: false)),
        "vlans+firewall" => WithSsh(VlansJoinedBy(firewall: true)),
        _ => Sample(sample),
    };

    // The office PCs listen on nothing; an SSH server on each gives the probes something to connect to.
    private static Topology WithSsh(Topology topology) => topology.ElementsOf<Client>().Aggregate(topology,
        (t, pc) => t.WithElement(pc with { Services = [ApplicationRoleCatalogue.Ssh] }));

    private static KernelFlow[] ListenerFlows(NetworkSnapshot snapshot)
    {
        var ends = snapshot.Devices.Where(d => !d.Forwards && d.Kind != DeviceKind.Switch && d.Interfaces.Any(i => i.Address is not null)).ToArray();
        return ends.SelectMany(source => ends.Where(d => d != source)
                .SelectMany(d => d.Listeners.Where(l => l.Protocol == Protocol.Tcp)
                    .Select(l => new KernelFlow(source.Name, d.Interfaces.First(i => i.Address is not null).Address!.ToString(), l.Port))))
            .ToArray();
    }
}
