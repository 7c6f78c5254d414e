using System.Diagnostics;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;
using InfraDesigner.Web.Components.Canvas;
using InfraDesigner.Testing;
using Xunit.Abstractions;

namespace InfraDesigner.Web.Tests.Features.Editing;

/// <summary>
/// Where the server's time goes when an editor opens a 2,000-element topology, phase by phase, printed as
/// figures. Runs only with INFRADESIGNER_MEASURE=1; never a pass/fail timing.
/// </summary>
[Trait("Category", "Measure")]
public sealed class OpenEditorPhasesMeasurement(ITestOutputHelper output) : EditingTestBase
{
    /// <summary>The data centre both editor measurements open: 2,000 elements, most of them VMs on hosts in clusters.</summary>
    public static Topology TwoThousandElements() => SyntheticDataCentre.Generate(new SyntheticDataCentreOptions
    {
        ElementCount = 2_000, Vms = 1_200, Hosts = 60, Clusters = 6, Vlans = 40, Routers = 10, Firewalls = 4, FirewallRules = 400, LoadBalancers = 4,
    });

    [MeasureFact]
    public async Task Server_time_to_open_2000_elements_by_phase()
    {
        var id = await CreateAsync(TwoThousandElements());
        await OpenAsync(id);
        for (var run = 0; run < 5; run++)
        {
            var clock = Stopwatch.StartNew();
            var stored = await Store.LoadAsync(id);
            var load = clock.Elapsed;
            var read = stored!.ReadTopology();
            var parse = clock.Elapsed - load;
            TopologyValidator.Validate(read);
            var validate = clock.Elapsed - load - parse;
            new TopologyDiagram().Load(read);
            var diagram = clock.Elapsed - load - parse - validate;
            output.WriteLine($"load rows {load.TotalMilliseconds:N0} ms, read {parse.TotalMilliseconds:N0} ms, validate {validate.TotalMilliseconds:N0} ms, diagram {diagram.TotalMilliseconds:N0} ms");
        }
    }
}
