using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Api;

public abstract class AppEndpointsTests<TApp> : IClassFixture<TApp> where TApp : AppFactory
{
    private readonly HttpClient _client;

    protected AppEndpointsTests(TApp factory) => _client = factory.CreateClient();

    [SkippableFact]
    public async Task Health_reports_healthy_when_the_database_answers()
    {
        var response = await _client.GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [SkippableFact]
    public async Task The_openapi_document_describes_the_topology_api()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));

        document.RootElement.GetProperty("paths").TryGetProperty("/api/topologies", out _).ShouldBeTrue();
    }

    [SkippableFact]
    public async Task The_home_page_is_prerendered_and_loads_the_blazor_script()
    {
        var html = await _client.GetStringAsync("/");

        html.ShouldContain(">Topologies</h1>");
        html.ShouldContain("_framework/blazor.web");
        html.ShouldContain("id=\"components-reconnect-modal\"");
    }

    [SkippableFact]
    public async Task An_unknown_topology_page_says_so()
    {
        var html = await _client.GetStringAsync($"/topologies/{Guid.NewGuid()}");

        html.ShouldContain("Topology not found");
    }
}

public sealed class AppEndpointsOnSqliteTests(AppFactory factory) : AppEndpointsTests<AppFactory>(factory);

public sealed class AppEndpointsOnPostgreSqlTests(PostgreSqlAppFactory factory) : AppEndpointsTests<PostgreSqlAppFactory>(factory);
