using AngleSharp.Dom;
using InfraDesigner.Web.Components.Reachability;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using InfraDesigner.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InfraDesigner.Web.Tests.Components.Reachability;

/// <summary>The Ask panel rendered with the app's real services, asking a question on open.</summary>
public sealed class AskPanelTests : AppComponentTestBase
{
    private async Task<IDocument> Ask(string sample, string question)
    {
        await MigrateAsync();
        var id = await Service<ISender>().Send(new CreateFromSample(sample));
        return await Render<AskPanel>(new() { [nameof(AskPanel.TopologyId)] = id!.Value, [nameof(AskPanel.Question)] = question });
    }

    private static string Text(IDocument page, string testId) => page.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task A_denied_flow_shows_the_firewall_the_default_rule_and_the_fix()
    {
        var page = await Ask("zones-firewall", "can app-a reach sap on port 3300?");

        Text(page, "ask-verdict").ShouldContain("Denied at fw-ab");
        Text(page, "ask-verdict").ShouldContain("by its default rule (deny)");
        Text(page, "ask-fixes").ShouldContain("add allow rule on fw-ab: zone A host app-a -> zone B host sap tcp 3300");
        page.QuerySelectorAll("[data-testid=ask-hop] strong").Select(d => d.TextContent).ShouldBe(["app-a", "switch", "router", "fw-ab"]);
        page.QuerySelector("[data-step=filter]")!.TextContent.ShouldContain("fw-ab: default rule (deny)");
    }

    [Fact]
    public async Task An_allowed_flow_shows_the_rule_that_allows_it_and_one_path_per_pool_member()
    {
        var page = await Ask("web-lb", "can user reach lb on port 443?");

        Text(page, "ask-verdict").ShouldStartWith("Reachable");
        Text(page, "ask-allowed-by").ShouldContain("fw-edge: rule 2 'allow-https-in' (allow)");
        page.QuerySelectorAll("[data-testid=ask-path]").Length.ShouldBe(3);
        page.QuerySelectorAll("[data-step=load-balancer]").Length.ShouldBe(3);
        Text(page, "ask-return").ShouldStartWith("Reply:");
    }

    [Fact]
    public async Task Two_elements_without_a_port_show_the_ping_verdict_and_a_row_per_service()
    {
        var page = await Ask("zones-eai", "can app-a reach sap?");

        Text(page, "ask-verdict").ShouldStartWith("Denied at fw-ab");
        Text(page, "ask-services").ShouldContain("Services on sap");
        Rows(page).ShouldBe(["sap-dispatcher tcp 3200 | no | fw-ab: default rule (deny)", "sap-gateway tcp 3300 | no | fw-ab: rule 3 'app-a-to-sap-denied' (deny)"]);
    }

    [Fact]
    public async Task A_destination_without_services_says_the_answer_is_at_ip_level()
    {
        var page = await Ask("vlans", "can PC1 reach PC2?");

        Text(page, "ask-verdict").ShouldStartWith("Reachable");
        Text(page, "ask-no-services").ShouldBe("PC2 listens on no services; the answer above is at IP level (ping).");
    }

    [Fact]
    public async Task What_can_reach_sap_shows_the_count_and_a_row_per_flow()
    {
        var page = await Ask("zones-eai", "what can reach sap on 3300?");

        Words(Text(page, "ask-services-verdict")).ShouldBe("What can reach sap on port 3300 1 of 2 flows reachable");
        Rows(page).ShouldBe(["app-a | sap-gateway tcp 3300 | no | fw-ab: rule 3 'app-a-to-sap-denied' (deny)", "eai | sap-gateway tcp 3300 | yes | fw-ab: rule 2 'eai-to-sap' (allow)"]);
        page.QuerySelector("[data-testid=ask-verdict]").ShouldBeNull();
    }

    private static string[] Rows(IDocument page) => page.QuerySelectorAll("[data-testid=ask-services] tbody tr")
        .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(c => Words(c.TextContent))))
        .ToArray();

    private static string Words(string text) => string.Join(" ", text.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task A_misspelt_name_gets_a_did_you_mean()
    {
        var page = await Ask("zones-firewall", "can app-a reach sapp on port 3300?");

        Text(page, "ask-error").ShouldBe("no element named 'sapp'; did you mean 'sap'?");
        page.QuerySelector("[data-testid=ask-verdict]").ShouldBeNull();
    }

}
