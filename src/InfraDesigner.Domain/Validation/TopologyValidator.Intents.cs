using InfraDesigner.Domain.Network;

namespace InfraDesigner.Domain.Validation;

public static partial class TopologyValidator
{
    private static void CheckIntents(ValidationContext context)
    {
        for (var i = 0; i < context.Topology.Intents.Count; i++)
        {
            var intent = context.Topology.Intents[i];
            var path = $"intents[{i}]";
            CheckName(context, intent.Name, $"{path}.name", "An intent");
            // An intent outlives a deleted element: it then fails, and says so, rather than refusing the delete.
            foreach (var (end, name) in new[] { ("from", intent.From), ("to", intent.To) })
            {
                if (context.FindElement(name) is null)
                    context.Warning($"{path}.{end}", $"No element named '{name}': the intent cannot hold until there is one.");
            }
            switch (intent.Protocol)
            {
                case Protocol.Any:
                    context.Error($"{path}.protocol", "An intent checks one protocol: tcp, udp or icmp.");
                    break;
                case Protocol.Icmp when intent.Port is not null:
                    context.Error($"{path}.port", "A ping (icmp) has no port.");
                    break;
                case Protocol.Tcp or Protocol.Udp when intent.Port is not { } port || !Limits.IsPort(port):
                    context.Error($"{path}.port", $"A {intent.Protocol.ToString().ToLowerInvariant()} intent needs a port in {Limits.Ports}.");
                    break;
            }
        }
    }
}
