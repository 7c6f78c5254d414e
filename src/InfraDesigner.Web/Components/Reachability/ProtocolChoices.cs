using InfraDesigner.Web.Components.Fields;

namespace InfraDesigner.Web.Components.Reachability;

/// <summary>The protocols a question, an intent or the matrix can be about, as the protocol fields offer them.</summary>
public static class ProtocolChoices
{
    public static IReadOnlyList<SelectOption<string>> All { get; } = [new("tcp", "TCP"), new("udp", "UDP"), new("icmp", "ICMP (ping)")];
}
