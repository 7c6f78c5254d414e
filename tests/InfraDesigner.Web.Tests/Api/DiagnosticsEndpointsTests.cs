using System.Net;
using System.Net.Http.Json;
using InfraDesigner.Web.Features.Diagnostics;
using InfraDesigner.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace InfraDesigner.Web.Tests.Api;

public abstract class DiagnosticsEndpointsTests<TApp>(TApp factory) : IClassFixture<TApp> where TApp : AppFactory
{
    [SkippableFact]
    public async Task The_memory_report_gives_circuits_heap_and_working_set()
    {
        var report = await factory.CreateClient().GetFromJsonAsync<MemoryReport>("/api/diagnostics/memory");

        report.ShouldNotBeNull();
        report.OpenCircuits.ShouldBe(0);
        report.ManagedHeapMegabytes.ShouldBeGreaterThan(0);
        report.WorkingSetMegabytes.ShouldBeGreaterThan(0);
        report.Collected.ShouldBeFalse();
    }

    [SkippableFact]
    public async Task Forcing_a_collection_is_refused_unless_the_configuration_allows_it()
    {
        var refused = await factory.CreateClient().GetAsync("/api/diagnostics/memory?collect=true");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Diagnostics:AllowCollect");

        var allowing = factory.WithWebHostBuilder(b => b.UseSetting("Diagnostics:AllowCollect", "true"));
        var report = await allowing.CreateClient().GetFromJsonAsync<MemoryReport>("/api/diagnostics/memory?collect=true");
        report!.Collected.ShouldBeTrue();
    }
}

public sealed class DiagnosticsEndpointsOnSqliteTests(AppFactory factory) : DiagnosticsEndpointsTests<AppFactory>(factory);

public sealed class DiagnosticsEndpointsOnPostgreSqlTests(PostgreSqlAppFactory factory) : DiagnosticsEndpointsTests<PostgreSqlAppFactory>(factory);
