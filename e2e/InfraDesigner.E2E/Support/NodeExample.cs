using System.Diagnostics;
using InfraDesigner.Testing;

namespace InfraDesigner.E2E.Support;

/// <summary>The README's Node example of the simulation hub (docs/examples/node), run with the machine's Node.js.</summary>
public static class NodeExample
{
    public const string Install = "npm ci --prefix docs/examples/node";

    public static string Folder => Path.Combine(Repository.Root, "docs", "examples", "node");

    public static string? MissingReason() =>
        Prerequisites.MissingCommands("node").Count > 0 ? $"needs Node.js and npm: apt-get install -y nodejs npm, then {Install}"
        : !Directory.Exists(Path.Combine(Folder, "node_modules", "@microsoft", "signalr")) ? $"needs the example's packages: {Install}"
        : null;

    /// <summary>Runs one script of the example; answers its exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string script, params string[] arguments)
    {
        var info = new ProcessStartInfo("node", [script, .. arguments])
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["INFRADESIGNER_EMAIL"] = AppProcess.AdminEmail, ["INFRADESIGNER_PASSWORD"] = AppProcess.AdminPassword },
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(patience.Token);
        return (process.ExitCode, await output, await error);
    }
}
