using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>The packet reached its destination; <see cref="Listener"/> is the service that took it (null for ping and replies).</summary>
public sealed record DeliveredStep(string Device, string? Listener, Protocol Protocol, int Port) : Step;
