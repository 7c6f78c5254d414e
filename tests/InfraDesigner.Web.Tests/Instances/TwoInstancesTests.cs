using InfraDesigner.Web.Accounts;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Instances;
using InfraDesigner.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace InfraDesigner.Web.Tests.Instances;

/// <summary>Two app instances on one PostgreSQL database, as behind a load balancer: what one stores, the other's editors see.</summary>
public sealed class TwoInstancesTests(PostgreSqlAppFactory first) : IClassFixture<PostgreSqlAppFactory>, IDisposable
{
    private readonly List<IDisposable> _opened = [];

    private async Task<AppFactory> SecondInstanceAsync()
    {
        var second = first.AnotherInstance();
        _opened.Add(second);
        _ = second.CreateClient();
        await second.Services.GetRequiredService<PostgreSqlNoticeListener>().Listening.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return second;
    }

    private async Task<EditingSession> OpenEditorAsync(AppFactory instance, Guid id)
    {
        var circuit = instance.Services.CreateScope();
        _opened.Add(circuit);
        circuit.ServiceProvider.GetRequiredService<CurrentUser>().Principal = TestUsers.Admin();
        var session = circuit.ServiceProvider.GetRequiredService<EditingSession>();
        (await session.OpenAsync(id)).ShouldBeTrue();
        return session;
    }

    [SkippableFact]
    public async Task An_element_moved_in_an_editor_on_one_instance_moves_in_the_editor_on_the_other()
    {
        var second = await SecondInstanceAsync();
        var id = await SampleUpload.PostAsync(first.CreateClient());
        var editorOnFirst = await OpenEditorAsync(first, id);
        var editorOnSecond = await OpenEditorAsync(second, id);
        var heard = new TaskCompletionSource<IReadOnlyList<InfraDesigner.Data.Documents.ItemKey>>(TaskCreationOptions.RunContinuationsAsynchronously);
        editorOnSecond.ChangedElsewhere += keys => heard.TrySetResult(keys);

        await editorOnFirst.ApplyAsync(t => TopologyEdits.Move(t, [("app-a", 444, 111)]));

        // As a circuit does: reload on its own thread the items another session stored.
        await editorOnSecond.ReloadItemsAsync(await heard.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        editorOnSecond.Topology!.FindElement("app-a")!.Canvas.X.ShouldBe(444);
    }

    [SkippableFact]
    public async Task A_rename_through_the_api_of_one_instance_reaches_an_editor_on_the_other()
    {
        var second = await SecondInstanceAsync();
        var client = first.CreateClient();
        var id = await SampleUpload.PostAsync(client);
        var editorOnSecond = await OpenEditorAsync(second, id);
        var heard = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        editorOnSecond.ReplacedElsewhere += what => heard.TrySetResult(what);

        (await client.PatchAsJsonAsync($"/api/topologies/{id}", new { name = "renamed" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await heard.Task.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe("The topology was renamed to \"renamed\" by another user.");
    }

    [SkippableFact]
    public async Task The_other_instance_still_serves_every_acknowledged_edit_after_one_stops()
    {
        var stopping = first.AnotherInstance();
        var id = await SampleUpload.PostAsync(stopping.CreateClient());
        using (var circuit = stopping.Services.CreateScope())
        {
            circuit.ServiceProvider.GetRequiredService<CurrentUser>().Principal = TestUsers.Admin();
            var editor = circuit.ServiceProvider.GetRequiredService<EditingSession>();
            (await editor.OpenAsync(id)).ShouldBeTrue();
            (await editor.ApplyAsync(t => TopologyEdits.Move(t, [("app-a", 555, 111)]))).ShouldBe(EditOutcome.Done);
        }

        await stopping.DisposeAsync();

        var document = await first.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/topologies/{id}");
        document.GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "app-a")
            .GetProperty("canvas").GetProperty("x").GetDouble().ShouldBe(555);
    }

    [SkippableFact]
    public async Task What_one_instance_protects_the_other_can_read()
    {
        var second = await SecondInstanceAsync();
        _ = first.CreateClient();
        var protectedThere = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("circuit").Protect("state");

        second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("circuit").Unprotect(protectedThere).ShouldBe("state");
        // In the database, not in a folder of this machine that both test hosts happen to share.
        using var db = first.Database.CreateContext();
        db.DataProtectionKeys.Count().ShouldBeGreaterThan(0);
    }

    public void Dispose()
    {
        foreach (var opened in Enumerable.Reverse(_opened)) opened.Dispose();
    }
}
