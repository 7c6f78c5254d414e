namespace InfraDesigner.Testing;

/// <summary>
/// What a test needs from the machine beyond the .NET SDK (a browser, root, kernel tools). On a
/// developer machine a missing prerequisite skips the test with the reason and the command that
/// installs it; under CI=true nothing is skipped, so a missing prerequisite fails the run.
/// </summary>
public static class Prerequisites
{
    public const string CiVariable = "CI";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable(CiVariable), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The skip reason for a test whose missing prerequisite is <paramref name="missing"/> (null when all are there).</summary>
    public static string? SkipReason(string? missing) => missing is null || InCi ? null : missing;

    /// <summary>The commands of <paramref name="commands"/> that are not on PATH.</summary>
    public static IReadOnlyList<string> MissingCommands(params string[] commands)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return [.. commands.Where(command => !folders.Any(folder => File.Exists(Path.Combine(folder, command))))];
    }
}
