using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Components.Revisions;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Components.Pages;

public sealed class RevisionPageTests : AppComponentTestBase
{
    [Fact]
    public async Task A_saved_version_shows_read_only_with_its_elements_and_firewall_rules()
    {
        await MigrateAsync();
        var store = Service<TopologyStore>();
        var id = await store.CreateAsync(SampleTopologies.Get("zones-eai").Topology);
        await store.SaveRevisionAsync(id, "through the EAI");

        var page = await Render<RevisionPage>(new() { ["Id"] = id, ["Number"] = 1 });

        page.QuerySelector("h1")!.TextContent.ShouldBe("zones-eai");
        page.QuerySelector(".eyebrow")!.TextContent.ShouldBe("Version 1 · read-only");
        page.QuerySelectorAll("table[aria-label=Elements] tbody tr").Select(r => r.Children[0].TextContent).ShouldContain("eai");
        page.QuerySelector("table[aria-label='Rules of fw-ab']").ShouldNotBeNull();
        page.QuerySelector("a[download]")!.GetAttribute("href").ShouldBe($"api/topologies/{id}/revisions/1?download=true");
    }

    [Fact]
    public async Task A_missing_version_says_so()
    {
        await MigrateAsync();

        var page = await Render<RevisionPage>(new() { ["Id"] = Guid.NewGuid(), ["Number"] = 3 });

        page.QuerySelector("h1")!.TextContent.ShouldBe("Version not found");
    }
}
