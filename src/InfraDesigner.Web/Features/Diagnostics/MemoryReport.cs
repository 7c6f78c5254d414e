using System.Diagnostics;
using InfraDesigner.Web.Hubs;

namespace InfraDesigner.Web.Features.Diagnostics;

/// <summary>What the server process holds: its open circuits, the simulation hub streams running, the managed heap and the resident memory.</summary>
public sealed record MemoryReport(int OpenCircuits, double ManagedHeapMegabytes, double WorkingSetMegabytes, bool Collected, int RunningHubStreams)
{
    private const double Megabyte = 1024 * 1024;

    /// <summary>The figures now; after a full, compacting collection when <paramref name="collect"/> is set, so the heap is what is live.</summary>
    public static MemoryReport Take(OpenCircuits circuits, RunningHubStreams hubStreams, bool collect)
    {
        if (collect)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        using var process = Process.GetCurrentProcess();
        return new(circuits.Count, GC.GetTotalMemory(forceFullCollection: false) / Megabyte, process.WorkingSet64 / Megabyte, collect, hubStreams.Count);
    }
}
