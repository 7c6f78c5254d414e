using System.Text.Json.Nodes;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Lessons;

namespace InfraDesigner.Domain.Tests.Documents;

public sealed class TopologyDocumentSchemaTests
{
    public static TheoryData<string> SchemaFiles => ["topology-format.schema.json", "lesson-format.schema.json"];

    private static JsonObject Generated(string file) => file == "lesson-format.schema.json" ? LessonSchema.Generate() : TopologyDocumentSchema.Generate();

    private static string Docs()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "docs");
            if (File.Exists(Path.Combine(candidate, "topology-format.md")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("docs/ not found above the test folder.");
    }

    /// <summary>UPDATE_SCHEMAS=1 dotnet test --filter TopologyDocumentSchemaTests writes the schemas anew.</summary>
    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void The_schema_in_docs_is_the_one_generated_from_the_serializer(string file)
    {
        var path = Path.Combine(Docs(), file);
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMAS") == "1")
        {
            File.WriteAllText(path, DocumentSchema.Text(Generated(file)));
        }
        var committed = JsonNode.Parse(File.ReadAllText(path));

        JsonNode.DeepEquals(committed, Generated(file)).ShouldBeTrue(
            $"docs/{file} is stale: regenerate it with UPDATE_SCHEMAS=1 dotnet test --filter TopologyDocumentSchemaTests");
    }

    [Fact]
    public void The_schema_is_draft_2020_12_and_requires_the_format_version_and_name()
    {
        var schema = TopologyDocumentSchema.Generate();

        schema["$schema"]!.GetValue<string>().ShouldBe("https://json-schema.org/draft/2020-12/schema");
        schema["required"]!.AsArray().Select(node => node!.GetValue<string>()).ShouldBe(["formatVersion", "name"], ignoreOrder: true);
    }

    [Fact]
    public void The_schema_lists_every_element_kind_by_its_discriminator()
    {
        var text = TopologyDocumentSchema.GenerateText();

        foreach (var kind in new[] { "physical-host", "cluster", "virtual-machine", "container-host", "client", "switch", "router", "firewall", "load-balancer", "reverse-proxy", "forward-proxy", "dns-server", "storage" })
        {
            text.ShouldContain($"\"const\": \"{kind}\"");
        }
    }

    [Fact]
    public void The_lesson_schema_lists_every_check_and_fault_kind_and_takes_texts_in_both_forms()
    {
        var text = LessonSchema.GenerateText();

        foreach (var kind in new[] { "reach", "no-opening", "survives-host-loss", "insert-rule", "remove-rule", "access-vlan", "remove-route", "member-down", "trunk-vlan" })
        {
            text.ShouldContain($"\"const\": \"{kind}\"");
        }
        LessonSchema.Generate()["$defs"]!["localizedText"]!["oneOf"]!.AsArray().Count.ShouldBe(2);
    }
}
