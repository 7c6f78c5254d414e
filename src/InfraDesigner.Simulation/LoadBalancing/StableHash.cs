using System.Text;

namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>Hashes that are the same on every run and machine (string.GetHashCode is randomised per process).</summary>
internal static class StableHash
{
    public static ulong Fnv1a(string text, ulong basis = 14695981039346656037UL)
    {
        var hash = basis;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return Mix(hash);
    }

    /// <summary>SplitMix64's finaliser: spreads every input bit over the output.</summary>
    public static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
