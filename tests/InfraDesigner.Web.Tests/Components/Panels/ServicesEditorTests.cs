using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Services;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Tests.Components.Panels;

/// <summary>The listening services of sap in zones-eai (its SAP gateway among them).</summary>
public sealed class ServicesEditorTests : PanelTestBase
{
    private static readonly Topology Zones = SampleTopologies.ZonesEai.Topology;

    private static IReadOnlyList<Service> ServicesOf(Topology topology) => topology.FindElement("sap")!.Services;

    [Fact]
    public async Task A_service_added_and_given_a_port_is_stored()
    {
        var session = await OpenAsync(Zones);
        await SelectAsync(session, "sap");
        var count = ServicesOf(Zones).Count;

        await Panel.ClickAsync("data-testid", "add-service");
        await Panel.ChangeAsync("data-field", $"services[{count}].port", "8443");

        ServicesOf(await StoredAsync())[count].ShouldBe(Domain.Services.Service.Tcp($"service-{count + 1}", 8443));
    }

    [Fact]
    public async Task A_port_out_of_range_shows_its_message_under_the_row_and_stores_nothing()
    {
        var session = await OpenAsync(Zones);
        var page = await SelectAsync(session, "sap");

        page = await Panel.ChangeAsync("data-field", "services[0].port", "70000");

        page.QuerySelector("[data-testid=services] .field-error")!.TextContent.ShouldBe("'70000' is not a port (1-65535).");
        ServicesOf(await StoredAsync()).ShouldBe(ServicesOf(Zones));
    }

    [Fact]
    public async Task Removing_a_service_stores_the_others()
    {
        var session = await OpenAsync(Zones);
        await SelectAsync(session, "sap");
        var first = ServicesOf(Zones)[0];

        await Panel.ClickAsync("aria-label", $"Remove {first.Name}");

        ServicesOf(await StoredAsync()).ShouldBe(ServicesOf(Zones).Skip(1));
    }
}
