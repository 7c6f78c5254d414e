using InfraDesigner.Simulation.Reachability.Compiled;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>The <see cref="RuleBits"/> of every (firewall, ingress zone, egress zone) a matrix crosses, built on first use.</summary>
internal sealed class PolicyIndex(NetworkSnapshot snapshot)
{
    private readonly Dictionary<(int, int, int), RuleBits> _buckets = [];

    public RuleAction Evaluate(int firewall, int inZone, int outZone, in Packet packet)
    {
        if (!_buckets.TryGetValue((firewall, inZone, outZone), out var bits))
        {
            var policy = snapshot.Policies[firewall]!;
            bits = new RuleBits(policy.RulesFor(inZone, outZone), inZone, outZone, policy.Policy.DefaultAction);
            _buckets[(firewall, inZone, outZone)] = bits;
        }
        return bits.Evaluate(packet);
    }
}
