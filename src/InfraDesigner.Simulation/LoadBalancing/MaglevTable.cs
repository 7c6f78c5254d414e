namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>
/// Maglev's lookup table (Eisenbud et al., NSDI 2016, section 3.4): each member walks its own
/// permutation of the M slots (offset and skip from two hashes of its name) and the members take
/// turns claiming their next free slot until the table is full, so each gets M/N slots ± 1.
/// M must be prime so every skip visits every slot. With weights, a member takes its turn only in the
/// rounds its weight earns (as Envoy's weighted Maglev does: weight w of the largest W claims in w of every W
/// rounds), so its share of slots is w / Σw.
/// </summary>
public sealed class MaglevTable
{
    public const int DefaultSize = 65537;

    private const ulong SkipHashBasis = 0x84222325CBF29CE4UL;

    private readonly int[] entries;

    public MaglevTable(IReadOnlyList<string> members, int size = DefaultSize, IReadOnlyList<int>? weights = null)
    {
        if (!IsPrime(size))
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"The Maglev table size must be prime; {size} is not.");
        }
        if (members.Count == 0 || members.Count > size)
        {
            throw new ArgumentOutOfRangeException(nameof(members), "A Maglev table needs between 1 and M members.");
        }
        if (weights is not null && (weights.Count != members.Count || weights.Any(w => w < 1)))
        {
            throw new ArgumentOutOfRangeException(nameof(weights), "One weight of at least 1 per member.");
        }
        entries = Populate(members, size, weights ?? [.. members.Select(_ => 1)]);
    }

    public int Size => entries.Length;

    public ReadOnlySpan<int> Entries => entries;

    /// <summary>The index (in the member list) of the member a key maps to.</summary>
    public int Lookup(ulong key) => entries[(int)(StableHash.Mix(key) % (ulong)entries.Length)];

    public static bool IsPrime(int n)
    {
        if (n < 2)
        {
            return false;
        }
        for (var d = 2; (long)d * d <= n; d++)
        {
            if (n % d == 0)
            {
                return false;
            }
        }
        return true;
    }

    private static int[] Populate(IReadOnlyList<string> members, int size, IReadOnlyList<int> weights)
    {
        var n = members.Count;
        var position = new int[n];
        var skip = new int[n];
        for (var i = 0; i < n; i++)
        {
            position[i] = (int)(StableHash.Fnv1a(members[i]) % (ulong)size);
            skip[i] = (int)(StableHash.Fnv1a(members[i], SkipHashBasis) % (ulong)(size - 1)) + 1;
        }
        var table = new int[size];
        Array.Fill(table, -1);
        var filled = 0;
        var heaviest = weights.Max();
        var earned = new long[n];
        for (long round = 0; ; round++)
        {
            for (var i = 0; i < n; i++)
            {
                if (round * weights[i] < earned[i])
                {
                    continue;
                }
                earned[i] += heaviest;
                var c = position[i];
                while (table[c] >= 0)
                {
                    c = Advance(c, skip[i], size);
                }
                table[c] = i;
                position[i] = Advance(c, skip[i], size);
                if (++filled == size)
                {
                    return table;
                }
            }
        }
    }

    private static int Advance(int slot, int skip, int size)
    {
        var next = slot + skip;
        return next >= size ? next - size : next;
    }
}
