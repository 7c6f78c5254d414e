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
        var topology = OpenEditorPhasesMeasurement.TwoThousandElements();
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
