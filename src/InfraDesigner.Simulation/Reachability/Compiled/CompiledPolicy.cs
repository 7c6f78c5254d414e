using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compiled;

/// <summary>
/// A firewall's ordered rules, pre-split per (ingress zone, egress zone) so a packet only scans the lines
/// that can apply to its zone pair; order inside each bucket is the policy order, so first match still wins.
/// </summary>
internal sealed class CompiledPolicy
{
    private readonly Dictionary<(int, int), CompiledRule[]> _buckets = new();

    public CompiledPolicy(FirewallPolicy policy, IReadOnlyCollection<int> zones, Func<AddressMatch, CompiledMatch> compile)
    {
        Policy = policy;
        Rules = policy.Rules.Select((r, i) => new CompiledRule(i + 1, r, compile(r.Source), compile(r.Destination))).ToArray();
        var enabled = Rules.Where(r => r.Rule.Enabled).ToArray();
        foreach (var inZone in zones)
        {
            foreach (var outZone in zones)
            {
                _buckets[(inZone, outZone)] = enabled
                    .Where(r => (!r.Source.IsZone || r.Source.Zone == inZone) && (!r.Destination.IsZone || r.Destination.Zone == outZone))
                    .ToArray();
            }
        }
        Fallback = enabled;
    }

    public FirewallPolicy Policy { get; }

    public CompiledRule[] Rules { get; }

    private CompiledRule[] Fallback { get; }

    /// <summary>The enabled lines, in order, that can apply between these zones.</summary>
    public CompiledRule[] RulesFor(int inZone, int outZone) =>
        _buckets.TryGetValue((inZone, outZone), out var bucket) ? bucket : Fallback;

    public PolicyDecision Evaluate(int inZone, int outZone, in Packet packet)
    {
        foreach (var rule in RulesFor(inZone, outZone))
        {
            if (rule.Matches(inZone, outZone, packet))
                return new PolicyDecision(rule, rule.Rule.Action);
        }
        return new PolicyDecision(null, Policy.DefaultAction);
    }
}
