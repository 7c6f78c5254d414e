using System.Net;
using System.Text;
using System.Text.Json;
using InfraDesigner.Domain.Tests.Documents;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Api;

/// <summary>
/// Every malformed or hostile document of the importer's corpus, posted to the API: each gets a 400
/// naming where it breaks (or a 413), never a 500, and every stored row stays as it was.
/// </summary>
public abstract class HostileDocumentApiTests<TApp> : IClassFixture<TApp> where TApp : AppFactory
{
    private readonly TApp _factory;
    private readonly HttpClient _client;

    protected HostileDocumentApiTests(TApp factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [SkippableFact]
    public async Task Every_hostile_document_is_refused_with_a_path_and_leaves_the_database_unchanged()
    {
        (await _client.PostAsync("/api/topologies/from-sample/zones-eai", null)).EnsureSuccessStatusCode();
        var corpus = HostileDocuments.Categories.SelectMany(HostileDocuments.For).ToList();
        corpus.Count.ShouldBeGreaterThanOrEqualTo(200);
        var before = _factory.Database.Content();

        var wrong = new List<string>();
        foreach (var entry in corpus)
        {
            using var response = await _client.PostAsync("/api/topologies", new StringContent(entry.Json, Encoding.UTF8, "application/json"));
            if (!await IsClearRefusal(response)) wrong.Add($"{entry.Label}: {(int)response.StatusCode}");
        }

        wrong.ShouldBeEmpty();
        _factory.Database.Content().ShouldBe(before);
    }

    private static async Task<bool> IsClearRefusal(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge) return true;
        if (response.StatusCode != HttpStatusCode.BadRequest) return false;
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.TryGetProperty("errors", out var errors)
            && errors.EnumerateObject().Any(e => e.Name.Length > 0 && e.Value[0].GetString() is { Length: > 0 });
    }
}

public sealed class HostileDocumentApiOnSqliteTests(AppFactory factory) : HostileDocumentApiTests<AppFactory>(factory);

public sealed class HostileDocumentApiOnPostgreSqlTests(PostgreSqlAppFactory factory) : HostileDocumentApiTests<PostgreSqlAppFactory>(factory);
