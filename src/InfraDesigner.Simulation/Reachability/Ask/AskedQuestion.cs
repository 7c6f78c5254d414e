using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Ask;

/// <summary>
/// The question as understood, with names as the topology spells them. <see cref="Source"/> is null for
/// <see cref="AskKind.Reaching"/>, <see cref="Destination"/> for <see cref="AskKind.ReachableFrom"/>;
/// <see cref="Protocol"/> is <see cref="Protocol.Any"/> when the question names neither a port nor a protocol.
/// </summary>
public sealed record AskedQuestion(AskKind Kind, string? Source, string? Destination, Protocol Protocol, int? Port);
