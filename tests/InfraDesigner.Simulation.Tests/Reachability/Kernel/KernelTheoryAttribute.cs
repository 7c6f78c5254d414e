using InfraDesigner.Testing;

namespace InfraDesigner.Simulation.Tests.Reachability.Kernel;

/// <summary>
/// A differential test against the Linux kernel: it builds network namespaces, so it needs root and
/// iproute2, nftables and socat. Without them it is skipped with the install command (not under CI).
/// </summary>
public sealed class KernelTheoryAttribute : TheoryAttribute
{
    public const string Install = "sudo apt-get install -y iproute2 nftables socat";

    public KernelTheoryAttribute() => Skip = Prerequisites.SkipReason(Missing());

    private static string? Missing()
    {
        if (!OperatingSystem.IsLinux()) return "needs Linux network namespaces (run on Linux as root)";
        var tools = Prerequisites.MissingCommands("ip", "nft", "socat");
        if (tools.Count > 0) return $"needs {string.Join(", ", tools)}: {Install}, then run the tests as root";
        return Environment.IsPrivilegedProcess ? null : "needs root for network namespaces: run the tests as root (sudo -E dotnet test), or leave them out with --filter Category!=Kernel";
    }
}
