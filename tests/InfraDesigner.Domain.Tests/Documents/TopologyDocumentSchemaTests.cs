using System.Text.Json.Nodes;
using InfraDesigner.Domain.Documents;

namespace InfraDesigner.Domain.Tests.Documents;

public sealed class TopologyDocumentSchemaTests
{
    private static string SchemaFile()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "docs", "topology-format.schema.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("docs/topology-format.schema.json not found above the test folder.");
    }

    [Fact]
    public void The_schema_in_docs_is_the_one_generated_from_the_serializer()
    {
        var committed = JsonNode.Parse(File.ReadAllText(SchemaFile()));

        JsonNode.DeepEquals(committed, TopologyDocumentSchema.Generate()).ShouldBeTrue(
            "docs/topology-format.schema.json is stale: regenerate it with TopologyDocumentSchema.GenerateText()");
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
}
