using InfraDesigner.Testing;
using System.Xml.Linq;

namespace InfraDesigner.Web.Tests;

/// <summary>Holds the reference rules of ARCHITECTURE.md by reading the project files.</summary>
public sealed class ArchitectureTests
{
    public static TheoryData<string, string[]> AllowedReferences => new()
    {
        { "InfraDesigner.Domain", [] },
        { "InfraDesigner.Simulation", ["InfraDesigner.Domain"] },
        { "InfraDesigner.Data", ["InfraDesigner.Domain"] },
        { "InfraDesigner.Data.PostgreSql", ["InfraDesigner.Data"] },
        { "InfraDesigner.Diagrams", [] },
        { "InfraDesigner.Web", ["InfraDesigner.Domain", "InfraDesigner.Simulation", "InfraDesigner.Data", "InfraDesigner.Data.PostgreSql", "InfraDesigner.Diagrams"] },
    };

    [Theory]
    [MemberData(nameof(AllowedReferences))]
    public void A_project_references_only_what_the_architecture_allows(string project, string[] allowed)
    {
        var referenced = ProjectReferencesOf(project);

        referenced.Except(allowed).ShouldBeEmpty($"{project} may reference only [{string.Join(", ", allowed)}]");
    }

    [Theory]
    [InlineData("InfraDesigner.Simulation")]
    [InlineData("InfraDesigner.Domain")]
    public void Engines_and_the_model_use_neither_ef_core_nor_asp_net(string project)
    {
        var csproj = XDocument.Load(ProjectFile(project));

        // A solver library (OR-Tools) is fine in an engine; a persistence or web framework is not.
        csproj.Descendants("PackageReference").Select(p => (string?)p.Attribute("Include") ?? "")
            .Where(name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.Extensions", StringComparison.Ordinal))
            .ShouldBeEmpty();
        csproj.Descendants("FrameworkReference").ShouldBeEmpty();
    }

    [Fact]
    public void The_engines_declare_none_of_the_models_enums_again()
    {
        var modelEnums = typeof(Domain.Topologies.Topology).Assembly.GetTypes().Where(t => t.IsEnum).Select(t => t.Name).ToHashSet();

        var redeclared = typeof(Simulation.Progress.SimulationEvent).Assembly.GetTypes().Where(t => t.IsEnum && modelEnums.Contains(t.Name));

        redeclared.Select(t => t.FullName).ShouldBeEmpty("the engines use the Domain's enums");
    }

    [Fact]
    public void Nothing_in_the_app_writes_debug_output_to_the_console()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var printing = sources.Where(f => File.ReadAllText(f) is var text
            && (text.Contains("Console.Write", StringComparison.Ordinal) || text.Contains("Debug.Write", StringComparison.Ordinal)));

        printing.Select(f => Path.GetRelativePath(RepositoryRoot(), f)).ShouldBeEmpty("log through ILogger instead");
    }

    private static string[] ProjectReferencesOf(string project) =>
        XDocument.Load(ProjectFile(project)).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string)r.Attribute("Include")!).Replace('\\', '/')))
            .ToArray();

    private static string ProjectFile(string project) => Path.Combine(RepositoryRoot(), "src", project, project + ".csproj");

    private static string RepositoryRoot() => RepositoryFolder.Root;
}
