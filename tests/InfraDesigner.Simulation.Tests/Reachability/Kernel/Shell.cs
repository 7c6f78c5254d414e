using System.Diagnostics;

namespace InfraDesigner.Simulation.Tests.Reachability.Kernel;

/// <summary>Runs a bash script and returns its exit code and output; the script is passed on stdin.</summary>
internal static class Shell
{
    public static (int ExitCode, string Output, string Error) Run(string script, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("bash", "-s")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"script did not finish:\n{script}");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
