using InfraDesigner.Domain.Network;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>A flow as the question the Ask tab answers: "can app-a reach sap on 3300/tcp?", "can pc1 ping pc2?".</summary>
public static class QuestionWords
{
    public static string CanReach(string from, string to, string protocol, int? port) => port is { } number
        ? $"can {from} reach {to} on {number}/{protocol}?"
        : $"can {from} ping {to}?";

    public static string CanReach(string from, string to, Protocol protocol, int? port) =>
        CanReach(from, to, ProtocolNames.Name(protocol), protocol == Protocol.Icmp ? null : port);
}
