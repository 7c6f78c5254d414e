using InfraDesigner.Domain.Network;

namespace InfraDesigner.Domain.Validation;

public static partial class TopologyValidator
{
    private static void CheckFirewalls(ValidationContext context)
    {
        ForEach<Firewall>(context, (firewall, path) =>
        {
            for (var j = 0; j < firewall.Interfaces.Count; j++)
            {
                if (firewall.Interfaces[j].ZoneName is null)
                {
                    context.Warning($"{path}.interfaces[{j}].zoneName", "A firewall interface should be bound to a zone.");
                }
            }
            var ruleNames = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var r = 0; r < firewall.Rules.Count; r++)
            {
                var rule = firewall.Rules[r];
                var rulePath = $"{path}.rules[{r}]";
                CheckName(context, rule.Name, $"{rulePath}.name", "A rule");
                if (rule.Name is not null && !ruleNames.TryAdd(rule.Name, r))
                {
                    context.Warning($"{rulePath}.name", $"Rule name '{rule.Name}' is also used by rules[{ruleNames[rule.Name]}].");
                }
                context.RequireRuleEndpoint(rule.Source, $"{rulePath}.source");
                context.RequireRuleEndpoint(rule.Destination, $"{rulePath}.destination");
                CheckRulePorts(context, rule.Protocol, rule.Ports, $"{rulePath}.ports");
            }
        });
    }

    private static void CheckRulePorts(ValidationContext context, Protocol protocol, PortRange? ports, string path)
    {
        context.RequirePortRange(ports, path);
        if (ports is not null && protocol is Protocol.Icmp or Protocol.Any)
        {
            context.Warning(path, $"Ports only apply to tcp and udp; they are ignored for {protocol.ToString().ToLowerInvariant()}.");
        }
    }
}
