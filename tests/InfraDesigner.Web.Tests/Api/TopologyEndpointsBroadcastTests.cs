using System.Net;
using System.Net.Http.Json;
using System.Text;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InfraDesigner.Web.Tests.Api;

/// <summary>Writes through the REST API reach the editors open on the topology in the same app.</summary>
public abstract class TopologyEndpointsBroadcastTests<TApp>(TApp factory) : IClassFixture<TApp>, IDisposable where TApp : AppFactory
{
    private readonly HttpClient _client = factory.CreateClient();
    private readonly List<IServiceScope> _circuits = [];

    private Task<Guid> PostSampleAsync() => SampleUpload.PostAsync(_client);

    /// <summary>An editor as a circuit has it (its own scope of the app's services), and what it hears.</summary>
    private async Task<(EditingSession Session, TaskCompletionSource<string> Heard)> OpenEditorAsync(Guid id)
    {
        var circuit = factory.Services.CreateScope();
        _circuits.Add(circuit);
        circuit.ServiceProvider.GetRequiredService<CurrentUser>().Principal = TestUsers.Admin();
        var session = circuit.ServiceProvider.GetRequiredService<EditingSession>();
        (await session.OpenAsync(id)).ShouldBeTrue();
        var heard = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        session.ReplacedElsewhere += what => heard.TrySetResult(what);
        return (session, heard);
    }

    [SkippableFact]
    public async Task A_put_that_moves_one_element_reaches_an_open_editor()
    {
        var id = await PostSampleAsync();
        var (editor, heard) = await OpenEditorAsync(id);
        var moved = TopologyEdits.Move(SampleTopologies.Get("zones-firewall").Topology, [("app-a", 333, 222)]);

        var response = await _client.PutAsync($"/api/topologies/{id}", new StringContent(TopologyDocumentSerializer.Export(moved), Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await heard.Task.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe("The topology was replaced by another user.");
        await editor.ReloadAsync();
        editor.Topology!.FindElement("app-a")!.Canvas.X.ShouldBe(333);
    }

    [SkippableFact]
    public async Task A_restore_through_the_api_reaches_an_open_editor()
    {
        var id = await PostSampleAsync();
        (await _client.PostAsJsonAsync($"/api/topologies/{id}/revisions", new { name = "first" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var (editor, heard) = await OpenEditorAsync(id);
        await editor.ApplyAsync(t => TopologyEdits.Delete(t, ["app-a"]));

        (await _client.PostAsync($"/api/topologies/{id}/revisions/1/restore", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await heard.Task.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe("Version 1 \"first\" was restored by another user.");
        await editor.ReloadAsync();
        editor.Topology!.FindElement("app-a").ShouldNotBeNull();
    }

    [SkippableFact]
    public async Task A_rename_through_the_api_reaches_an_open_editor()
    {
        var id = await PostSampleAsync();
        var (_, heard) = await OpenEditorAsync(id);

        (await _client.PatchAsJsonAsync($"/api/topologies/{id}", new { name = "renamed" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await heard.Task.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe("The topology was renamed to \"renamed\" by another user.");
    }

    public void Dispose()
    {
        foreach (var circuit in _circuits) circuit.Dispose();
    }
}

public sealed class TopologyEndpointsBroadcastOnSqliteTests(AppFactory factory) : TopologyEndpointsBroadcastTests<AppFactory>(factory);

public sealed class TopologyEndpointsBroadcastOnPostgreSqlTests(PostgreSqlAppFactory factory) : TopologyEndpointsBroadcastTests<PostgreSqlAppFactory>(factory);
