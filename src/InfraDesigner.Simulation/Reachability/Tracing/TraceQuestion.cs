using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>
/// "Can Source reach Destination on Port?" Source is a device name (or IP); Destination a device, service (listener or share)
/// name, or IP. <see cref="SourceInterface"/> picks the sending interface of a multi-homed device.
/// </summary>
public sealed record TraceQuestion(string Source, string Destination, Protocol Protocol = Protocol.Tcp, int? Port = null, string? SourceInterface = null);
