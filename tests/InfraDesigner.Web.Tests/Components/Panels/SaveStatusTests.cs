using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Components.Panels;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace InfraDesigner.Web.Tests.Components.Panels;

public sealed class SaveStatusTests : AppComponentTestBase
{
    [Fact]
    public async Task A_conflict_shows_what_was_not_saved_and_offers_to_reload_the_topology()
    {
        var session = await SessionInConflictAsync();

        var page = await Render<SaveStatus>(new()
        {
            ["Session"] = session,
            ["ReloadRequested"] = EventCallback.Factory.Create(this, () => { }),
        });

        page.QuerySelector("[data-testid=save-status]")!.ClassList.ShouldContain("save-conflict");
        page.QuerySelector("[role=alert]")!.TextContent.ShouldBe("app-a was changed by someone else; your change was not saved. You now see their version.");
        page.QuerySelector("button")!.TextContent.Trim().ShouldBe("Reload the topology");
    }

    [Fact]
    public async Task Without_a_way_to_reload_the_conflict_is_shown_without_the_button()
    {
        var session = await SessionInConflictAsync();

        var page = await Render<SaveStatus>(new() { ["Session"] = session });

        page.QuerySelector("[role=alert]").ShouldNotBeNull();
        page.QuerySelector("button").ShouldBeNull();
    }

    /// <summary>Two sessions move app-a; the second is refused, as two users' would be.</summary>
    private async Task<EditingSession> SessionInConflictAsync()
    {
        await MigrateAsync();
        var store = Service<TopologyStore>();
        var id = await store.CreateAsync(SampleTopologies.Get("zones-firewall").Topology, ownerId: null);
        var (first, second) = (Open(), Open());
        (await first.OpenAsync(id)).ShouldBeTrue();
        (await second.OpenAsync(id)).ShouldBeTrue();
        await first.ApplyAsync(t => TopologyEdits.Move(t, [("app-a", 900, 900)]));
        await second.ApplyAsync(t => TopologyEdits.Move(t, [("app-a", 10, 10)]));
        second.SaveState.ShouldBe(SaveState.Conflict);
        return second;

        EditingSession Open() => ActivatorUtilities.CreateInstance<EditingSession>(Provider);
    }
}
