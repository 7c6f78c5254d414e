namespace InfraDesigner.Testing;

/// <summary>The repository the tests run from: the folder above the test binaries that holds InfraDesigner.sln.</summary>
public static class RepositoryFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "InfraDesigner.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("InfraDesigner.sln not found above " + AppContext.BaseDirectory);
    }
}
