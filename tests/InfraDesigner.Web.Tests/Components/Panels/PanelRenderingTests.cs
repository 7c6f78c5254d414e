using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Components.Panels;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Tests.Components.Panels;

public sealed class PanelRenderingTests : PanelTestBase
{
    [Fact]
    public async Task The_palette_shows_every_group_with_its_items()
    {
        var page = await Render<PalettePanel>();

        page.QuerySelectorAll(".palette-group").Select(h => h.TextContent).ShouldBe(Palette.Groups);
        page.QuerySelectorAll("[data-palette]").Length.ShouldBe(Palette.Items.Count);
        page.QuerySelector("[data-palette=firewall] img")!.GetAttribute("src").ShouldBe("icons/firewall.svg");
    }

    [Fact]
    public async Task A_selected_firewall_shows_its_rules_in_order_and_its_default_action()
    {
        var session = await OpenSampleAsync("zones-eai");
        var firewall = session.Topology!.ElementsOf<Domain.Network.Firewall>().First(f => f.Rules.Count > 1);

        var page = await Render<PropertiesPanel>(new() { ["Session"] = session, ["SelectedId"] = firewall.Name });

        page.QuerySelectorAll("[data-rule]").Select(r => r.GetAttribute("data-rule")).ShouldBe(firewall.Rules.Select(r => r.Name));
        page.QuerySelector("[data-field='rules[0].destination']")!.GetAttribute("value").ShouldBe(firewall.Rules[0].Destination.ToString());
    }

    [Fact]
    public async Task With_nothing_selected_the_panel_lists_zones_and_vlans()
    {
        var session = await OpenSampleAsync("vlans");

        var page = await Render<PropertiesPanel>(new() { ["Session"] = session, ["SelectedId"] = null });

        page.QuerySelectorAll("[data-vlan]").Length.ShouldBe(session.Topology!.Vlans.Count);
    }

    private Task<EditingSession> OpenSampleAsync(string sample) => OpenAsync(SampleTopologies.Get(sample).Topology);
}
