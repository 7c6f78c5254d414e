using System.Text.RegularExpressions;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Tests.Documents;

public sealed class FormatDocumentationTests
{
    private static string Markdown()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "docs", "topology-format.md");
            if (File.Exists(candidate))
            {
                return File.ReadAllText(candidate);
            }
        }
        throw new FileNotFoundException("docs/topology-format.md not found above the test folder.");
    }

    [Fact]
    public void The_example_in_the_format_reference_imports_without_problems()
    {
        var example = Regex.Match(Markdown(), "```json\\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

        var result = TopologyDocumentSerializer.Import(example);

        result.Problems.ShouldBeEmpty();
        result.Topology!.Elements.Count.ShouldBe(4);
    }

    [Fact]
    public void The_format_reference_describes_every_element_kind()
    {
        var markdown = Markdown();

        foreach (var kind in Enum.GetValues<ElementKind>())
        {
            markdown.ShouldContain($"| `{System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString())}` |");
        }
    }
}
