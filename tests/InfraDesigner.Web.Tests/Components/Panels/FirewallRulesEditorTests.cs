using AngleSharp.Dom;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Components.Panels;

namespace InfraDesigner.Web.Tests.Components.Panels;

/// <summary>The rules of fw-ab: in zones-firewall none (default deny), in zones-eai app-a → eai 443, eai → sap 3300, app-a → sap denied.</summary>
public sealed class FirewallRulesEditorTests : PanelTestBase
{
    private static IReadOnlyList<FirewallRule> RulesOf(Topology topology) => topology.FindElement<Firewall>("fw-ab")!.Rules;

    [Fact]
    public async Task Add_rule_stores_a_disabled_draft_that_says_so()
    {
        var session = await OpenAsync(SampleTopologies.ZonesFirewall.Topology);
        await SelectAsync(session, "fw-ab");

        var page = await Panel.ClickAsync("data-testid", "add-rule");

        RulesOf(await StoredAsync()).ShouldBe([new FirewallRule { Name = "rule-1", Enabled = false }]);
        page.QuerySelector("[data-rule=rule-1]")!.ClassList.ShouldContain("disabled");
        page.QuerySelector("[data-rule=rule-1] [data-testid=rule-note]")!.TextContent.ShouldStartWith("Draft, disabled: choose From and To");
    }

    [Fact]
    public async Task A_rule_earlier_rules_take_every_packet_of_is_marked_redundant_then_shadowed_when_the_earlier_one_turns_deny()
    {
        var topology = SampleTopologies.ZonesEai.Topology;
        var fw = topology.FindElement<Firewall>("fw-ab")!;
        var session = await OpenAsync(topology.WithElement(fw with { Rules = fw.Rules.Add(fw.Rules[0] with { Name = "app-a-to-eai-again" }) }));
        await SelectAsync(session, "fw-ab");

        static IElement? Mark(IDocument page, string rule) => page.QuerySelector($"[data-rule={rule}] [data-testid=rule-shadow]");
        var page = await Panel.WhenAsync(p => Mark(p, "app-a-to-eai-again") is not null);

        Mark(page, "app-a-to-eai-again")!.GetAttribute("data-kind").ShouldBe("Redundant");
        Mark(page, "app-a-to-eai-again")!.GetAttribute("aria-label").ShouldBe("Redundant: rule 1 (allow app-a-to-eai) already allows this");
        Mark(page, "app-a-to-eai").ShouldBeNull();
        Mark(page, "eai-to-sap").ShouldBeNull();
        Mark(page, "app-a-to-sap-denied").ShouldBeNull();

        await Panel.ChangeAsync("data-field", "rules[0].action", "Deny");
        page = await Panel.WhenAsync(p => Mark(p, "app-a-to-eai-again")?.GetAttribute("data-kind") == "Shadowed");

        Mark(page, "app-a-to-eai-again")!.GetAttribute("aria-label").ShouldBe("Shadowed by rule 1 (deny app-a-to-eai)");
        Mark(page, "app-a-to-eai").ShouldBeNull();
    }

    [Fact]
    public async Task A_bare_element_name_is_stored_as_that_element_and_shown_so()
    {
        var session = await OpenAsync(SampleTopologies.ZonesEai.Topology);
        await SelectAsync(session, "fw-ab");

        var page = await Panel.ChangeAsync("data-field", "rules[0].destination", "sap");

        RulesOf(await StoredAsync())[0].Destination.ShouldBe(RuleEndpoint.Element("sap"));
        ValueAt(page, "rules[0].destination").ShouldBe("element:sap");
        session.ShowsRefusedValues.ShouldBeFalse();
    }

    [Fact]
    public async Task A_refused_endpoint_is_marked_at_its_field_in_words_and_the_session_knows_it_is_not_saved()
    {
        var session = await OpenAsync(SampleTopologies.ZonesEai.Topology);
        await SelectAsync(session, "fw-ab");

        var page = await Panel.ChangeAsync("data-field", "rules[0].source", "app-z");

        MessageAt(page, "rules[0].source").ShouldBe("No element, zone or subnet 'app-z' in this topology: choose one from the list, or type any, a name or a subnet like 10.0.1.0/24.");
        page.QuerySelector("[data-field='rules[0].source']")!.GetAttribute("aria-invalid").ShouldBe("true");
        session.ShowsRefusedValues.ShouldBeTrue();
        RulesOf(await StoredAsync()).ShouldBe(RulesOf(SampleTopologies.ZonesEai.Topology));

        await Panel.ChangeAsync("data-field", "rules[0].source", "app-a");
        session.ShowsRefusedValues.ShouldBeFalse();
    }

    [Fact]
    public async Task The_save_status_says_not_saved_while_a_field_shows_a_refused_value()
    {
        var session = await OpenAsync(SampleTopologies.ZonesEai.Topology);
        await SelectAsync(session, "fw-ab");
        await Panel.ChangeAsync("data-field", "rules[0].ports", "3300-");

        var page = await Render<SaveStatus>(new() { ["Session"] = session });

        var status = page.QuerySelector("[data-testid=save-status]")!;
        status.ClassList.ShouldContain("save-refused");
        status.TextContent.Trim().ShouldBe("Not saved");
    }
}
