using InfraDesigner.Web.Components.Pages;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Components.Pages;

/// <summary>The home page rendered with the app's real services on a real SQLite file.</summary>
public sealed class HomeTests : AppComponentTestBase
{
    private async Task<ISender> MigratedSender()
    {
        await MigrateAsync();
        return Service<ISender>();
    }

    [Fact]
    public async Task With_no_topologies_the_home_page_invites_to_create_one()
    {
        await MigratedSender();

        var page = await Render<Home>();

        page.QuerySelector("h1")!.TextContent.ShouldBe("Topologies");
        page.QuerySelector(".empty-state")!.TextContent.ShouldContain("No topologies yet.");
        page.QuerySelectorAll(".sample-card").Length.ShouldBe(7);
        page.QuerySelector("[data-testid=new-topology]")!.TextContent.Trim().ShouldBe("New topology");
    }

    [Fact]
    public async Task Stored_topologies_are_listed_with_links_to_their_pages()
    {
        var sender = await MigratedSender();
        var plant = await sender.Send(new CreateTopology("Plant network", "segmentation for the plant"));

        var page = await Render<Home>();

        var link = page.QuerySelector("tbody a")!;
        link.TextContent.ShouldBe("Plant network");
        link.GetAttribute("href").ShouldBe($"topologies/{plant}");
        page.QuerySelector($"button[aria-label='Delete Plant network']").ShouldNotBeNull();
    }
}
