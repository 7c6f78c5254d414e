using InfraDesigner.Domain.Validation;
using InfraDesigner.Simulation.Reachability.Compiled;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Shadowing;

/// <summary>
/// Batfish's filterLineReachability: lines no packet can reach. A line is blocked when the earlier lines whose
/// addresses and protocol cover it together cover its port range. Coverage of addresses is conservative
/// (zone vs subnet is not inferred), so every reported line is truly dead; some dead lines may go unreported.
/// </summary>
public static class ShadowedRulesAnalyzer
{
    // What a rule without ports matches.
    private static readonly PortRange AllPorts = new(Limits.MinPort, Limits.MaxPort);

    public static ShadowedRulesAnswer Analyze(NetworkSnapshot snapshot, string? firewall = null, CancellationToken cancellationToken = default)
    {
        var found = new List<ShadowedRule>();
        for (var d = 0; d < snapshot.DeviceArray.Length; d++)
        {
            var device = snapshot.DeviceArray[d];
            if (snapshot.Policies[d] is not { } policy || (firewall is not null && device.Name != firewall))
                continue;
            var zones = snapshot.Forwarding.DeviceInterfaces[d].Select(i => snapshot.Forwarding.Interfaces[i].Zone).ToHashSet();
            var earlier = new List<CompiledRule>();
            foreach (var rule in policy.Rules.Where(r => r.Rule.Enabled))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Check(device.Name, rule, earlier, zones) is { } dead)
                    found.Add(dead);
                earlier.Add(rule);
            }
        }
        return new ShadowedRulesAnswer(found);
    }

    private static ShadowedRule? Check(string firewall, CompiledRule rule, List<CompiledRule> earlier, HashSet<int> zones)
    {
        var self = Tracer.Reference(firewall, new PolicyDecision(rule, rule.Rule.Action));
        if (Unmatchable(rule, zones) is { } reason)
            return new ShadowedRule(self, ShadowKind.Unmatchable, [], $"{self} can never match: {reason}");
        var covering = earlier.Where(e => ProtocolCovers(e.Rule.Protocol, rule.Rule.Protocol)
            && e.Source.Covers(rule.Source) && e.Destination.Covers(rule.Destination)).ToArray();
        var blockers = PortCover(rule.Rule.Ports ?? AllPorts, covering);
        if (blockers is null)
            return null;
        var references = blockers.Select(b => Tracer.Reference(firewall, new PolicyDecision(b, b.Rule.Action))).ToArray();
        var kind = blockers.All(b => b.Rule.Action == rule.Rule.Action) ? ShadowKind.Redundant : ShadowKind.Shadowed;
        return new ShadowedRule(self, kind, references,
            $"{self} is never reached: {string.Join(", ", references.Select(r => $"rule {r.Number} '{r.RuleName}'"))} match every packet it would");
    }

    private static string? Unmatchable(CompiledRule rule, HashSet<int> zones)
    {
        foreach (var side in new[] { rule.Source, rule.Destination })
        {
            if (side.IsEmpty)
                return $"{side.Source} is unknown or has no address";
            if (side.IsZone && !zones.Contains(side.Zone))
                return $"{side.Source} is on none of the firewall's interfaces";
        }
        return rule.HasEmptyPorts ? $"port range {rule.Rule.Ports} cannot match {rule.Rule.Protocol.ToString().ToLowerInvariant()}" : null;
    }

    private static bool ProtocolCovers(Protocol earlier, Protocol later) => earlier == Protocol.Any || earlier == later;

    /// <summary>The earliest covering lines whose port ranges together cover <paramref name="range"/>, or null.</summary>
    private static IReadOnlyList<CompiledRule>? PortCover(PortRange range, IReadOnlyList<CompiledRule> covering)
    {
        var used = new List<CompiledRule>();
        var next = range.From;
        while (next <= range.To)
        {
            var extender = covering
                .Where(c => (c.Rule.Ports ?? AllPorts).Contains(next))
                .OrderByDescending(c => (c.Rule.Ports ?? AllPorts).To)
                .FirstOrDefault();
            if (extender is null)
                return null;
            used.Add(extender);
            next = (extender.Rule.Ports ?? AllPorts).To + 1;
        }
        return used.OrderBy(u => u.Number).ToArray();
    }
}
