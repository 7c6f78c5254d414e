using System.Reflection;
using InfraDesigner.Testing;

namespace InfraDesigner.E2E.Support;

/// <summary>Where things are in the repository these tests run from.</summary>
public static class Repository
{
    public static string Root => RepositoryFolder.Root;

    /// <summary>The configuration these tests were built in (Debug or Release); the app was built alongside.</summary>
    public static string Configuration { get; } =
        typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string WebProject => Path.Combine(Root, "src", "InfraDesigner.Web");

    public static string WebBuildOutput => Path.Combine(WebProject, "bin", Configuration, "net10.0");

    /// <summary>The app with the Blazor.Diagrams page beside it (bench/InfraDesigner.CanvasComparison), built alongside.</summary>
    public static string CanvasComparisonBuildOutput => Path.Combine(Root, "bench", "InfraDesigner.CanvasComparison", "bin", Configuration, "net10.0");

    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
}
