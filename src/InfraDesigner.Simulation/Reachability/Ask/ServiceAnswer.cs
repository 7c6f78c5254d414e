using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Ask;

/// <summary>
/// One line of a list answer: Source to a service of Destination (or "ping" for ICMP), traced in full;
/// <see cref="Trace"/> holds the disposition and the rule that decided.
/// </summary>
public sealed record ServiceAnswer(string Source, string Destination, string Service, Protocol Protocol, int Port, TraceAnswer Trace)
{
    public const string Ping = "ping";
}
