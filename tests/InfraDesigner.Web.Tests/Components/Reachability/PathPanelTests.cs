using AngleSharp.Dom;
using Bunit;
using InfraDesigner.Web.Components.Reachability;
using InfraDesigner.Web.Features.Reachability;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using InfraDesigner.Web.Tests.Support;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Tests.Components.Reachability;

/// <summary>The Ask tab's pieces beside the canvas: the compact hop list, a hop's steps, the link to the deciding rule.</summary>
public sealed class PathPanelTests : AppComponentTestBase
{
    private async Task<ReachabilityAnswer> TraceAsync(string sample, string from, string to, int port)
    {
        await MigrateAsync();
        var id = await Service<ISender>().Send(new CreateFromSample(sample));
        return (await Service<ISender>().Send(new TraceReachability(id!.Value, from, to, port, "tcp")))!;
    }

    [Fact]
    public async Task A_compact_list_names_the_hops_and_shows_the_steps_of_the_picked_one_only()
    {
        var answer = await TraceAsync("zones-eai", "app-a", "sap", 3300);

        var page = await Render<PathList>(new()
        {
            [nameof(PathList.Path)] = answer.Paths[0],
            [nameof(PathList.Compact)] = true,
            [nameof(PathList.Picked)] = new HopRef(0, 3),
            [nameof(PathList.HopPicked)] = EventCallback.Factory.Create<HopRef?>(this, _ => { }),
        });

        page.QuerySelectorAll("[data-hop-key]").Select(h => h.GetAttribute("data-hop-key")).ShouldBe(["0:0", "0:1", "0:2", "0:3"]);
        page.QuerySelectorAll("[data-step]").ShouldBeEmpty();
        var details = page.QuerySelector("[data-hop-key='0:3'] [data-testid=hop-details]").ShouldNotBeNull();
        details.QuerySelector("strong")!.TextContent.ShouldBe("fw-ab");
        details.QuerySelector("[data-step-detail=filter]")!.ClassName.ShouldBe("rule-deny");
    }

    [Fact]
    public async Task A_load_balancer_hop_shows_its_choice_and_the_destination_nat_before_and_after()
    {
        var answer = await TraceAsync("web-lb", "user", "lb", 443);
        var lb = answer.Paths[1].Hops.Single(h => h.Device == "lb");

        var page = await Render<HopDetails>(new() { [nameof(HopDetails.Hop)] = lb });

        Labels(page).ShouldContain("Load balancer");
        Labels(page).ShouldContain("destination NAT");
        page.QuerySelector("[data-step-detail=load-balancer]")!.TextContent.ShouldContain("sends it to web2:443");
        page.QuerySelector(".nat-before")!.TextContent.ShouldContain("198.51.100.10:443");
        page.QuerySelector(".nat-after")!.TextContent.ShouldContain("10.50.10.12:443");
    }

    [Fact]
    public async Task The_verdict_links_the_deciding_rule_only_when_the_rules_editor_is_there_to_open_it()
    {
        var answer = await TraceAsync("zones-eai", "app-a", "sap", 3300);
        RuleView? opened = null;

        var alone = await Render<VerdictBanner>(new() { [nameof(VerdictBanner.Answer)] = answer });
        alone.QuerySelector("[data-testid=ask-open-rule]").ShouldBeNull();
        var rendered = Bunit.Render<VerdictBanner>(p => p.Add(v => v.Answer, answer).Add(v => v.RuleRequested, r => opened = r));
        rendered.Find("[data-testid=ask-open-rule]").TextContent.ShouldBe("Open rule 'app-a-to-sap-denied' in fw-ab's rules");
        rendered.Find("[data-testid=ask-open-rule]").Click();

        opened.ShouldNotBeNull().Number.ShouldBe(3);
    }

    private static string[] Labels(IDocument page) => page.QuerySelectorAll("dt").Select(d => d.TextContent).ToArray();
}
