namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>
/// HAProxy's "slowstart": a member that comes back up gets its weight back linearly over the period, from (almost) 0
/// to full, so a cold server is not flooded. A weight never drops below 1 % so the member can still be picked.
/// </summary>
internal sealed class SlowStart(IReadOnlyList<PoolMember> members, double seconds)
{
    private const double Floor = 0.01;
    private readonly double?[] since = new double?[members.Count];
    private int ramping;

    public void Returned(int member, double now)
    {
        if (seconds > 0 && since[member] is null)
        {
            since[member] = now;
            ramping++;
        }
    }

    /// <summary>Writes the weights at time <paramref name="now"/> into <paramref name="effective"/>.</summary>
    public void Apply(double now, double[] effective)
    {
        if (ramping == 0)
        {
            return;
        }
        for (var m = 0; m < since.Length; m++)
        {
            if (since[m] is not { } start)
            {
                continue;
            }
            var fraction = (now - start) / seconds;
            if (fraction >= 1)
            {
                since[m] = null;
                ramping--;
                fraction = 1;
            }
            effective[m] = members[m].Weight * Math.Max(Floor, fraction);
        }
    }
}
