using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>The <see cref="RuleBits"/> of every (firewall, ingress zone, egress zone) a matrix crosses, built on first use.</summary>
internal sealed class PolicyIndex(NetworkSnapshot snapshot)
{
    private readonly Dictionary<(int, int, int), RuleBits> _buckets = [];

    public RuleBits For(in Crossing crossing)
    {
        var key = (crossing.Firewall, crossing.InZone, crossing.OutZone);
        if (!_buckets.TryGetValue(key, out var bits))
        {
            var policy = snapshot.Policies[crossing.Firewall]!;
            bits = new RuleBits(policy.RulesFor(crossing.InZone, crossing.OutZone), crossing.InZone, crossing.OutZone, policy.Policy.DefaultAction, snapshot.DeviceArray.Length);
            _buckets[key] = bits;
        }
        return bits;
    }
}
