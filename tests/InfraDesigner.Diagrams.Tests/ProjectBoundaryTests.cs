using System.Xml.Linq;

namespace InfraDesigner.Diagrams.Tests;

public class ProjectBoundaryTests
{
    private static readonly string Source = Path.Combine(RepositoryRoot(), "src", "InfraDesigner.Diagrams");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "src", "InfraDesigner.Diagrams", "InfraDesigner.Diagrams.csproj")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above the test output.");
    }

    [Fact]
    public void The_diagram_library_references_no_other_project_and_no_package()
    {
        var project = XDocument.Load(Path.Combine(Source, "InfraDesigner.Diagrams.csproj"));

        project.Descendants("ProjectReference").ShouldBeEmpty();
        project.Descendants("PackageReference").ShouldBeEmpty();
    }

    [Fact]
    public void The_browser_module_is_imported_by_exactly_one_wrapper()
    {
        var importers = Directory.EnumerateFiles(Source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs") || f.EndsWith(".razor"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => File.ReadAllText(f).Contains("_content/InfraDesigner.Diagrams/diagram.js"))
            .Select(Path.GetFileName)
            .ToList();

        importers.ShouldBe(["DiagramInterop.cs"]);
    }
}
