using Bunit;
using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Components.Revisions;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Components.Pages;

public sealed class RevisionPageTests : AppComponentTestBase
{
    [Fact]
    public async Task A_saved_version_shows_a_read_only_banner_with_restore_and_its_drawing()
    {
        await MigrateAsync();
        // The drawing attaches its canvas module in the browser; here only its markup counts.
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        var store = Service<TopologyStore>();
        var id = await store.CreateAsync(SampleTopologies.Get("zones-eai").Topology, ownerId: null);
        await store.SaveRevisionAsync(id, "through the EAI");

        var page = await Render<RevisionPage>(new() { ["Id"] = id, ["Number"] = 1 });

        var banner = page.QuerySelector("[data-testid=revision-banner]")!.TextContent;
        banner.ShouldContain("Version 1, saved");
        banner.ShouldContain("read-only");
        banner.ShouldContain("\"through the EAI\"");
        page.QuerySelector("[data-testid=restore-version]").ShouldNotBeNull();
        page.QuerySelector(".dg-node[data-node-id=eai]").ShouldNotBeNull();
        page.QuerySelectorAll("[role=tab]").Select(t => t.TextContent.Trim()).ShouldBe(["Drawing", "Table"]);
    }

    [Fact]
    public async Task A_missing_version_says_so()
    {
        await MigrateAsync();

        var page = await Render<RevisionPage>(new() { ["Id"] = Guid.NewGuid(), ["Number"] = 3 });

        page.QuerySelector("h1")!.TextContent.ShouldBe("Version not found");
    }
}
