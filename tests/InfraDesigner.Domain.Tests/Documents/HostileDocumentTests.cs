using InfraDesigner.Domain.Documents;

namespace InfraDesigner.Domain.Tests.Documents;

public sealed class HostileDocumentTests
{
    public static TheoryData<string> Categories => new(HostileDocuments.Categories);

    [Theory]
    [MemberData(nameof(Categories))]
    public void Every_hostile_document_is_refused_with_problems_that_have_paths_and_never_throws(string category)
    {
        var failures = new List<string>();
        foreach (var entry in HostileDocuments.For(category))
        {
            try
            {
                var result = TopologyDocumentSerializer.Import(entry.Json);
                if (result.Succeeded || result.Problems.IsEmpty || result.Problems.Any(problem => string.IsNullOrEmpty(problem.Path) || string.IsNullOrEmpty(problem.Message)))
                {
                    failures.Add($"{entry.Label}: succeeded={result.Succeeded} problems=[{string.Join("; ", result.Problems)}]");
                }
                else if (entry.ExpectedPath is { } expected && !result.Errors.Any(problem => problem.Path == expected))
                {
                    failures.Add($"{entry.Label}: expected an error at {expected}, got [{string.Join("; ", result.Problems)}]");
                }
            }
            catch (Exception error)
            {
                failures.Add($"{entry.Label}: threw {error.GetType().Name}: {error.Message}");
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures.Take(20)));
    }

    [Fact]
    public void The_corpus_holds_at_least_200_documents()
    {
        HostileDocuments.Categories.Sum(category => HostileDocuments.For(category).Count()).ShouldBeGreaterThanOrEqualTo(200);
    }
}
