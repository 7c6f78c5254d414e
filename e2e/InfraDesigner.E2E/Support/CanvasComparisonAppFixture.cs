namespace InfraDesigner.E2E.Support;

/// <summary>The app with the Blazor.Diagrams page beside the editor (bench/InfraDesigner.CanvasComparison), and a browser.</summary>
public sealed class CanvasComparisonAppFixture()
    : AppFixture(new AppProcess(Repository.CanvasComparisonBuildOutput, dll: "InfraDesigner.CanvasComparison.dll"));
