using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Components.Canvas;
using InfraDesigner.Web.Features.Editing;
using Xunit.Abstractions;
using InfraDesigner.Testing;

namespace InfraDesigner.Web.Tests.Features.Editing;

/// <summary>
/// What one open editor holds on the server for a 2,000-element topology (the session and its diagram),
/// printed as a figure. Runs only with INFRADESIGNER_MEASURE=1; never a pass/fail timing.
/// </summary>
[Trait("Category", "Measure")]
public sealed class SessionMemoryMeasurement(ITestOutputHelper output) : EditingTestBase
{
    [MeasureFact]
    public async Task Managed_memory_held_per_open_editor_on_2000_elements()
    {
        if (Environment.GetEnvironmentVariable("INFRADESIGNER_MEASURE") != "1")
        {
            output.WriteLine("Skipped: set INFRADESIGNER_MEASURE=1 to measure.");
            return;
        }
        var topology = SyntheticDataCentre.Generate(new SyntheticDataCentreOptions
        {
            ElementCount = 2_000, Vms = 1_200, Hosts = 60, Clusters = 6, Vlans = 40, Routers = 10, Firewalls = 4, FirewallRules = 400, LoadBalancers = 4,
        });
        var id = await CreateAsync(topology);
        var held = new List<object>();
        await OpenAsync(id);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        const int editors = 5;
        for (var i = 0; i < editors; i++)
        {
            var session = await OpenAsync(id);
            var view = new TopologyDiagram();
            view.Load(session.Topology!);
            held.Add(view);
        }
        var after = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"{topology.Elements.Count:N0} elements, {topology.Links.Count:N0} links: {(after - before) / editors / 1024.0 / 1024.0:N1} MB of managed memory per open editor (session + diagram model)");
        GC.KeepAlive(held);
    }
}
