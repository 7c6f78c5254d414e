namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// For VMs without rules, the filter and the score depend only on the VM's size and the host's
/// usage, so each size class keeps a priority queue of its feasible hosts, best first (ties: earlier
/// in the host order, as in the scan). Placing a VM changes one host, which is re-queued for every
/// class; stale entries are skipped by a version stamp. This turns O(hosts) per VM into
/// O(classes · log hosts), and picks exactly the host the scan would. VMs with rules are always scanned.
/// </summary>
internal sealed class HostQueues
{
    private readonly PlacementState state;
    private readonly PlacementStrategy strategy;
    private readonly int[] representative;
    private readonly int[] position;
    private readonly int[] version;
    private readonly PriorityQueue<(int Host, int Version), (double NegativeScore, int Position)>[] queues;

    public HostQueues(PlacementState state, PlacementStrategy strategy, int[] representative, int[] hostOrder)
    {
        this.state = state;
        this.strategy = strategy;
        this.representative = representative;
        position = new int[hostOrder.Length];
        for (var i = 0; i < hostOrder.Length; i++)
        {
            position[hostOrder[i]] = i;
        }
        version = new int[hostOrder.Length];
        queues = new PriorityQueue<(int, int), (double, int)>[representative.Length];
        for (var c = 0; c < queues.Length; c++)
        {
            queues[c] = new PriorityQueue<(int, int), (double, int)>(hostOrder.Length);
            foreach (var h in hostOrder)
            {
                Push(c, h);
            }
        }
    }

    /// <summary>The best feasible host for a VM of class <paramref name="c"/>, or -1.</summary>
    public int Best(int c)
    {
        var queue = queues[c];
        while (queue.TryPeek(out var entry, out _))
        {
            if (entry.Version == version[entry.Host])
            {
                return entry.Host;
            }
            queue.Dequeue();
        }
        return -1;
    }

    /// <summary>Host <paramref name="h"/> took a VM: re-score it for every class.</summary>
    public void Changed(int h)
    {
        version[h]++;
        for (var c = 0; c < queues.Length; c++)
        {
            Push(c, h);
        }
    }

    private void Push(int c, int h)
    {
        var v = representative[c];
        if (state.Check(v, h) == PlacementBlock.None)
        {
            queues[c].Enqueue((h, version[h]), (-HostScorer.Score(strategy, state, v, h), position[h]));
        }
    }
}
